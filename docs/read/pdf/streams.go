package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
)

// Budget for the streams PDFium decodes to read text (page contents, fonts,
// forms). A letter's content streams inflate 4–10 times; a Flate bomb
// inflates a thousand times, and PDFium would hold all of it in memory. The
// budget scales with the file and has a ceiling, so the check itself stays
// under a second and a few kilobytes of memory.
const (
	streamBudgetBase  = 32 << 20  // any file may decode this much
	streamBudgetRatio = 32        // plus this many times its own size
	streamBudgetMax   = 256 << 20 // and never more than this
)

// ErrInflateBudget marks a PDF whose compressed streams decode to more than
// the budget.
var ErrInflateBudget = errors.New("pdf: decoded streams over budget")

const msgBomb = "tệp PDF có nội dung nén giải ra quá lớn (nghi là bom nén), không đọc được"

func streamBudget(size int) int64 {
	return min(int64(streamBudgetBase)+int64(streamBudgetRatio)*int64(size), streamBudgetMax)
}

// checkStreams inflates, into nothing, every zlib stream PDFium would decode
// to read the text, and fails once their total passes the budget. Images are
// skipped: reading text never decodes them. It scans the bytes once and never
// trusts /Length, so a lying header cannot hide a stream.
func checkStreams(data []byte) error {
	budget := streamBudget(len(data))
	var total int64
	scratch := make([]byte, 32<<10)
	for pos := 0; ; {
		i := bytes.Index(data[pos:], []byte("stream"))
		if i < 0 {
			return nil
		}
		start := pos + i
		pos = start + len("stream")
		if start >= 3 && string(data[start-3:start]) == "end" {
			continue // "endstream"
		}
		body := pos
		switch {
		case bytes.HasPrefix(data[body:], []byte("\r\n")):
			body += 2
		case bytes.HasPrefix(data[body:], []byte("\n")), bytes.HasPrefix(data[body:], []byte("\r")):
			body++
		default:
			continue // the word inside some other text
		}
		// Every stream but an image is tried, whatever its /Filter says (the
		// filter may be an indirect object): a body that is not zlib fails at
		// its two-byte header at once.
		if bytes.Contains(streamDict(data[:start]), []byte("/Image")) {
			continue
		}
		n, _ := inflatedSize(data[body:], budget-total+1, scratch)
		total += n
		if total > budget {
			return ErrInflateBudget
		}
		pos = body
	}
}

// streamDict is the dictionary before a "stream" keyword: the text back to
// the object header ("obj"), at most 4 KB.
func streamDict(before []byte) []byte {
	from := max(0, len(before)-4096)
	win := before[from:]
	if i := bytes.LastIndex(win, []byte("obj")); i >= 0 {
		return win[i:]
	}
	return win
}

// inflatedSize counts the bytes a zlib stream decodes to, stopping at limit.
// A damaged stream counts what decoded before the damage: PDFium decides
// what to do with it.
func inflatedSize(src []byte, limit int64, scratch []byte) (int64, error) {
	zr, err := zlib.NewReader(bytes.NewReader(src))
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	var n int64
	for n < limit {
		k, err := zr.Read(scratch)
		n += int64(k)
		if err != nil {
			if err == io.EOF {
				return n, nil
			}
			return n, err
		}
	}
	return n, nil
}
