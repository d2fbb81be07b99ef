// Package agree tells how far the fields extraction finds in a scan's
// OCR text agree with those it finds in a careful transcription of the same
// page: what matters to the clerk is the number, issuer and deadlines, not
// only the character error.
package agree

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"vanthu/docs/extract"
	"vanthu/docs/vn"
)

// Fields counts the fields of the transcription's extraction that the
// scan's extraction gives the same: number, date, issuer, parent issuer,
// signer name and each deadline. Fields the transcription does not have
// are not counted. Handwritten fields are not compared: the scan must give
// them blank (the window asks the clerk), and a misreading is listed. It
// lists the ones that differ.
func Fields(want, got *extract.Result, handwritten []string) (agree, total int, diffs string) {
	var bad []string
	check := func(name, w, g string) {
		if w == "" {
			return
		}
		if slices.Contains(handwritten, name) {
			if name == "số" {
				g, _, _ = strings.Cut(g, "/") // a blank number keeps its symbol
			}
			if g != "" && g != w {
				bad = append(bad, fmt.Sprintf("%s viết tay đọc sai %q", name, g))
			}
			return
		}
		total++
		if vn.NFC(w) == vn.NFC(g) {
			agree++
			return
		}
		bad = append(bad, fmt.Sprintf("%s %q≠%q", name, w, g))
	}
	// The number's symbol is printed even where its digits are written in.
	if slices.Contains(handwritten, "số") {
		_, ws, _ := strings.Cut(want.Number, "/")
		_, gs, _ := strings.Cut(got.Number, "/")
		check("ký hiệu", ws, gs)
	}
	check("số", want.Number, got.Number)
	check("ngày", want.Date.String(), got.Date.String())
	check("cơ quan", want.Issuer, got.Issuer)
	check("cơ quan cấp trên", want.ParentIssuer, got.ParentIssuer)
	check("người ký", want.Signer.Name, got.Signer.Name)
	deadlines := func(r *extract.Result) string {
		var ds []string
		for _, t := range r.Tasks {
			if !t.Deadline.IsZero() {
				ds = append(ds, t.Deadline.String())
			}
		}
		sort.Strings(ds)
		return strings.Join(ds, ",")
	}
	check("hạn", deadlines(want), deadlines(got))
	if len(bad) > 0 {
		diffs = "(" + strings.Join(bad, "; ") + ")"
	}
	return agree, total, diffs
}
