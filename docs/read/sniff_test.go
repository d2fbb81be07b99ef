package read

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

func zipWith(t *testing.T, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		if _, err := zw.Create(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// odf is an OpenDocument package of the given type.
func odf(t *testing.T, mimetype string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{"mimetype": mimetype, "content.xml": "<x/>"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name   string
		data   []byte
		format string
		msg    string // part of the message when format is ""
	}{
		{"docx", zipWith(t, "[Content_Types].xml", "word/document.xml"), "docx", ""},
		{"docx without its document part", zipWith(t, "[Content_Types].xml", "word/styles.xml"), "docx", ""},
		{"docx with odd case", zipWith(t, "Word/Document.xml"), "docx", ""},
		{"odt", zipWith(t, "mimetype", "content.xml"), "odt", ""},
		{"ods", odf(t, "application/vnd.oasis.opendocument.spreadsheet"), "", "bảng tính"},
		{"odp", odf(t, "application/vnd.oasis.opendocument.presentation"), "", "trình chiếu"},
		{"xlsx", zipWith(t, "xl/workbook.xml"), "", "Excel"},
		{"pptx", zipWith(t, "ppt/presentation.xml"), "", "PowerPoint"},
		{"zip", zipWith(t, "a.txt"), "", ".zip"},
		{"broken zip", []byte("PK\x03\x04garbage"), "", "bị hỏng"},
		{"pdf", []byte("%PDF-1.7\n..."), "pdf", ""},
		{"pdf after junk", append([]byte("\r\n\r\n"), []byte("%PDF-1.4")...), "pdf", ""},
		{"ole", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0}, "doc", ""},
		{"rtf", []byte(`{\rtf1\ansi hello}`), "", "RTF"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00"), "png", ""},
		{"jpeg", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0}, "jpg", ""},
		{"exe", []byte("MZ\x90\x00\x03\x00"), "", "chương trình"},
		{"gzip", []byte{0x1F, 0x8B, 8, 0}, "", "tệp nén"},
		{"utf-8 text", []byte("Kính gửi: Sở Nội vụ\n"), "txt", ""},
		{"utf-16 text", []byte{0xFF, 0xFE, 'A', 0, 'B', 0}, "txt", ""},
		{"tcvn3 text", []byte("K\xadnh g\xf7i\n"), "txt", ""},
		{"binary", []byte{1, 2, 3, 0, 5, 6, 7, 8}, "", "không nhận ra"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			format, msg := Sniff(tc.data)
			if format != tc.format {
				t.Fatalf("format %q (%s), want %q", format, msg, tc.format)
			}
			if tc.format == "" && !strings.Contains(msg, tc.msg) {
				t.Errorf("message %q, want it to contain %q", msg, tc.msg)
			}
			if tc.format != "" && msg != "" {
				t.Errorf("unexpected message %q", msg)
			}
		})
	}
}

func TestExtensionMismatchWarned(t *testing.T) {
	doc, err := Bytes("cong-van.pdf", readFixture(t, "hg-454-ubnd-ncth-2011.docx"))
	if err != nil {
		t.Fatal(err)
	}
	if w := strings.Join(doc.Info.Warnings, " "); !strings.Contains(w, "không đúng với nội dung") {
		t.Errorf("warnings %q, want the extension mismatch", doc.Info.Warnings)
	}
}
