// Package catalog lists the templates a clerk can draft from: the built-in
// ones and the .docx files dropped into the library's template folder.
package catalog

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"vanthu/docs/draft/builtin"
	"vanthu/docs/draft/template"
	"vanthu/docs/vn"
)

// MaxSize is the largest template file read (templates are a few KB).
const MaxSize = 32 << 20

// Entry is one template.
type Entry struct {
	Name    string           `json:"name"`
	Title   string           `json:"title"`
	Type    string           `json:"type,omitempty"` // Appendix III code when known
	Path    string           `json:"path,omitempty"` // "" for a built-in one
	Fields  []template.Field `json:"fields"`
	Problem string           `json:"problem,omitempty"` // why a file in the folder cannot be used
}

// List returns the built-in templates then those of dir (which may be "" or
// missing). A broken file in dir is listed with its problem, never hidden.
func List(dir string) ([]Entry, error) {
	var out []Entry
	for _, b := range builtin.All {
		data, err := builtin.Data(b.Name)
		if err != nil {
			return nil, err
		}
		t, err := template.Parse(data)
		if err != nil {
			return nil, fmt.Errorf("mẫu có sẵn %s hỏng (%v)", b.Name, err)
		}
		out = append(out, Entry{Name: b.Name, Title: b.Title, Type: b.Type, Fields: t.Fields()})
	}
	if dir == "" {
		return out, nil
	}
	files, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("không đọc được thư mục mẫu %s (%v)", dir, err)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name() < files[j].Name() })
	for _, f := range files {
		name := f.Name()
		if f.IsDir() || !strings.EqualFold(filepath.Ext(name), ".docx") || strings.HasPrefix(name, "~$") {
			continue
		}
		e := Entry{Name: vn.NFC(strings.TrimSuffix(name, filepath.Ext(name))), Path: filepath.Join(dir, name)}
		e.Title = e.Name
		t, err := load(e.Path)
		if err != nil {
			e.Problem = err.Error()
		} else {
			e.Fields = t.Fields()
		}
		out = append(out, e)
	}
	return out, nil
}

// Open returns the template called name: a built-in name, a name in dir, or
// a path to a .docx file.
func Open(dir, name string) (*template.Template, Entry, error) {
	if b, ok := builtin.Lookup(name); ok {
		data, err := builtin.Data(name)
		if err != nil {
			return nil, Entry{}, err
		}
		t, err := template.Parse(data)
		return t, Entry{Name: b.Name, Title: b.Title, Type: b.Type}, err
	}
	path := name
	if dir != "" && !strings.ContainsAny(name, `/\`) && !strings.EqualFold(filepath.Ext(name), ".docx") {
		path = filepath.Join(dir, name+".docx")
	}
	if _, err := os.Stat(path); err != nil {
		return nil, Entry{}, fmt.Errorf("không có mẫu %q (gõ \"vanthu templates\" để xem các mẫu)", name)
	}
	t, err := load(path)
	if err != nil {
		return nil, Entry{}, err
	}
	n := vn.NFC(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	return t, Entry{Name: n, Title: n, Path: path}, nil
}

func load(path string) (*template.Template, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: không mở được (%v)", path, err)
	}
	defer f.Close()
	t, err := template.ReadFile(f, MaxSize)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Base(path), err)
	}
	return t, nil
}
