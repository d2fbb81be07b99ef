package read

import (
	"strings"
	"testing"

	"vanthu/docs/read/ziputil"
)

func deepDocx(t *testing.T, levels int, shallow string) []byte {
	p := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	body := strings.Repeat(`<w:sdt><w:sdtContent>`, levels) + p("Nội dung lồng sâu") + strings.Repeat(`</w:sdtContent></w:sdt>`, levels)
	if shallow != "" {
		body = p(shallow) + body
	}
	return zipOf(t,
		[2]string{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		[2]string{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`})
}

func deepODT(t *testing.T, levels int, shallow string) []byte {
	body := strings.Repeat(`<text:section>`, levels) + `<text:p>Nội dung lồng sâu</text:p>` + strings.Repeat(`</text:section>`, levels)
	if shallow != "" {
		body = `<text:p>` + shallow + `</text:p>` + body
	}
	return zipOf(t,
		[2]string{"mimetype", "application/vnd.oasis.opendocument.text"},
		[2]string{"content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>` + body + `</office:text></office:body></office:document-content>`})
}

// TestDeepNesting: content nested past ziputil.MaxDepth is skipped (a
// hostile file must not exhaust the stack) but never silently: the reader
// warns, and what was shallow enough is kept. Within the cap nothing is
// lost and nothing is warned.
func TestDeepNesting(t *testing.T) {
	for _, tc := range []struct {
		name    string
		data    []byte
		want    string // the paragraphs, joined by |
		warning bool
	}{
		{"docx within the cap", deepDocx(t, 100, ""), "Nội dung lồng sâu", false},
		{"docx past the cap", deepDocx(t, 300, "Kính gửi"), "Kính gửi", true},
		{"docx only deep content", deepDocx(t, 2000, ""), "", true},
		{"odt within the cap", deepODT(t, 100, ""), "Nội dung lồng sâu", false},
		{"odt past the cap", deepODT(t, 300, "Kính gửi"), "Kính gửi", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Bytes(tc.name, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(doc.Paragraphs(), "|"); got != tc.want {
				t.Errorf("paragraphs %q, want %q", got, tc.want)
			}
			warned := strings.Contains(strings.Join(doc.Info.Warnings, "\n"), ziputil.WarnTooDeep)
			if warned != tc.warning {
				t.Errorf("warnings %q, want the depth warning: %v", doc.Info.Warnings, tc.warning)
			}
		})
	}
}
