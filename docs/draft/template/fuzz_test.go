package template

import (
	"encoding/xml"
	"strings"
	"testing"
)

// FuzzFill: any paragraph text cut into runs anywhere, any value: filling
// never panics and always gives well-formed XML.
func FuzzFill(f *testing.F) {
	f.Add("Số: {{so}}/{{ky_hieu}}", 3, "15")
	f.Add("{{?a}}x{{/a}}{{nv.stt}}", 5, "a\nb\tc")
	f.Add("{{{{}}}}{{?}}{{/x}}", 1, "<&>")
	f.Fuzz(func(t *testing.T, text string, cut int, value string) {
		if len(text) > 500 { // optional blocks cost ~n² (333 of them: 1 s uninstrumented); real templates have a few
			return
		}
		var runs []string
		if cut < 1 {
			cut = 1
		}
		for i := 0; i < len(text); i += cut%7 + 1 {
			e := min(len(text), i+cut%7+1)
			var b strings.Builder
			xml.EscapeText(&b, []byte(text[i:e]))
			runs = append(runs, r(b.String()))
		}
		body := p(runs...) + tbl(tr(p(runs...))) + p(r("{{/a}}"))
		v := Values{Text: map[string]string{"so": value, "a": value}, Lists: map[string][]map[string]string{"nv": {{"stt": value}}}}
		fill(t, build(t, body, nil), v)
	})
}
