package drafting

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"vanthu/docs/draft/catalog"
	"vanthu/docs/draft/prefill"
	"vanthu/docs/draft/template"
	"vanthu/docs/extract"
	"vanthu/docs/read"
	"vanthu/docs/vndate"
	"vanthu/index/library"
)

// Request is one draft as the window or the CLI asks for it.
type Request struct {
	Template string           // a built-in name, a name in the library's template folder, or a .docx path
	Lib      *library.Library // nil: no settings, no user templates, no library source
	DocID    int64            // the source in the library, or 0
	File     string           // the source as a file read directly, or ""
	Unit     string           // overrides the settings' unit when not ""
	Today    vndate.Date      // zero: today
	Numberer prefill.Numberer // nil: the number stays for the văn thư
}

// Draft is a prefilled draft, ready to render with the clerk's edits.
type Draft struct {
	Template *template.Template
	Entry    catalog.Entry
	Prefill  *prefill.Result
	Source   string // the source as the window shows it ("Công văn số …/UBND-KTTH"), "" if none
}

// Prepare opens the template and prefills it from the settings and the
// source.
func Prepare(ctx context.Context, r Request) (*Draft, error) {
	dir := ""
	if r.Lib != nil {
		dir = TemplateDir(r.Lib.Dir())
	}
	tpl, entry, err := catalog.Open(dir, r.Template)
	if err != nil {
		return nil, err
	}
	in := prefill.Input{Type: entry.Type, Today: r.Today, Numberer: r.Numberer}
	if in.Type == "" {
		in.Type = prefill.TypeOf(tpl.Paragraphs())
	}
	if r.Lib != nil {
		if in.Office, err = LoadOffice(ctx, r.Lib); err != nil {
			return nil, fmt.Errorf("không đọc được Cài đặt (%v)", err)
		}
	}
	if r.Unit != "" {
		in.Office.Unit = r.Unit
	}
	switch {
	case r.DocID != 0 && r.Lib != nil:
		v, err := r.Lib.Document(ctx, r.DocID)
		if err != nil {
			return nil, fmt.Errorf("thư viện không có văn bản mã %d", r.DocID)
		}
		in.Source = Source(v)
	case r.File != "":
		doc, err := read.File(r.File)
		if err != nil {
			return nil, err
		}
		in.Source = prefill.FromExtract(extract.FromDocument(doc))
	}
	res, err := prefill.Prefill(ctx, in)
	if err != nil {
		return nil, err
	}
	d := &Draft{Template: tpl, Entry: entry, Prefill: res}
	if in.Source != nil {
		_, d.Source = prefill.Citation(in.Source)
	}
	return d, nil
}

// Render fills the template with the prefilled values and the clerk's
// edits (a name → text; they win over the prefill).
func (d *Draft) Render(edits map[string]string) ([]byte, *template.Report, error) {
	v := template.Values{Text: map[string]string{}, Lists: d.Prefill.Values.Lists}
	for k, s := range d.Prefill.Values.Text {
		v.Text[k] = s
	}
	for k, s := range edits {
		v.Text[k] = s
	}
	return d.Template.Fill(v)
}

// WriteFile writes a draft through a temporary file beside path and a
// rename, so a crash never leaves half a draft under the clerk's name.
func WriteFile(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".vanthu-draft-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644) // a document for the clerk, not a private temporary file
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
