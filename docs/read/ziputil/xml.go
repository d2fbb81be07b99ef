package ziputil

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"

	"vanthu/docs/read/readerr"
)

// MaxDepth bounds element nesting the readers follow; deeper content is
// skipped so hostile files cannot exhaust the stack.
const MaxDepth = 256

// WarnTooDeep is the reader's warning when content past MaxDepth was
// skipped: the clerk must know the text may be incomplete.
const WarnTooDeep = "một phần nội dung lồng nhau quá sâu (hơn 256 cấp) nên đã bị bỏ qua; văn bản có thể thiếu chữ, hãy mở tệp bằng Word hoặc LibreOffice để kiểm tra"

// Part is one XML part opened for streaming.
type Part struct {
	*xml.Decoder
	rc   io.Closer
	kind string
	arch *Archive
}

// XML opens a part as a streaming, strict XML decoder whose input is
// counted against the archive budget.
func (a *Archive) XML(name string) (*Part, error) {
	rc, err := a.Open(name)
	if err != nil {
		return nil, err
	}
	d := xml.NewDecoder(utf8Input(rc))
	d.Strict = true
	d.CharsetReader = charsetReader
	return &Part{Decoder: d, rc: rc, kind: a.kind, arch: a}, nil
}

// Close releases the part.
func (p *Part) Close() error { return p.rc.Close() }

// Fail turns a decoding error into the clerk's message: the budget error is
// kept as is, anything else means the XML is broken.
func (p *Part) Fail(err error) error {
	var re *readerr.Error
	if errors.As(err, &re) {
		return re
	}
	return readerr.New(Corrupt(p.kind)+" (nội dung XML lỗi)", err)
}

// Skip consumes the rest of the element whose start was just read. Unlike
// xml.Decoder.Skip it reports errors instead of hiding truncation.
func (p *Part) Skip() error {
	depth := 1
	for depth > 0 {
		tok, err := p.Token()
		if err != nil {
			return p.Fail(err)
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// SkipDeep skips an element met past MaxDepth and notes on the archive
// that content was left out (see Archive.TooDeep).
func (p *Part) SkipDeep() error {
	if p.arch != nil {
		p.arch.tooDeep = true
	}
	return p.Skip()
}

// Text returns the character data of the element whose start was just
// read, skipping any nested elements, and consumes its end.
func (p *Part) Text() (string, error) {
	var sb strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := p.Token()
		if err != nil {
			return "", p.Fail(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 1 {
				sb.Write(t)
			}
		}
	}
	return sb.String(), nil
}

// Attr returns the value of the attribute with the given local name,
// whatever its namespace prefix.
func Attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// utf8Input converts a part saved as UTF-16 (it starts with a byte order
// mark; some generators write one) to the UTF-8 encoding/xml reads.
func utf8Input(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	bom, _ := br.Peek(2)
	if len(bom) == 2 && (bom[0] == 0xFF && bom[1] == 0xFE || bom[0] == 0xFE && bom[1] == 0xFF) {
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Reader(br)
	}
	return br
}

// charsetReader accepts the encodings office suites write. The input is
// already UTF-8 (see utf8Input), so a UTF-16 label needs no conversion;
// anything else is refused rather than guessed.
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "ucs-2", "us-ascii", "ascii":
		return r, nil
	}
	return nil, fmt.Errorf("bảng mã XML không hỗ trợ: %s", label)
}
