package cli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"vanthu/index/registers"
	"vanthu/index/tracking"
)

func init() {
	register(&Command{
		Name:    "register",
		Usage:   "register den|di|theodoi|add|out|next|import …",
		Summary: "sổ đăng ký văn bản đến, đi và sổ theo dõi giải quyết; vào sổ, lấy số, in ra Excel",
		Run:     runRegister,
	})
}

const registerHelp = `Các lệnh con:
  register den|di|theodoi --year YYYY [--xlsx FILE] [--json]   xem sổ một năm (--xlsx: bản in A4 ngang)
  register add DOC-ID [--arrival NGÀY] [--to ĐƠN-VỊ] [--note X] [--force]
                                       vào sổ văn bản đến: số đến kế tiếp của năm
  register out --symbol KÝ-HIỆU [--type QĐ] [--date NGÀY] [--subject X] [--signer X] [--to NƠI-NHẬN]
               [--copies N] [--secret] [--doc DOC-ID] [--answers DOC-ID]
                                       vào sổ văn bản đi: số kế tiếp của năm theo loại; --answers đóng việc
                                       theo dõi của văn bản đến được trả lời
  register next den|di [--year YYYY] [--type QĐ] [--secret]     số kế tiếp (chưa lấy)
  register import FILE.xlsx [--book den|di] [--year YYYY] [--map "Cột=trường,…"] [--dry-run]
                                       nhập sổ cũ từ Excel`

