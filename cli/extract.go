package cli

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"vanthu/docs/extract"
	"vanthu/docs/read"
)

func init() {
	register(&Command{
		Name:    "extract",
		Usage:   "extract [--json] FILE...",
		Summary: "trích thông tin văn bản: số, ngày, cơ quan, người ký, văn bản dẫn chiếu, nhiệm vụ",
		Run:     runExtract,
	})
}

func runExtract(env *Env) int {
	c := commands["extract"]
	asJSON, files, ok := fileArgs(env, c, "thiếu tệp cần trích")
	if !ok {
		return ExitUsage
	}
	code := ExitOK
	var results []*extract.Result
	for _, f := range files {
		doc, err := read.File(f)
		if err != nil {
			fmt.Fprintf(env.Stderr, "vanthu extract: %v\n", err)
			code = ExitBadInput
			continue
		}
		r := extract.FromDocument(doc)
		if asJSON {
			results = append(results, r)
			continue
		}
		if len(files) > 1 {
			fmt.Fprintf(env.Stdout, "== %s ==\n", f)
		}
		printSummary(env.Stdout, r)
	}
	if asJSON {
		var v any = results
		if len(files) == 1 && len(results) == 1 {
			v = results[0]
		}
		if len(results) > 0 || len(files) > 1 {
			if err := writeJSON(env.Stdout, v); err != nil {
				fmt.Fprintf(env.Stderr, "vanthu extract: %v\n", err)
				return ExitBadInput
			}
		}
	}
	return code
}

// printSummary writes the result as a clerk reads it.
func printSummary(w io.Writer, r *extract.Result) {
	line := func(label, value string) {
		if value == "" {
			value = "—"
		}
		fmt.Fprintf(w, "%-18s %s\n", label+":", value)
	}
	list := func(label string, items []string) {
		if len(items) == 0 {
			line(label, "")
			return
		}
		fmt.Fprintf(w, "%s:\n", label)
		for _, it := range items {
			fmt.Fprintf(w, "  - %s\n", it)
		}
	}
	line("Loại", r.Type)
	line("Số", r.Number)
	issuer := r.Issuer
	if r.ParentIssuer != "" && issuer != "" {
		issuer += " (thuộc " + r.ParentIssuer + ")"
	}
	line("Cơ quan ban hành", issuer)
	date := ""
	if !r.Date.IsZero() {
		date = r.Date.Vietnamese()
	}
	line("Ngày", date)
	line("Nơi", r.Place)
	if r.Urgency != "" {
		line("Độ khẩn", r.Urgency)
	}
	if r.Secrecy != "" {
		line("Độ mật", r.Secrecy)
	}
	line("Trích yếu", r.Subject)
	signer := strings.TrimSpace(strings.Join(nonEmpty(r.Signer.Authority, r.Signer.Title, r.Signer.Name), " — "))
	line("Người ký", signer)
	list("Kính gửi", r.Recipients)
	list("Nơi nhận", r.NoiNhan)
	refs := make([]string, 0, len(r.References))
	for _, ref := range r.References {
		s := strings.TrimSpace(ref.Type + " " + ref.Number)
		if !ref.Date.IsZero() {
			s += " " + ref.Date.Vietnamese()
		}
		if ref.Issuer != "" {
			s += " của " + ref.Issuer
		}
		refs = append(refs, s)
	}
	list("Văn bản dẫn chiếu", refs)
	tasks := make([]string, 0, len(r.Tasks))
	for _, t := range r.Tasks {
		s := t.Assignee
		if s == "" {
			s = "(chưa rõ đơn vị)"
		}
		s += ": " + t.Action
		if !t.Deadline.IsZero() {
			s += " — hạn " + t.Deadline.Vietnamese()
		} else if t.DeadlineText != "" {
			s += " — " + t.DeadlineText
		}
		if t.Recurrence != "" {
			s += " — định kỳ " + recurrenceVN(t.Recurrence)
		}
		if t.Kind == "rule" {
			s += " (quy định chung, không theo dõi)"
		}
		tasks = append(tasks, s)
	}
	list("Nhiệm vụ", tasks)
	// What the clerk should confirm, and any part that could not be read.
	unsure := make([]string, 0, len(r.Unsure))
	for _, k := range slices.Sorted(maps.Keys(r.Unsure)) {
		unsure = append(unsure, fieldVN(k)+": "+r.Unsure[k])
	}
	if len(unsure) > 0 {
		list("Cần kiểm tra lại", unsure)
	}
	if len(r.Warnings) > 0 {
		list("Cảnh báo", r.Warnings)
	}
}

// fieldVN names a field of the result as the summary labels it.
func fieldVN(k string) string {
	names := map[string]string{"type": "Loại", "number": "Số", "date": "Ngày", "issuer": "Cơ quan ban hành",
		"subject": "Trích yếu", "signer": "Người ký", "signer.title": "Chức danh người ký", "place": "Nơi"}
	if n, ok := names[k]; ok {
		return n
	}
	var i int
	var f string
	if _, err := fmt.Sscanf(strings.Replace(k, "].", "] ", 1), "tasks[%d] %s", &i, &f); err == nil {
		return fmt.Sprintf("Nhiệm vụ %d (%s)", i+1, map[string]string{"deadline": "thời hạn", "assignee": "đơn vị"}[f])
	}
	return k
}

func recurrenceVN(r string) string {
	switch r {
	case "weekly":
		return "hằng tuần"
	case "monthly":
		return "hằng tháng"
	case "quarterly":
		return "hằng quý"
	case "semiannual":
		return "6 tháng"
	case "yearly":
		return "hằng năm"
	}
	return r
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
