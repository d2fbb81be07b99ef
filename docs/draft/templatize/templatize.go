// Package templatize turns a clerk's finished letter (.docx) into a
// template of their own: the number, the place and date line, the V/v line,
// Kính gửi, the signer and Nơi nhận are recognised and become placeholders
// (the same names as the built-in templates, so the prefill fills them);
// the rest of the letter, its layout and formatting, stay as they were.
package templatize

import (
	"errors"
	"regexp"
	"strings"
	"unicode"

	"vanthu/docs/draft/template"
)

// Field is a part of the letter offered as a field.
type Field struct {
	Name     string `json:"name"`     // "so", "ngay_thang", "kinh_gui.ten", ...
	Original string `json:"original"` // what the letter had there
	Para     int    `json:"paragraph"`
}

var (
	numberRe    = regexp.MustCompile(`Số\s*:\s*([\p{N}]*\s*/\s*[\p{L}\p{N}]+(?:\s*-\s*[\p{L}\p{N}]+)*)`)
	dateRe      = regexp.MustCompile(`(\p{L}[\p{L}\p{N} .'’-]*?),\s*(ngày\s+\S*\s+tháng\s+\S*\s+năm\s*\d{0,4})`)
	vvRe        = regexp.MustCompile(`^\s*(?:V/v|Về việc)\s+(.+?)\s*$`)
	kinhGuiRe   = regexp.MustCompile(`^\s*Kính\s+gửi\s*:\s*(.*?)\s*$`)
	authorityRe = regexp.MustCompile(`^\s*(?:TM|KT|TL|TUQ|Q)\.\s*\S`)
	noiNhanRe   = regexp.MustCompile(`^\s*Nơi\s+nhận\s*:`)
	luuRe       = regexp.MustCompile(`Lưu\s*:\s*VT\s*,\s*(.+?)\s*\.?\s*$`)
	itemRe      = regexp.MustCompile(`^\s*[-–]\s*(.*?)\s*$`)
)

// FromLetter returns the letter made a template, and what was recognised.
func FromLetter(data []byte) ([]byte, []Field, error) {
	t, err := template.Parse(data)
	if err != nil {
		return nil, nil, err
	}
	paras := t.Paragraphs()
	for _, p := range paras {
		if strings.Contains(p, "{{") {
			return nil, nil, errors.New("tệp đã có chỗ điền {{…}}: đây đã là một mẫu")
		}
	}
	plan := map[int][]template.Edit{}
	drop := map[int]bool{}
	var fields []Field
	offer := func(i, start, end int, name, text string) {
		plan[i] = append(plan[i], template.Edit{Start: start, End: end, Text: text})
		fields = append(fields, Field{Name: name, Original: strings.TrimSpace(paras[i][start:end]), Para: i})
	}
	done := map[string]bool{}
	for i, p := range paras {
		if !done["so"] {
			if m := numberRe.FindStringSubmatchIndex(p); m != nil {
				offer(i, m[2], m[3], "so", "{{so}}/{{ky_hieu}}")
				done["so"] = true
				continue
			}
		}
		if !done["ngay"] {
			if m := dateRe.FindStringSubmatchIndex(p); m != nil {
				offer(i, m[2], m[3], "dia_danh", "{{dia_danh}}")
				offer(i, m[4], m[5], "ngay_thang", "{{ngay_thang}}")
				done["ngay"] = true
				continue
			}
		}
		if !done["vv"] {
			if m := vvRe.FindStringSubmatchIndex(p); m != nil && strings.HasPrefix(strings.TrimSpace(p), "V/v") {
				offer(i, m[2], m[3], "trich_yeu", "{{trich_yeu}}")
				done["vv"] = true
				continue
			}
		}
		if !done["kg"] {
			if m := kinhGuiRe.FindStringSubmatchIndex(p); m != nil {
				done["kg"] = true
				if m[3] > m[2] {
					offer(i, m[2], m[3], "kinh_gui_mot", "{{kinh_gui_mot}}")
					continue
				}
				list(paras, i+1, "kinh_gui", offer, drop)
				continue
			}
		}
		if !done["nn"] && noiNhanRe.MatchString(p) {
			done["nn"] = true
			list(paras, i+1, "noi_nhan", offer, drop)
		}
	}
	signer(paras, offer)
	if len(fields) == 0 {
		return nil, nil, errors.New("không nhận ra số, ngày tháng, Kính gửi hay người ký trong văn bản này")
	}
	out, err := t.Rewrite(func(i int, _ string) ([]template.Edit, bool) { return plan[i], drop[i] })
	return out, fields, err
}

// list makes the "- …;" lines after a heading one repeated line; a
// "Lưu: VT, X." line keeps its place with X a field.
func list(paras []string, from int, name string, offer func(int, int, int, string, string), drop map[int]bool) {
	first := true
	for j := from; j < len(paras); j++ {
		p := paras[j]
		if strings.TrimSpace(p) == "" {
			if first {
				continue
			}
			return
		}
		m := itemRe.FindStringSubmatchIndex(p)
		if m == nil {
			return
		}
		if l := luuRe.FindStringSubmatchIndex(p); l != nil && name == "noi_nhan" {
			offer(j, l[2], len(p), "luu", "{{luu}}.")
			return
		}
		if first {
			offer(j, m[2], m[3], name+".ten", "{{"+name+".ten}}{{"+name+".dau}}")
			first = false
			continue
		}
		drop[j] = true
	}
}

// signer finds the authority (TM., KT. …), the title and the name.
func signer(paras []string, offer func(int, int, int, string, string)) {
	at := -1
	for i := len(paras) - 1; i >= 0; i-- {
		if authorityRe.MatchString(paras[i]) && isUpper(paras[i]) {
			at = i
			break
		}
	}
	start := at + 1
	if at >= 0 {
		offer(at, lead(paras[at]), trail(paras[at]), "quyen_han", "{{quyen_han}}")
	} else {
		start = len(paras) * 2 / 3
	}
	title := -1
	for i := start; i < len(paras); i++ {
		p := strings.TrimSpace(paras[i])
		if p == "" {
			continue
		}
		if title < 0 && isUpper(p) && !noiNhanRe.MatchString(p) {
			title = i
			offer(i, lead(paras[i]), trail(paras[i]), "chuc_vu", "{{chuc_vu}}")
			continue
		}
		if title >= 0 && isName(p) {
			offer(i, lead(paras[i]), trail(paras[i]), "nguoi_ky", "{{nguoi_ky}}")
			return
		}
	}
}

func lead(s string) int  { return len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace)) }
func trail(s string) int { return len(strings.TrimRightFunc(s, unicode.IsSpace)) }

func isUpper(s string) bool {
	return strings.ToUpper(s) == s && strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isName: two to five capitalised words without punctuation ("Lê Ngọc Tuấn").
func isName(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 || len(w) > 5 || strings.ContainsAny(s, ".,;:()/") {
		return false
	}
	for _, x := range w {
		r := []rune(x)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return !isUpper(s)
}
