// Package builtin holds the three drafting templates vanthu ships, laid out
// per Decree 30/2020/NĐ-CP Appendix I (embedded from assets/templates).
package builtin

import (
	"fmt"

	"vanthu/assets"
)

// Template is a built-in template.
type Template struct {
	Name  string // "ke-hoach-khac-phuc": what --template takes
	Title string // "Kế hoạch khắc phục": what the window shows
	Type  string // Appendix III code of what it drafts: "CV", "KH", "BC"
}

// All lists the built-in templates.
var All = []Template{
	{Name: "cong-van-tra-loi", Title: "Công văn trả lời", Type: "CV"},
	{Name: "ke-hoach-khac-phuc", Title: "Kế hoạch khắc phục", Type: "KH"},
	{Name: "bao-cao-thuc-hien", Title: "Báo cáo tình hình thực hiện", Type: "BC"},
}

// Lookup returns the built-in template called name.
func Lookup(name string) (Template, bool) {
	for _, t := range All {
		if t.Name == name {
			return t, true
		}
	}
	return Template{}, false
}

// Data returns the .docx of a built-in template.
func Data(name string) ([]byte, error) {
	if _, ok := Lookup(name); !ok {
		return nil, fmt.Errorf("không có mẫu có sẵn %q", name)
	}
	return assets.Templates.ReadFile("templates/" + name + ".docx")
}
