package extract

import (
	"strings"
	"unicode"

	"vanthu/docs/vn"
)

// A header set in capitals is where a legacy-font conversion or a scan
// loses a mark most often ("TRUYỂN THÔNG" for "TRUYỀN THÔNG"); the body
// names the same body in running text. respellWindow bounds the body read.
const respellWindow = 20000

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
	if !strings.Contains(singleSpaced(vn.Fold(body)), vn.Fold(strings.Join(nw, " "))) {
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
	for k, w := range nw {
		out[k] = w
		if vn.NewStyleTones(strings.ToLower(found[k])) == vn.NewStyleTones(lowName[k]) {
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

// singleSpaced turns every run of white space in s into one space, in one
// allocation (a name in the body may be broken over lines).
func singleSpaced(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
