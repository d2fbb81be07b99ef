package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"vanthu/index/library"
	"vanthu/index/store"
	"vanthu/index/tracking"
)

func init() {
	register(&Command{
		Name:    "show",
		Usage:   "show [--library DIR] [--json] ID",
		Summary: "xem một văn bản trong thư viện: thông tin, nhiệm vụ, văn bản dẫn chiếu và được dẫn chiếu",
		Run:     runShow,
	})
}

func runShow(env *Env) int {
	c := commands["show"]
	fs, err := parseFlags(env.Args, nil, []string{"json"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) != 1 {
		return usageError(env, c, "cần đúng một mã văn bản")
	}
	id, ok := parseID(fs.args[0])
	if !ok {
		return usageError(env, c, fmt.Sprintf("mã văn bản %q không hợp lệ (là một số, như trong kết quả tìm kiếm)", fs.args[0]))
	}
	ctx, stop := interruptible()
	defer stop()
	lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{})
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	v, err := lib.Document(ctx, id)
	if notFound(err) {
		fmt.Fprintf(env.Stderr, "vanthu show: thư viện không có văn bản mã %d\n", id)
		return ExitBadInput
	}
	if err != nil {
		printErr(env, c.Name, err)
		return ExitBadInput
	}
	if fs.set["json"] {
		out := struct {
			*library.DocumentView
			Original string `json:"original"`
		}{v, lib.OriginalPath(v.Document)}
		if err := writeJSON(env.Stdout, out); err != nil {
			return ExitBadInput
		}
		return ExitOK
	}
	printDocument(env.Stdout, v, lib.OriginalPath(v.Document), lib.Today().String())
	return ExitOK
}

func printDocument(w io.Writer, v *library.DocumentView, original, today string) {
	f := fields{w}
	d := v.Document
	f.line("Mã", strconv.FormatInt(d.ID, 10))
	f.letter(letterFields{Type: d.Type, Number: d.Number, Issuer: d.Issuer, ParentIssuer: d.ParentIssuer,
		Date: d.Date, Place: d.Place, Urgency: d.Urgency, Secrecy: d.Secrecy, Subject: d.Subject})
	f.line("Người ký", strings.Join(nonEmpty(d.SignerAuthority, d.SignerTitle, d.SignerName), " — "))
	f.line("Tệp gốc", fmt.Sprintf("%s (%s, %d byte)", d.FileName, d.Format, d.Size))
	f.line("Bản lưu", original)
	if d.Scanned {
		f.line("Ghi chú", "bản quét, chưa có lớp chữ")
	}
	for _, warn := range d.Warnings {
		f.line("Cảnh báo", warn)
	}

	fmt.Fprintf(w, "\nNhiệm vụ (%d):\n", len(v.Tasks))
	for _, t := range v.Tasks {
		printTask(w, t, today)
	}
	fmt.Fprintf(w, "\nVăn bản dẫn chiếu (%d):\n", len(v.Cites))
	for _, lk := range v.Cites {
		s := citation(lk.Type, lk.Number, lk.Date, lk.Issuer)
		if lk.Other != nil {
			s += fmt.Sprintf(" → có trong thư viện, mã %d", lk.Other.ID)
		}
		fmt.Fprintf(w, "  - %s\n", s)
	}
	fmt.Fprintf(w, "\nĐược dẫn chiếu bởi (%d):\n", len(v.CitedBy))
	for _, lk := range v.CitedBy {
		s := fmt.Sprintf("mã %d", lk.DocumentID)
		if lk.Other != nil && lk.Other.Number != "" {
			s += ", số " + lk.Other.Number
		}
		if lk.Other != nil {
			s += " (" + lk.Other.FileName + ")"
		}
		fmt.Fprintf(w, "  - %s\n", s)
	}
}

func printTask(w io.Writer, t store.Task, today string) {
	state := "[ ]"
	if t.Status == store.StatusDone {
		state = "[x]"
	}
	who := t.Assignee
	if who == "" {
		who = "(chưa rõ đơn vị)"
	}
	s := fmt.Sprintf("  %s #%d %s: %s", state, t.ID, who, t.Action)
	if !t.Deadline.IsZero() {
		s += " — hạn " + t.Deadline.Vietnamese()
		if t.Status == store.StatusOpen && t.Deadline.String() < today {
			s += " (QUÁ HẠN)"
		}
	} else if t.DeadlineText != "" {
		s += " — " + t.DeadlineText
	}
	if t.Recurrence != "" {
		s += " — định kỳ " + tracking.RecurrenceName(t.Recurrence)
	}
	fmt.Fprintln(w, s)
}
