package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"vanthu/docs/vndate"
	"vanthu/index/tracking"
)

func init() {
	register(&Command{
		Name:    "task",
		Usage:   "task confirm|reject|done|undo|set|add|butphe|reply …",
		Summary: "xác nhận, loại, sửa, đánh dấu xong một việc; thêm việc, nhập bút phê, gắn văn bản trả lời",
		Run:     runTask,
	})
}

const taskHelp = `Các lệnh con:
  task confirm ID...                      xác nhận việc đề xuất (tính vào báo cáo)
  task reject ID...                       loại việc (không phải nhiệm vụ của mình)
  task done ID [--due NGÀY]               đã xong (việc định kỳ: lần đến hạn sớm nhất, hoặc lần --due)
  task undo ID [--due NGÀY]               hoàn tác «đã xong»
  task set ID [--assignee X] [--co "A; B"] [--action X] [--deadline NGÀY|none]
              [--recur weekly|monthly|quarterly|semiannual|yearly|none] [--due-day ---DD|--MM-DD|MO…SU] [--note X]
  task add DOC-ID --action X [--assignee X] [--co "A; B"] [--deadline NGÀY] [--recur …] [--due-day …]
  task butphe DOC-ID "Sở Y tế chủ trì, Sở Tài chính phối hợp, trước 15/10"
  task reply DOC-ID SỐ-KÝ-HIỆU [--date NGÀY]   văn bản trả lời: đóng việc theo dõi
Ngày viết DD/MM/YYYY hoặc YYYY-MM-DD.`

