package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"vanthu/index/export"
	"vanthu/index/registers"
	"vanthu/index/tracking"
)

func init() {
	register(&Command{
		Name:    "export",
		Usage:   "export ics|json|tasks FILE [--unit NAME]",
		Summary: "xuất hạn xử lý ra lịch .ics, văn bản ra JSON (tên trường Phụ lục VI), danh sách việc ra .xlsx",
		Run:     runExport,
	})
	register(&Command{
		Name:    "report",
		Usage:   "report month YYYY-MM [--xlsx FILE] [--json]",
		Summary: "báo cáo tình hình giải quyết văn bản đến trong tháng, theo đơn vị",
		Run:     runReport,
	})
}

func office(tr *tracking.Tracker) export.Office {
	s := tr.Settings()
	return export.Office{Parent: s.ParentBody, Unit: s.Unit}
}

// writeFileAtomic writes through a temporary file in the same folder, so a
// failed export never leaves half a file where a good one was.
func writeFileAtomic(path string, write func(f *os.File) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".vanthu-*"+filepath.Ext(path))
	if err != nil {
		return fmt.Errorf("không ghi được %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func writeXLSX(path string, tables ...export.Table) error {
	tmp := filepath.Join(filepath.Dir(path), ".vanthu-"+strconv.FormatInt(time.Now().UnixNano(), 36)+".xlsx")
	if err := export.WriteXLSX(tmp, tables...); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("không ghi được %s: %w", path, err)
	}
	return nil
}

// writeRegisterXLSX prints a register of a year to an .xlsx file.
func writeRegisterXLSX(path, book string, year int, entries []registers.Entry, fus []registers.FollowUp,
	tr *tracking.Tracker) error {
	o := office(tr)
	switch book {
	case registers.Incoming:
		return writeXLSX(path, export.IncomingTable(o, year, entries))
	case registers.Outgoing:
		return writeXLSX(path, export.OutgoingTable(o, year, entries))
	}
	return writeXLSX(path, export.FollowUpTable(o, year, fus))
}

func runExport(env *Env) int {
	c := commands["export"]
	fs, err := parseFlags(env.Args, []string{"unit", "today"}, nil)
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) != 2 {
		return usageError(env, c, "cần loại (ics, json, tasks) và tên tệp")
	}
	kind, path := fs.args[0], fs.args[1]
	if kind != "ics" && kind != "json" && kind != "tasks" {
		return usageError(env, c, fmt.Sprintf("không có kiểu xuất %q (ics, json, tasks)", kind))
	}
	ctx, stop := interruptible()
	defer stop()
	lib, tr, ok := openTracker(ctx, env, c, fs)
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	fail := func(err error) int {
		fmt.Fprintf(env.Stderr, "vanthu export %s: %v\n", kind, err)
		return ExitBadInput
	}
	switch kind {
	case "ics", "tasks":
		items, err := tr.List(ctx, tracking.Query{Unit: fs.values["unit"]})
		if err != nil {
			return fail(err)
		}
		if kind == "tasks" {
			if err := writeXLSX(path, export.TasksTable(office(tr), tr.Today(), items)); err != nil {
				return fail(err)
			}
			fmt.Fprintf(env.Stdout, "Đã ghi %s (%d việc).\n", path, len(items))
			return ExitOK
		}
		err = writeFileAtomic(path, func(f *os.File) error {
			return export.WriteICS(f, items, export.ICSOptions{ReminderDays: tr.Settings().ReminderDays})
		})
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(env.Stdout, "Đã ghi %s: hạn của %d việc (nhập vào Outlook, Thunderbird; xuất lại sẽ cập nhật, không nhân đôi).\n",
			path, len(items))
	case "json":
		recs, err := export.Records(ctx, lib.Store(), registers.New(lib.Store(), tr.Who()), tr)
		if err != nil {
			return fail(err)
		}
		if err := writeFileAtomic(path, func(f *os.File) error { return export.WriteJSON(f, recs) }); err != nil {
			return fail(err)
		}
		fmt.Fprintf(env.Stdout, "Đã ghi %s (%d văn bản).\n", path, len(recs))
	}
	return ExitOK
}

