package extract

import (
	"strings"
	"unicode"

	"vanthu/docs/vn"
)

// A header set in capitals is where a legacy-font conversion or a scan
// loses a mark most often ("TRUYỂN THÔNG" for "TRUYỀN THÔNG"); the body
// names the same body in running text, most often in its first
// paragraphs. respellWindow bounds the body read.
const respellWindow = 4096

// respellFromBody returns name spelt as the body spells it, where the body
// holds the same words up to their marks and never the header's spelling,
// and the words it changed ("" when it changed none).
func respellFromBody(name, body string) (string, string) {
	nw := strings.Fields(name)
	if len(nw) < 2 {
		return name, ""
	}
	// Most bodies spell the name as the header does, or never name it:
	// two passes over the body settle those before any word is split.
	if strings.Contains(strings.ToLower(body), strings.ToLower(name)) {
		return name, ""
	}
	if !strings.Contains(foldSpaced(body), vn.Fold(strings.Join(nw, " "))) {
		return name, ""
	}
	bw := words(body, 0, len(body))
	lowName := make([]string, len(nw))
	foldName := make([]string, len(nw))
	for i, w := range nw {
		lowName[i] = strings.ToLower(w)
		foldName[i] = vn.Fold(w)
	}
	clean := func(s string) string { return strings.Trim(s, ",.;:()\"“”") }
	var found []string
	for i := 0; i+len(nw) <= len(bw); i++ {
		same, exact := true, true
		for k := range nw {
			w := clean(bw[i+k].text)
			if vn.Fold(w) != foldName[k] {
				same = false
				break
			}
			if vn.NewStyleTones(strings.ToLower(w)) != vn.NewStyleTones(lowName[k]) {
				exact = false
			}
		}
		if !same {
			continue
		}
		if exact {
			return name, "" // the body spells it as the header does
		}
		if found == nil {
			found = make([]string, len(nw))
			for k := range nw {
				found[k] = clean(bw[i+k].text)
			}
		}
	}
	if found == nil {
		return name, ""
	}
	out := make([]string, len(nw))
	var changed []string
	lowBody := vn.NewStyleTones(strings.ToLower(body))
	for k, w := range nw {
		out[k] = w
		if vn.NewStyleTones(strings.ToLower(found[k])) == vn.NewStyleTones(lowName[k]) {
			continue
		}
		// A scan's body is as noisy as its header ("Sở Y tế tỉnh Kiện
		// GIang" once, "tỉnh Kiên Giang" elsewhere): a word the body also
		// spells as the header does, beside the same neighbour, stays.
		if spelledBeside(lowBody, lowName, k) {
			continue
		}
		// keep the header's capitalisation, take the body's marks
		fw := strings.ToLower(found[k])
		if w != lowName[k] {
			fw = upperFirst(fw)
		}
		out[k] = fw
		changed = append(changed, w+" → "+fw)
	}
	return strings.Join(out, " "), strings.Join(changed, ", ")
}

// spelledBeside tells whether low (a body in lower case) holds name's word
// k as the header spells it, beside the word before or after it.
func spelledBeside(low string, name []string, k int) bool {
	w := vn.NewStyleTones(name[k])
	if k > 0 && strings.Contains(low, vn.NewStyleTones(name[k-1])+" "+w) {
		return true
	}
	return k+1 < len(name) && strings.Contains(low, w+" "+vn.NewStyleTones(name[k+1]))
}

// foldSpaced is vn.Fold(s) with every run of white space made one space (a
// name in the body may be broken over lines), in one pass: a table of the
// precomposed letters stands for the normalisation vn.Fold does, which
// cost a tenth of a letter's extraction.
func foldSpaced(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	// seen, not b.Len(): a word of marks alone folds to nothing, yet
	// vn.Fold keeps the space after it.
	space, seen := false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && seen {
			b.WriteByte(' ')
		}
		space, seen = false, true
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		default:
			if f, ok := foldTable[r]; ok {
				b.WriteString(f)
			} else {
				b.WriteString(vn.Fold(string(r)))
			}
		}
	}
	return b.String()
}

// foldTable maps each Vietnamese letter with marks to vn.Fold's form.
var foldTable = func() map[rune]string {
	const letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
	m := map[rune]string{}
	for _, r := range letters + strings.ToUpper(letters) {
		m[r] = vn.Fold(string(r))
	}
	return m
}()
