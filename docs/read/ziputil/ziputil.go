// Package ziputil opens the zip container of .docx and .odt files safely:
// it never trusts the sizes a zip header claims, counts every byte it
// inflates, and turns every failure into a readerr.Error for the clerk.
package ziputil

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"sort"
	"strings"

	"vanthu/docs/read/readerr"
)

// Limits. A real letter inflates to well under a megabyte; these leave room
// for documents full of images while stopping zip bombs early.
const (
	MaxPartSize  = 64 << 20  // one part, decompressed
	MaxTotalSize = 256 << 20 // all parts read from one archive, decompressed
	MaxEntries   = 10000     // entries in the central directory
)

// Messages shared by the readers.
const (
	MsgBomb      = "tệp nén quá lớn khi giải nén (nghi là zip bomb)"
	MsgTooMany   = "tệp nén có quá nhiều thành phần (nghi là tệp độc hại)"
	MsgAlgorithm = "tệp dùng kiểu nén không được hỗ trợ hoặc đã được đặt mật khẩu"
)

// Archive is an opened zip with a shared decompression budget.
type Archive struct {
	kind  string               // "docx" or "odt", for messages
	files map[string]*zip.File // by normalised name
	names []string             // normalised names, sorted
	spent int64                // bytes inflated so far, across parts
	// the limits in force: MaxPartSize and MaxTotalSize, smaller in tests
	partLimit, totalLimit int64
	tooDeep               bool // some content past MaxDepth was skipped
}

// TooDeep reports whether a part skipped content nested past MaxDepth.
func (a *Archive) TooDeep() bool { return a.tooDeep }

// Open reads the central directory of data. kind names the format in
// messages ("docx", "odt").
func Open(data []byte, kind string) (*Archive, error) {
	if n, ok := entryCount(data); ok && n > MaxEntries {
		return nil, readerr.New(MsgTooMany, nil)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		// An insecure path ("../x") is harmless here: nothing is written to disk.
		return nil, readerr.New(Corrupt(kind), err)
	}
	if len(zr.File) > MaxEntries {
		return nil, readerr.New(MsgTooMany, nil)
	}
	a := &Archive{kind: kind, files: make(map[string]*zip.File, len(zr.File)), partLimit: MaxPartSize, totalLimit: MaxTotalSize}
	for _, f := range zr.File {
		name := normalise(f.Name)
		if _, dup := a.files[name]; dup || strings.HasSuffix(name, "/") {
			continue
		}
		a.files[name] = f
		a.names = append(a.names, name)
	}
	sort.Strings(a.names)
	return a, nil
}

// Corrupt is the message for a damaged archive of the given kind.
func Corrupt(kind string) string {
	return "tệp ." + kind + " bị hỏng hoặc không đầy đủ"
}

// normalise makes part names comparable: OPC names are case-insensitive, and
// some generators write backslashes or a leading slash.
func normalise(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	return strings.ToLower(strings.TrimPrefix(name, "/"))
}

// Has reports whether the archive holds the part.
func (a *Archive) Has(name string) bool {
	_, ok := a.files[normalise(name)]
	return ok
}

// Names lists the parts, normalised (lower case) and sorted.
func (a *Archive) Names() []string { return a.names }

// Open streams one part. The reader fails with a readerr.Error as soon as
// the part or the archive exceeds its budget.
func (a *Archive) Open(name string) (io.ReadCloser, error) {
	f, ok := a.files[normalise(name)]
	if !ok {
		return nil, readerr.New("tệp ."+a.kind+" thiếu thành phần "+name, nil)
	}
	rc, err := f.Open()
	if err != nil {
		if errors.Is(err, zip.ErrAlgorithm) {
			return nil, readerr.New(MsgAlgorithm, err)
		}
		return nil, readerr.New(Corrupt(a.kind), err)
	}
	return &budgetReader{rc: rc, a: a, left: a.partLimit}, nil
}

// Read returns one whole part.
func (a *Archive) Read(name string) ([]byte, error) {
	rc, err := a.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, err
	}
	return b, nil
}

// budgetReader counts inflated bytes against the part and archive limits.
type budgetReader struct {
	rc   io.ReadCloser
	a    *Archive
	left int64 // bytes this part may still produce
}

func (r *budgetReader) Read(p []byte) (int, error) {
	n, err := r.rc.Read(p)
	r.left -= int64(n)
	r.a.spent += int64(n)
	if r.left < 0 || r.a.spent > r.a.totalLimit {
		return 0, readerr.New(MsgBomb, nil)
	}
	if err != nil && err != io.EOF {
		if errors.Is(err, zip.ErrAlgorithm) {
			return n, readerr.New(MsgAlgorithm, err)
		}
		return n, readerr.New(Corrupt(r.a.kind), err)
	}
	return n, err
}

func (r *budgetReader) Close() error { return r.rc.Close() }

// entryCount reads the entry count from the end-of-central-directory record
// so that a directory of millions of entries is refused before archive/zip
// allocates for each. A zip64 count (0xFFFF) is reported as too many: no
// office document needs that many parts.
func entryCount(data []byte) (int, bool) {
	const eocdLen = 22
	if len(data) < eocdLen {
		return 0, false
	}
	start := len(data) - eocdLen - 0xFFFF // the comment is at most 64 KB
	if start < 0 {
		start = 0
	}
	i := bytes.LastIndex(data[start:], []byte("PK\x05\x06"))
	if i < 0 || start+i+eocdLen > len(data) {
		return 0, false
	}
	rec := data[start+i:]
	n := int(binary.LittleEndian.Uint16(rec[10:12]))
	if n == 0xFFFF {
		return MaxEntries + 1, true
	}
	return n, true
}
