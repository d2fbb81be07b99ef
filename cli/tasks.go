package cli

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"vanthu/docs/vndate"
	"vanthu/index/library"
	"vanthu/index/tracking"
)

func init() {
	register(&Command{
		Name:    "tasks",
		Usage:   "tasks [--overdue|--due-within N] [--unit X|--mine] [--json]",
		Summary: "việc cần theo dõi: quá hạn, sắp đến hạn, định kỳ; lọc theo đơn vị (có dấu hay không dấu)",
		Run:     runTasks,
	})
}

// openTracker opens the library and a tracker over it. today, when not
// zero, replaces the clock ("what will be due on …").
func openTracker(ctx context.Context, env *Env, c *Command, fs *flagSet) (*library.Library, *tracking.Tracker, bool) {
	lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{})
	if !ok {
		return nil, nil, false
	}
	today := lib.Today()
	if s := fs.values["today"]; s != "" {
		d, err := parseDay(s)
		if err != nil {
			lib.Close()
			usageError(env, c, err.Error())
			return nil, nil, false
		}
		today = d
	}
	tr, err := tracking.New(ctx, lib.Store(), lib.Clerk(ctx), today)
	if err != nil {
		lib.Close()
		fmt.Fprintf(env.Stderr, "vanthu %s: %v\n", c.Name, err)
		return nil, nil, false
	}
	return lib, tr, true
}

func parseDay(s string) (vndate.Date, error) {
	t, err := parseDateArg(s)
	if err != nil {
		return vndate.Date{}, err
	}
	return vndate.FromTime(t), nil
}

func runTasks(env *Env) int {
	c := commands["tasks"]
	fs, err := parseFlags(env.Args, []string{"due-within", "unit", "doc", "today"}, []string{"overdue", "json", "all", "mine"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) > 0 {
		return usageError(env, c, fmt.Sprintf("không cần đối số %q", fs.args[0]))
	}
	q := tracking.Query{Unit: fs.values["unit"]}
	if v := fs.values["due-within"]; v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return usageError(env, c, fmt.Sprintf("--due-within cần một số ngày, không phải %q", v))
		}
		q.Window = n
		q.Statuses = []string{tracking.StatusOverdue, tracking.StatusDue}
	}
	if fs.set["overdue"] {
		if q.Statuses != nil {
			return usageError(env, c, "chỉ dùng một trong --overdue và --due-within")
		}
		q.Statuses = []string{tracking.StatusOverdue}
	}
	if v := fs.values["doc"]; v != "" {
		id, ok := parseID(v)
		if !ok {
			return usageError(env, c, fmt.Sprintf("mã văn bản %q không hợp lệ", v))
		}
		q.DocumentID = id
	}
	if fs.set["all"] {
		q.States = []string{tracking.Proposed, tracking.Confirmed, tracking.Rejected, tracking.Excluded}
	}
	ctx, stop := interruptible()
	defer stop()
	lib, tr, ok := openTracker(ctx, env, c, fs)
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	if fs.set["mine"] {
		q.Unit = tr.Settings().Unit
		if q.Unit == "" {
			fmt.Fprintln(env.Stderr, "vanthu tasks: chưa đặt «đơn vị của tôi» trong Cài đặt (--mine cần nó); dùng --unit TÊN")
			return ExitBadInput
		}
	}
	items, err := tr.List(ctx, q)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu tasks: %v\n", err)
		return ExitBadInput
	}
	if fs.set["json"] {
		if items == nil {
			items = []tracking.Item{}
		}
		if writeJSON(env.Stdout, items) != nil {
			return ExitBadInput
		}
		return ExitOK
	}
	window := q.Window
	if window == 0 {
		window = tr.Settings().ReminderDays
	}
	printItems(env.Stdout, items, tr.Today(), window, fs.set["all"])
	return ExitOK
}

