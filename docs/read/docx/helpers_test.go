package docx

import (
	"testing"

	"vanthu/docs/read/blocks/readertest"
)

const nsDecl = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml"`

// docxOf builds a .docx whose body is body; extra parts (styles.xml...)
// are given by their name under word/ with their root element's content.
func docxOf(t testing.TB, body string, extra map[string]string) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + nsDecl + `><w:body>` + body + `</w:body></w:document>`,
	}
	roots := map[string]string{
		"styles.xml": "styles", "numbering.xml": "numbering", "footnotes.xml": "footnotes",
		"endnotes.xml": "endnotes", "settings.xml": "settings",
		"header1.xml": "hdr", "header2.xml": "hdr", "footer1.xml": "ftr",
	}
	for name, content := range extra {
		root, ok := roots[name]
		if !ok {
			parts[name] = content // a part given whole
			continue
		}
		parts["word/"+name] = `<?xml version="1.0" encoding="UTF-8"?><w:` + root + ` ` + nsDecl + `>` + content + `</w:` + root + `>`
	}
	return readertest.Zip(t, parts)
}

// p is a paragraph of plain runs.
func p(texts ...string) string {
	s := "<w:p>"
	for _, t := range texts {
		s += `<w:r><w:t xml:space="preserve">` + t + `</w:t></w:r>`
	}
	return s + "</w:p>"
}

// numP is a numbered paragraph.
func numP(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr>` +
		`<w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

// lvl is a numbering level definition.
func lvl(ilvl, start, format, text string) string {
	return `<w:lvl w:ilvl="` + ilvl + `"><w:start w:val="` + start + `"/><w:numFmt w:val="` + format +
		`"/><w:lvlText w:val="` + text + `"/></w:lvl>`
}
