package ziputil

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"vanthu/docs/read/readerr"
)

type entry struct {
	name string
	size int // bytes of 'a' when body is empty
	body string
}

func zipOf(t *testing.T, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.Create(e.name)
		if err != nil {
			t.Fatal(err)
		}
		body := []byte(e.body)
		if e.body == "" {
			body = bytes.Repeat([]byte("a"), e.size)
		}
		if _, err := w.Write(body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func wantMsg(t *testing.T, err error, msg string) {
	t.Helper()
	var re *readerr.Error
	if !errors.As(err, &re) || !strings.Contains(re.Msg, msg) {
		t.Fatalf("got %v, want a readerr.Error containing %q", err, msg)
	}
}

func TestOpenRefuses(t *testing.T) {
	many := make([]entry, MaxEntries+1)
	for i := range many {
		many[i] = entry{name: "x/" + strings.Repeat("a", i%7) + string(rune('a'+i%26)), body: "x"}
	}
	tests := []struct {
		name string
		data []byte
		msg  string
	}{
		{"not a zip", []byte("PK\x03\x04 broken"), "tệp .docx bị hỏng"},
		{"too many entries", zipOf(t, many...), "quá nhiều thành phần"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Open(tc.data, "docx")
			wantMsg(t, err, tc.msg)
		})
	}
}

func TestBudget(t *testing.T) {
	const part, total = 1000, 2500 // scaled-down limits
	tests := []struct {
		name    string
		entries []entry
		read    []string
		msg     string // "" when every read must succeed
	}{
		{"parts within limits", []entry{{name: "a.xml", size: part}, {name: "b.xml", size: part}}, []string{"a.xml", "b.xml"}, ""},
		{"one part too large", []entry{{name: "big.xml", size: part + 1}}, []string{"big.xml"}, MsgBomb},
		{"archive total too large", []entry{{name: "1.xml", size: part}, {name: "2.xml", size: part}, {name: "3.xml", size: part}},
			[]string{"1.xml", "2.xml", "3.xml"}, MsgBomb},
		{"missing part", []entry{{name: "a.xml", size: 1}}, []string{"b.xml"}, "thiếu thành phần b.xml"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Open(zipOf(t, tc.entries...), "docx")
			if err != nil {
				t.Fatal(err)
			}
			a.partLimit, a.totalLimit = part, total
			var last error
			for _, name := range tc.read {
				if _, last = a.Read(name); last != nil {
					break
				}
			}
			if tc.msg == "" {
				if last != nil {
					t.Fatal(last)
				}
				return
			}
			wantMsg(t, last, tc.msg)
		})
	}
}

func TestNamesAreCaseAndSlashInsensitive(t *testing.T) {
	a, err := Open(zipOf(t, entry{name: "Word\\Document.XML", body: "<x/>"}, entry{name: "../evil.xml", body: "<y/>"}), "docx")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Has("word/document.xml") || !a.Has("/WORD/document.xml") {
		t.Errorf("names %q", a.Names())
	}
	if b, err := a.Read("../evil.xml"); err != nil || string(b) != "<y/>" {
		t.Errorf("an insecure name is still readable in memory: %q %v", b, err)
	}
}

func TestXML(t *testing.T) {
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range `<?xml version="1.0" encoding="UTF-16"?><a>Việt</a>` {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	tests := []struct {
		name string
		body string
		want string // text of the root element
		msg  string
	}{
		{"utf-8", `<?xml version="1.0" encoding="UTF-8"?><a>Việt<b>x</b></a>`, "Việt", ""},
		{"utf-16 with BOM", string(utf16), "Việt", ""},
		{"unknown charset", `<?xml version="1.0" encoding="KOI8-R"?><a>x</a>`, "", "XML lỗi"},
		{"truncated", `<a><b>x</b>`, "", "XML lỗi"},
		{"mismatched tags", `<a><b>x</a></b>`, "", "XML lỗi"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Open(zipOf(t, entry{name: "p.xml", body: tc.body}), "odt")
			if err != nil {
				t.Fatal(err)
			}
			p, err := a.XML("p.xml")
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			var text string
			for {
				tok, terr := p.Token()
				if terr == io.EOF {
					break
				}
				if terr != nil {
					err = p.Fail(terr)
					break
				}
				if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "a" {
					if text, err = p.Text(); err != nil {
						break
					}
				}
			}
			if tc.msg != "" {
				wantMsg(t, err, tc.msg)
				return
			}
			if err != nil || text != tc.want {
				t.Errorf("text %q, err %v; want %q", text, err, tc.want)
			}
		})
	}
}