func runReport(env *Env) int {
	c := commands["report"]
	fs, err := parseFlags(env.Args, []string{"xlsx", "today"}, []string{"json"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) != 2 || fs.args[0] != "month" {
		return usageError(env, c, "report month YYYY-MM")
	}
	ys, ms, ok := strings.Cut(fs.args[1], "-")
	year, err1 := strconv.Atoi(ys)
	month, err2 := strconv.Atoi(ms)
	if !ok || err1 != nil || err2 != nil || month < 1 || month > 12 || year < 1900 || year > 2200 {
		return usageError(env, c, fmt.Sprintf("tháng %q không hợp lệ (viết YYYY-MM, như 2024-03)", fs.args[1]))
	}
	ctx, stop := interruptible()
	defer stop()
	lib, tr, ok := openTracker(ctx, env, c, fs)
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	rep, err := registers.New(lib.Store(), tr.Who()).Month(ctx, year, month, tr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu report: %v\n", err)
		return ExitBadInput
	}
	if x := fs.values["xlsx"]; x != "" {
		if err := writeXLSX(x, export.MonthTable(office(tr), rep)...); err != nil {
			fmt.Fprintf(env.Stderr, "vanthu report: %v\n", err)
			return ExitBadInput
		}
		fmt.Fprintf(env.Stdout, "Đã ghi %s.\n", x)
		return ExitOK
	}
	if fs.set["json"] {
		return jsonOut(env, rep)
	}
	fmt.Fprintf(env.Stdout, "TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN — tháng %02d/%d (đến ngày %s)\n", month, year, dmy(rep.AsOf))
	fmt.Fprintf(env.Stdout, "%-34s %6s %8s %8s %10s %8s\n", "Đơn vị", "Nhận", "Đúng hạn", "Trễ hạn", "Đang làm", "Quá hạn")
	for _, u := range append(rep.Units, rep.Total) {
		fmt.Fprintf(env.Stdout, "%-34s %6d %8d %8d %10d %8d\n", u.Unit, u.Received, u.OnTime, u.Late, u.OpenInTime, u.OpenOverdue)
	}
	return ExitOK
}

// runRegisterImport imports an old register from Excel.
func runRegisterImport(env *Env, c *Command, fs *flagSet, regs *registers.Registers, _ int) int {
	if len(fs.args) != 1 {
		return usageError(env, c, "register import FILE.xlsx")
	}
	o := registers.ImportOptions{DryRun: fs.set["dry-run"]}
	switch b := fs.values["book"]; b {
	case "":
	case "den", "di":
		o.Book = b
	default:
		return usageError(env, c, fmt.Sprintf("--book %q: den hoặc di", b))
	}
	m, err := registers.ParseMapping(fs.values["map"])
	if err != nil {
		return usageError(env, c, err.Error())
	}
	o.Mapping = m
	ctx, stop := interruptible()
	defer stop()
	res, err := regs.ImportXLSX(ctx, fs.args[0], o)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu register import: %v\n", err)
		return ExitBadInput
	}
	if fs.set["json"] {
		return jsonOut(env, res)
	}
	fmt.Fprintf(env.Stdout, "Trang «%s», dòng tiêu đề %d, sổ %s. Các cột:\n", res.Sheet, res.HeaderRow, registers.BookName(res.Book))
	for _, col := range res.Columns {
		field := col.Field
		if field == "" {
			field = "(bỏ qua)"
		}
		fmt.Fprintf(env.Stdout, "  %-3s %-40s → %s\n", col.Column, col.Header, field)
	}
	verb := "Đã nhập"
	if o.DryRun {
		verb = "Sẽ nhập (chạy thử, chưa ghi gì)"
	}
	fmt.Fprintf(env.Stdout, "%s %d dòng.\n", verb, res.Imported)
	if len(res.Problems) > 0 {
		fmt.Fprintf(env.Stdout, "%d dòng không nhập được:\n", len(res.Problems))
		for _, p := range res.Problems {
			fmt.Fprintf(env.Stdout, "  %s\n", p)
		}
		return ExitBadInput
	}
	return ExitOK
}