func runRegister(env *Env) int {
	c := commands["register"]
	if len(env.Args) == 0 {
		fmt.Fprintln(env.Stderr, registerHelp)
		return ExitUsage
	}
	sub := env.Args[0]
	fs, err := parseFlags(env.Args[1:], []string{"year", "xlsx", "arrival", "to", "note", "symbol", "type", "date",
		"subject", "signer", "copies", "doc", "answers", "today", "book", "map"},
		[]string{"json", "force", "secret", "dry-run"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	switch sub {
	case "den", "di", "theodoi", "add", "out", "next", "import":
	default:
		fmt.Fprintf(env.Stderr, "vanthu register: không có lệnh con %q\n%s\n", sub, registerHelp)
		return ExitUsage
	}
	ctx, stop := interruptible()
	defer stop()
	lib, tr, ok := openTracker(ctx, env, c, fs)
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	regs := registers.New(lib.Store(), tr.Who())
	year := tr.Today().Year
	if v := fs.values["year"]; v != "" {
		if year, err = strconv.Atoi(v); err != nil || year < 1900 || year > 2200 {
			return usageError(env, c, fmt.Sprintf("năm %q không hợp lệ", v))
		}
	}
	fail := func(err error) int {
		fmt.Fprintf(env.Stderr, "vanthu register %s: %v\n", sub, err)
		return ExitBadInput
	}
	docArg := func(name, v string) (int64, bool) {
		id, ok := parseID(v)
		if !ok {
			usageError(env, c, fmt.Sprintf("%s %q không hợp lệ (là một số, như trong kết quả tìm kiếm)", name, v))
			return 0, false
		}
		return id, true
	}
	switch sub {
	case "den", "di":
		book := map[string]string{"den": registers.Incoming, "di": registers.Outgoing}[sub]
		entries, err := regs.List(ctx, book, year)
		if err != nil {
			return fail(err)
		}
		if x := fs.values["xlsx"]; x != "" {
			if err := writeRegisterXLSX(x, book, year, entries, nil, tr); err != nil {
				return fail(err)
			}
			fmt.Fprintf(env.Stdout, "Đã ghi %s (%d dòng).\n", x, len(entries))
			return ExitOK
		}
		if fs.set["json"] {
			if entries == nil {
				entries = []registers.Entry{}
			}
			return jsonOut(env, entries)
		}
		printEntries(env.Stdout, book, year, entries)
	case "theodoi":
		fus, err := regs.FollowUps(ctx, year, tr)
		if err != nil {
			return fail(err)
		}
		if x := fs.values["xlsx"]; x != "" {
			if err := writeRegisterXLSX(x, "theodoi", year, nil, fus, tr); err != nil {
				return fail(err)
			}
			fmt.Fprintf(env.Stdout, "Đã ghi %s (%d dòng).\n", x, len(fus))
			return ExitOK
		}
		if fs.set["json"] {
			return jsonOut(env, fus)
		}
		fmt.Fprintf(env.Stdout, "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN — năm %d (%d văn bản)\n", year, len(fus))
		for _, f := range fus {
			fmt.Fprintf(env.Stdout, "%4d  %s %s (%s) — %s\n      nhận: %s; hạn %s%s; %s; trả lời: %s\n", f.Number,
				orDash(f.DocNumber), dmy(f.DocDate), orDash(f.Issuer), f.Subject, orDash(f.Lead), dmy(f.Deadline),
				fromNote(f.DeadlineFrom), f.Progress, orDash(f.ReplyNumber))
		}
	case "add":
		if len(fs.args) != 1 {
			return usageError(env, c, "cần đúng một mã văn bản")
		}
		id, ok := docArg("mã văn bản", fs.args[0])
		if !ok {
			return ExitUsage
		}
		in := registers.In{Recipient: fs.values["to"], Note: fs.values["note"], AllowDuplicate: fs.set["force"]}
		if v := fs.values["arrival"]; v != "" {
			if in.Arrival, err = parseDay(v); err != nil {
				return usageError(env, c, err.Error())
			}
		}
		e, err := regs.RegisterIncoming(ctx, id, in, tr.Today())
		var dup *registers.DuplicateError
		if errors.As(err, &dup) {
			fmt.Fprintf(env.Stderr, "vanthu register add: cảnh báo trùng: %v. Thêm --force nếu đúng là văn bản khác.\n", err)
			return ExitBadInput
		}
		if err != nil {
			return fail(err)
		}
		series := ""
		if e.Series != "" {
			series = " (sổ " + e.Series + ")"
		}
		fmt.Fprintf(env.Stdout, "Văn bản #%d vào sổ văn bản đến năm %d: số đến %d%s, ngày đến %s.\n", id, e.Year,
			e.Number, series, dmy(e.EntryDate))
	case "out":
		o := registers.Out{Type: fs.values["type"], Symbol: fs.values["symbol"], Subject: fs.values["subject"],
			Signer: fs.values["signer"], Recipients: fs.values["to"], Note: fs.values["note"]}
		if fs.set["secret"] {
			o.Secrecy = "Mật"
		}
		if v := fs.values["date"]; v != "" {
			if o.Date, err = parseDay(v); err != nil {
				return usageError(env, c, err.Error())
			}
		}
		if v := fs.values["copies"]; v != "" {
			if o.Copies, err = strconv.Atoi(v); err != nil || o.Copies < 0 {
				return usageError(env, c, fmt.Sprintf("số bản %q không hợp lệ", v))
			}
		}
		for name, dst := range map[string]*int64{"doc": &o.DocumentID, "answers": &o.AnswersDocID} {
			if v := fs.values[name]; v != "" {
				if *dst, ok = docArg("mã văn bản", v); !ok {
					return ExitUsage
				}
			}
		}
		e, err := regs.RegisterOutgoing(ctx, o, tr.Today())
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(env.Stdout, "Vào sổ văn bản đi năm %d: Số: %s, ngày %s.\n", e.Year, e.DocNumber, dmy(e.EntryDate))
		if e.AnswersDoc != 0 {
			fmt.Fprintf(env.Stdout, "Văn bản #%d đã được trả lời; việc theo dõi đã đóng.\n", e.AnswersDoc)
		}
	case "next":
		if len(fs.args) != 1 || (fs.args[0] != "den" && fs.args[0] != "di") {
			return usageError(env, c, "register next den|di")
		}
		secrecy := ""
		if fs.set["secret"] {
			secrecy = "Mật"
		}
		book, series := registers.Incoming, registers.IncomingSeries(secrecy)
		if fs.args[0] == "di" {
			book, series = registers.Outgoing, registers.OutgoingSeries(fs.values["type"], secrecy)
		}
		n, err := regs.NextNumber(ctx, book, year, series)
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(env.Stdout, "%d\n", n)
	case "import":
		return runRegisterImport(env, c, fs, regs, year)
	}
	if sub == "add" || sub == "out" {
		if _, err := lib.CatchUp(ctx); err != nil {
			fmt.Fprintf(env.Stderr, "vanthu register: chỉ mục tìm kiếm sẽ được cập nhật lần mở sau (%v)\n", err)
		}
	}
	return ExitOK
}

func fromNote(from string) string {
	if from == "" || from == tracking.FromDocument {
		return ""
	}
	return " (" + from + ")"
}

func jsonOut(env *Env, v any) int {
	if writeJSON(env.Stdout, v) != nil {
		return ExitBadInput
	}
	return ExitOK
}

func printEntries(w io.Writer, book string, year int, entries []registers.Entry) {
	fmt.Fprintf(w, "SỔ ĐĂNG KÝ VĂN BẢN %s — năm %d (%d văn bản)\n", strings.ToUpper(registers.BookName(book)[len("văn bản "):]),
		year, len(entries))
	for _, e := range entries {
		series := ""
		if e.Series != "" && book == registers.Incoming {
			series = " [" + e.Series + "]"
		}
		if book == registers.Incoming {
			fmt.Fprintf(w, "%4d%s  đến %s  %s %s (%s) — %s → %s\n", e.Number, series, dmy(e.EntryDate), orDash(e.DocNumber),
				dmy(e.DocDate), orDash(e.Issuer), e.Subject, orDash(e.Recipient))
		} else {
			fmt.Fprintf(w, "%-16s %s  %s — ký: %s; nơi nhận: %s\n", e.DocNumber, dmy(e.EntryDate), e.Subject,
				orDash(e.Signer), orDash(e.Recipient))
		}
	}
}
