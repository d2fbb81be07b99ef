package cli

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"vanthu/docs/extract"
	"vanthu/docs/read"
	"vanthu/docs/vndate"
	"vanthu/index/tracking"
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
	f := fields{w}
	f.letter(letterFields{Type: r.Type, Number: r.Number, Issuer: r.Issuer, ParentIssuer: r.ParentIssuer,
		Date: r.Date, Place: r.Place, Urgency: r.Urgency, Secrecy: r.Secrecy, Subject: r.Subject})
	f.line("Người ký", strings.TrimSpace(strings.Join(nonEmpty(r.Signer.Authority, r.Signer.Title, r.Signer.Name), " — ")))
	f.list("Kính gửi", r.Recipients)
	f.list("Nơi nhận", r.NoiNhan)
	refs := make([]string, 0, len(r.References))
	for _, ref := range r.References {
		refs = append(refs, citation(ref.Type, ref.Number, ref.Date, ref.Issuer))
	}
	f.list("Văn bản dẫn chiếu", refs)
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
			s += " — định kỳ " + tracking.RecurrenceName(t.Recurrence)
		}
		if t.Kind == "rule" {
			s += " (quy định chung, không theo dõi)"
		}
		tasks = append(tasks, s)
	}
	f.list("Nhiệm vụ", tasks)
	// What the clerk should confirm, and any part that could not be read.
	unsure := make([]string, 0, len(r.Unsure))
	for _, k := range slices.Sorted(maps.Keys(r.Unsure)) {
		unsure = append(unsure, fieldVN(k)+": "+r.Unsure[k])
	}
	if len(unsure) > 0 {
		f.list("Cần kiểm tra lại", unsure)
	}
	if len(r.Warnings) > 0 {
		f.list("Cảnh báo", r.Warnings)
	}
}

// fields writes the "Label: value" lines of a summary (extract, show), a
// dash for a value not found.
type fields struct{ w io.Writer }

func (f fields) line(label, value string) {
	if value == "" {
		value = "—"
	}
	fmt.Fprintf(f.w, "%-18s %s\n", label+":", value)
}

func (f fields) list(label string, items []string) {
	if len(items) == 0 {
		f.line(label, "")
		return
	}
	fmt.Fprintf(f.w, "%s:\n", label)
	for _, it := range items {
		fmt.Fprintf(f.w, "  - %s\n", it)
	}
}

// letterFields are the Decree 30 fields of a document's header, whether
// just extracted or stored in the library.
type letterFields struct {
	Type, Number, Issuer, ParentIssuer string
	Date                               vndate.Date
	Place, Urgency, Secrecy, Subject   string
}

// letter writes them, from Loại to Trích yếu; urgency and secrecy only when
// the document has them.
func (f fields) letter(l letterFields) {
	f.line("Loại", l.Type)
	f.line("Số", l.Number)
	issuer := l.Issuer
	if l.ParentIssuer != "" && issuer != "" {
		issuer += " (thuộc " + l.ParentIssuer + ")"
	}
	f.line("Cơ quan ban hành", issuer)
	date := ""
	if !l.Date.IsZero() {
		date = l.Date.Vietnamese()
	}
	f.line("Ngày", date)
	f.line("Nơi", l.Place)
	if l.Urgency != "" {
		f.line("Độ khẩn", l.Urgency)
	}
	if l.Secrecy != "" {
		f.line("Độ mật", l.Secrecy)
	}
	f.line("Trích yếu", l.Subject)
}

// citation names a cited document: "Công văn 12/UBND-VX ngày 03 tháng 3 năm
// 2021 của UBND tỉnh Kon Tum", leaving out what is not known.
func citation(typ, number string, date vndate.Date, issuer string) string {
	s := strings.TrimSpace(typ + " " + number)
	if !date.IsZero() {
		s += " " + date.Vietnamese()
	}
	if issuer != "" {
		s += " của " + issuer
	}
	return s
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

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