func runTask(env *Env) int {
	c := commands["task"]
	if len(env.Args) == 0 {
		fmt.Fprintln(env.Stderr, taskHelp)
		return ExitUsage
	}
	sub := env.Args[0]
	fs, err := parseFlags(env.Args[1:], []string{"due", "assignee", "co", "action", "deadline", "recur", "due-day",
		"note", "date", "today"}, nil)
	if err != nil {
		return usageError(env, c, err.Error())
	}
	needs := map[string]int{"confirm": -1, "reject": -1, "done": 1, "undo": 1, "set": 1, "add": 1, "butphe": 2, "reply": 2}
	n, ok := needs[sub]
	if !ok {
		fmt.Fprintf(env.Stderr, "vanthu task: không có lệnh con %q\n%s\n", sub, taskHelp)
		return ExitUsage
	}
	if (n < 0 && len(fs.args) == 0) || (n > 0 && len(fs.args) != n) {
		fmt.Fprintf(env.Stderr, "vanthu task %s: sai số đối số\n%s\n", sub, taskHelp)
		return ExitUsage
	}
	var ids []int64
	for _, a := range fs.args {
		if sub == "butphe" || sub == "reply" {
			if len(ids) == 1 {
				break
			}
		}
		id, ok := parseID(a)
		if !ok {
			return usageError(env, c, fmt.Sprintf("mã %q không hợp lệ (là một số, như trong «vanthu tasks»)", a))
		}
		ids = append(ids, id)
	}
	ctx, stop := interruptible()
	defer stop()
	lib, tr, ok := openTracker(ctx, env, c, fs)
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	fail := func(err error) int {
		if errors.Is(err, tracking.ErrNotFound) {
			fmt.Fprintf(env.Stderr, "vanthu task %s: %v\n", sub, err)
		} else {
			fmt.Fprintf(env.Stderr, "vanthu task %s: %v\n", sub, err)
		}
		return ExitBadInput
	}
	day := func(name string) (vndate.Date, bool, error) {
		v, ok := fs.values[name]
		if !ok || v == "none" || v == "" {
			return vndate.Date{}, ok, nil
		}
		d, err := parseDay(v)
		return d, true, err
	}
	switch sub {
	case "confirm", "reject":
		for _, id := range ids {
			var err error
			if sub == "confirm" {
				err = tr.Confirm(ctx, id)
			} else {
				err = tr.Reject(ctx, id)
			}
			if err != nil {
				return fail(err)
			}
		}
		fmt.Fprintf(env.Stdout, "Đã %s %d việc.\n", map[string]string{"confirm": "xác nhận", "reject": "loại"}[sub], len(ids))
	case "done", "undo":
		due, _, err := day("due")
		if err != nil {
			return usageError(env, c, err.Error())
		}
		if sub == "done" {
			closed, err := tr.Done(ctx, ids[0], due)
			if err != nil {
				return fail(err)
			}
			if closed.IsZero() {
				fmt.Fprintf(env.Stdout, "Việc %d: đã xong.\n", ids[0])
			} else {
				fmt.Fprintf(env.Stdout, "Việc %d: lần đến hạn %s đã xong.\n", ids[0], dmy(closed))
			}
		} else {
			if err := tr.Undo(ctx, ids[0], due); err != nil {
				return fail(err)
			}
			fmt.Fprintf(env.Stdout, "Việc %d: đã mở lại.\n", ids[0])
		}
	case "set":
		ch, err := changeFromFlags(fs)
		if err != nil {
			return usageError(env, c, err.Error())
		}
		if err := tr.Correct(ctx, ids[0], ch); err != nil {
			return fail(err)
		}
		fmt.Fprintf(env.Stdout, "Việc %d: đã sửa.\n", ids[0])
	case "add":
		ch, err := changeFromFlags(fs)
		if err != nil {
			return usageError(env, c, err.Error())
		}
		nt := tracking.NewTask{CoAssignees: ch.CoAssignees}
		for dst, src := range map[*string]*string{&nt.Assignee: ch.Assignee, &nt.Action: ch.Action,
			&nt.Recurrence: ch.Recurrence, &nt.RecurrenceDue: ch.RecurrenceDue, &nt.Note: ch.Note} {
			if src != nil {
				*dst = *src
			}
		}
		if ch.Deadline != nil {
			nt.Deadline = *ch.Deadline
		}
		id, err := tr.Add(ctx, ids[0], nt)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(env.Stdout, "Đã thêm việc %d.\n", id)
	case "butphe":
		bp, err := tr.SetButPhe(ctx, ids[0], fs.args[1])
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(env.Stdout, "Bút phê: chủ trì %s; phối hợp %s; hạn %s.\n", orDash(bp.Lead),
			orDash(strings.Join(bp.Helpers, ", ")), dmy(bp.Deadline))
	case "reply":
		d, _, err := day("date")
		if err != nil {
			return usageError(env, c, err.Error())
		}
		if err := tr.LinkReply(ctx, ids[0], fs.args[1], d, ""); err != nil {
			return fail(err)
		}
		fmt.Fprintf(env.Stdout, "Văn bản #%d: đã trả lời bằng %s; việc theo dõi đã đóng.\n", ids[0], fs.args[1])
	}
	// Task states feed the search index's open/overdue filters.
	if _, err := lib.CatchUp(context.Background()); err != nil {
		fmt.Fprintf(env.Stderr, "vanthu task: chỉ mục tìm kiếm sẽ được cập nhật lần mở sau (%v)\n", err)
	}
	return ExitOK
}

// changeFromFlags reads the correction flags of "task set" and "task add".
func changeFromFlags(fs *flagSet) (tracking.Change, error) {
	var ch tracking.Change
	str := func(name string) *string {
		if v, ok := fs.values[name]; ok {
			return &v
		}
		return nil
	}
	ch.Assignee, ch.Action, ch.Note = str("assignee"), str("action"), str("note")
	if v, ok := fs.values["co"]; ok {
		ch.CoAssignees = []string{}
		for _, p := range strings.Split(v, ";") {
			if p = strings.TrimSpace(p); p != "" {
				ch.CoAssignees = append(ch.CoAssignees, p)
			}
		}
	}
	if v, ok := fs.values["deadline"]; ok {
		var d vndate.Date
		if v != "none" && v != "" {
			var err error
			if d, err = parseDay(v); err != nil {
				return ch, err
			}
		}
		ch.Deadline = &d
	}
	if v, ok := fs.values["recur"]; ok {
		if v == "none" {
			v = ""
		}
		ch.Recurrence = &v
		due := fs.values["due-day"]
		ch.RecurrenceDue = &due
	} else if v, ok := fs.values["due-day"]; ok {
		ch.RecurrenceDue = &v
	}
	return ch, nil
}
