package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"vanthu/docs/draft/template"
	"vanthu/docs/vndate"
	"vanthu/index/drafting"
	"vanthu/index/library"
	"vanthu/index/registers"
)

func init() {
	register(&Command{
		Name:    "draft",
		Usage:   "draft --template NAME --from ID|FILE [--unit NAME] [--set KEY=VALUE]... [--date DATE] [--issue] [--force] -o OUT.docx",
		Summary: "soạn văn bản trả lời, kế hoạch, báo cáo từ mẫu, điền sẵn từ văn bản nguồn và Cài đặt",
		Run:     runDraft,
	})
}

func runDraft(env *Env) int {
	c := commands["draft"]
	// --set may repeat: take those out before the shared flag parser.
	overrides := map[string]string{}
	var rest []string
	for i := 0; i < len(env.Args); i++ {
		a := env.Args[i]
		var kv string
		switch {
		case a == "--set" && i+1 < len(env.Args):
			i++
			kv = env.Args[i]
		case strings.HasPrefix(a, "--set="):
			kv = strings.TrimPrefix(a, "--set=")
		default:
			rest = append(rest, a)
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return usageError(env, c, fmt.Sprintf("--set cần dạng KHÓA=GIÁ_TRỊ, không phải %q", kv))
		}
		overrides[k] = strings.ReplaceAll(v, `\n`, "\n")
	}
	fs, err := parseFlags(rest, []string{"template", "from", "unit", "o", "output", "date"}, []string{"force", "json", "issue"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	out := fs.values["o"]
	if out == "" {
		out = fs.values["output"]
	}
	name := fs.values["template"]
	switch {
	case len(fs.args) > 0:
		return usageError(env, c, fmt.Sprintf("thừa tham số %q", fs.args[0]))
	case name == "":
		return usageError(env, c, "thiếu --template (gõ \"vanthu templates\" để xem các mẫu)")
	case out == "":
		return usageError(env, c, "thiếu -o TỆP_RA.docx")
	case !strings.EqualFold(filepath.Ext(out), ".docx"):
		return usageError(env, c, "tệp ra phải có đuôi .docx")
	}
	today := vndate.Date{}
	if d := fs.values["date"]; d != "" {
		t, err := parseDateArg(d)
		if err != nil {
			return usageError(env, c, err.Error())
		}
		today = vndate.FromTime(t)
	}
	if _, err := os.Stat(out); err == nil && !fs.set["force"] {
		fmt.Fprintf(env.Stderr, "vanthu draft: %s đã có; không ghi đè (thêm --force nếu muốn thay)\n", out)
		return ExitBadInput
	}

	ctx, stop := interruptible()
	defer stop()
	from := fs.values["from"]
	id, fromLibrary := docID(from)
	// The library gives the settings and the user's templates; it is opened
	// only when it exists or the source is in it, never created by a draft.
	var lib *library.Library
	if dir, err := fs.libraryDir(); err == nil && (fromLibrary || exists(filepath.Join(dir, "vanthu.db"))) {
		var ok bool
		if lib, ok = openLibrary(ctx, env, c.Name, fs, library.Options{}); !ok {
			return ExitBadInput
		}
		defer lib.Close()
	}
	req := drafting.Request{Template: name, Lib: lib, Unit: fs.values["unit"], Today: today}
	if fromLibrary {
		req.DocID = id
	} else {
		req.File = from
	}
	d, err := drafting.Prepare(ctx, req)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu draft: %v\n", err)
		return ExitBadInput
	}
	// --issue: the văn thư's act at issue: the next outgoing number is taken
	// from the register and the draft linked to the document it answers.
	var issued *registers.Entry
	if fs.set["issue"] {
		if lib == nil {
			fmt.Fprintln(env.Stderr, "vanthu draft: --issue cần một thư viện có sổ văn bản đi (--library THƯ_MỤC)")
			return ExitBadInput
		}
		day := today
		if day.IsZero() {
			day = lib.Today()
		}
		regs := registers.New(lib.Store(), lib.Clerk(ctx))
		if issued, err = drafting.Issue(ctx, regs, d, req.DocID, overrides, day); err != nil {
			fmt.Fprintf(env.Stderr, "vanthu draft: %v\n", err)
			return ExitBadInput
		}
	}
	res, entry := d.Prefill, d.Entry
	data, rep, err := d.Render(overrides)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu draft: %v\n", err)
		return ExitBadInput
	}
	if err := drafting.WriteFile(out, data); err != nil {
		fmt.Fprintf(env.Stderr, "vanthu draft: không ghi được %s (%v)\n", out, err)
		return ExitBadInput
	}
	if fs.set["json"] {
		return jsonOr(env, map[string]any{"output": out, "template": entry.Name, "unfilled": rep.Unfilled,
			"problems": rep.Problems, "notes": res.Notes, "tasks": len(res.Tasks), "deadline": res.Deadline})
	}
	fmt.Fprintf(env.Stdout, "Đã soạn %s từ mẫu %s", out, entry.Name)
	if len(res.Tasks) > 0 {
		fmt.Fprintf(env.Stdout, " (%d nhiệm vụ của đơn vị", len(res.Tasks))
		if !res.Deadline.IsZero() {
			fmt.Fprintf(env.Stdout, ", hạn %02d/%02d/%04d", res.Deadline.Day, res.Deadline.Month, res.Deadline.Year)
		}
		fmt.Fprint(env.Stdout, ")")
	}
	fmt.Fprintln(env.Stdout, ".")
	if issued != nil {
		fmt.Fprintf(env.Stdout, "  Đã vào sổ văn bản đi: số %s ngày %s", issued.DocNumber, issued.DocDate.Short())
		if req.DocID != 0 {
			fmt.Fprintf(env.Stdout, ", trả lời văn bản mã %d (đã đóng theo dõi)", req.DocID)
		}
		fmt.Fprintln(env.Stdout, ".")
	}
	for _, n := range res.Notes {
		fmt.Fprintf(env.Stdout, "  Lưu ý: %s\n", n)
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(env.Stdout, "  Lỗi mẫu: %s\n", p)
	}
	if len(rep.Unfilled) > 0 {
		fmt.Fprintf(env.Stdout, "  Còn %d chỗ chưa điền: %s\n", len(rep.Unfilled), unfilledNames(rep.Unfilled))
	}
	return ExitOK
}

func jsonOr(env *Env, v any) int {
	if err := writeJSON(env.Stdout, v); err != nil {
		return ExitBadInput
	}
	return ExitOK
}

func unfilledNames(us []template.Unfilled) string {
	var names []string
	seen := map[string]bool{}
	for _, u := range us {
		if !seen[u.Name] {
			seen[u.Name] = true
			names = append(names, "{{"+u.Name+"}}")
		}
	}
	return strings.Join(names, ", ")
}

// docID tells a library document ("12", "#12") from a file name.
func docID(s string) (int64, bool) {
	if _, err := os.Stat(s); err == nil {
		return 0, false // a file of that name wins
	}
	return parseID(s)
}

func exists(p string) bool { _, err := os.Stat(p); return err == nil }