// StatusTitle is the Vietnamese heading of a status group.
func statusTitle(status string, window int) string {
	switch status {
	case tracking.StatusOverdue:
		return "QUÁ HẠN"
	case tracking.StatusDue:
		return fmt.Sprintf("ĐẾN HẠN TRONG %d NGÀY", window)
	case tracking.StatusUpcoming:
		return "SẮP TỚI"
	case tracking.StatusUndated:
		return "CHƯA CÓ HẠN"
	case tracking.StatusDone:
		return "ĐÃ XONG"
	case tracking.StatusArchive:
		return "LƯU TRỮ (trước khi bắt đầu theo dõi, hoặc hạn cần xem lại)"
	}
	return status
}

var stateNames = map[string]string{
	tracking.Proposed:  "đề xuất — chờ xác nhận",
	tracking.Confirmed: "đã xác nhận",
	tracking.Rejected:  "đã loại",
	tracking.Excluded:  "quy định của văn bản QPPL — không theo dõi",
}

func printItems(w io.Writer, items []tracking.Item, today vndate.Date, window int, all bool) {
	fmt.Fprintf(w, "Hôm nay %s.\n", dmy(today))
	if len(items) == 0 {
		fmt.Fprintln(w, "Không có việc nào.")
		return
	}
	counts := map[string]int{}
	for _, it := range items {
		counts[it.Status]++
	}
	last := ""
	for _, it := range items {
		if !all && (it.Status == tracking.StatusArchive || it.Status == tracking.StatusDone) {
			continue
		}
		if it.Status != last {
			last = it.Status
			fmt.Fprintf(w, "\n== %s: %d\n", statusTitle(it.Status, window), counts[it.Status])
		}
		printItem(w, it)
	}
	if !all {
		for _, s := range []string{tracking.StatusDone, tracking.StatusArchive} {
			if counts[s] > 0 {
				fmt.Fprintf(w, "\n(%d việc %s không hiện; thêm --all để xem)\n", counts[s], strings.ToLower(statusTitle(s, window)))
			}
		}
	}
}

func printItem(w io.Writer, it tracking.Item) {
	when := "—"
	if !it.Due.IsZero() {
		when = dmy(it.Due)
		switch {
		case it.Status == tracking.StatusOverdue:
			when += fmt.Sprintf(" (trễ %d ngày)", -it.DaysLeft)
		case it.Status == tracking.StatusDue || it.Status == tracking.StatusUpcoming:
			if it.DaysLeft == 0 {
				when += " (hôm nay)"
			} else {
				when += fmt.Sprintf(" (còn %d ngày)", it.DaysLeft)
			}
		}
	}
	if it.DeadlineFrom != "" && it.DeadlineFrom != tracking.FromDocument {
		when += " — " + it.DeadlineFrom
	}
	if it.Occurrence {
		when += " — " + tracking.Rule{Recurrence: it.Recurrence, Due: it.RecurrenceDue}.Describe()
	}
	fmt.Fprintf(w, "[%d] Hạn: %s\n", it.ID, when)
	who := it.Assignee
	if len(it.CoAssignees) > 0 {
		who += " (phối hợp: " + strings.Join(it.CoAssignees, ", ") + ")"
	}
	fmt.Fprintf(w, "     %s: %s\n", orDash(who), it.Action)
	doc := it.DocNumber
	if doc == "" {
		doc = "văn bản không số"
	}
	fmt.Fprintf(w, "     Văn bản #%d %s — %s\n", it.DocumentID, doc, it.DocSubject)
	extra := stateNames[it.State]
	if it.ReplyNumber != "" {
		extra += "; trả lời bằng " + it.ReplyNumber
	}
	if it.ArchiveReason != "" {
		extra += "; " + it.ArchiveReason
	}
	if it.Note != "" {
		extra += "; ghi chú: " + it.Note
	}
	fmt.Fprintf(w, "     (%s)\n", extra)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// dmy writes a date as clerks read it: 05/01/2020.
func dmy(d vndate.Date) string {
	if d.IsZero() {
		return "—"
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
}
