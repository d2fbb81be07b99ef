package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"vanthu/docs/draft/check"
	"vanthu/index/drafting"
	"vanthu/index/library"
)

func init() {
	register(&Command{
		Name:    "check-draft",
		Usage:   "check-draft [--library DIR] [--json] FILE.docx",
		Summary: "soát bản thảo trước khi ký theo Nghị định 30 (số, ngày, Quốc hiệu, Kính gửi, Nơi nhận, lề, phông, văn bản hết hiệu lực, chỗ chưa điền); không sửa tệp",
		Run:     runCheckDraft,
	})
}

// maxDraft bounds the file read (a letter is a few hundred KB at most).
const maxDraft = 64 << 20

func runCheckDraft(env *Env) int {
	c := commands["check-draft"]
	fs, err := parseFlags(env.Args, nil, []string{"json"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) != 1 {
		return usageError(env, c, "cần đúng một tệp .docx")
	}
	file := fs.args[0]
	fi, err := os.Stat(file)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu check-draft: %s: không mở được tệp (%v)\n", file, err)
		return ExitBadInput
	}
	if fi.Size() > maxDraft {
		fmt.Fprintf(env.Stderr, "vanthu check-draft: %s: tệp quá lớn cho một bản thảo\n", file)
		return ExitBadInput
	}
	data, err := os.ReadFile(file) // read only: the draft is never changed
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu check-draft: %s: không đọc được (%v)\n", file, err)
		return ExitBadInput
	}
	ctx, stop := interruptible()
	defer stop()
	var lookup check.Lookup
	if dir, err := fs.libraryDir(); err == nil && exists(filepath.Join(dir, "vanthu.db")) {
		lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{})
		if !ok {
			return ExitBadInput
		}
		defer lib.Close()
		lookup = drafting.Superseded{Lib: lib}
	}
	res, err := check.File(ctx, data, lookup)
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu check-draft: %s: %v\n", file, err)
		return ExitBadInput
	}
	if fs.set["json"] {
		if err := writeJSON(env.Stdout, res.Findings); err != nil {
			return ExitBadInput
		}
	} else {
		for _, f := range res.Findings {
			where := "toàn văn bản"
			if f.Para >= 0 {
				where = fmt.Sprintf("đoạn %d «%s»", f.Para+1, f.Excerpt)
			}
			fmt.Fprintf(env.Stdout, "[%s] %s — %s\n", f.Severity, f.Message, where)
		}
		if lookup == nil {
			fmt.Fprintln(env.Stdout, "(không có thư viện: chưa soát văn bản dẫn chiếu đã bị thay thế, bãi bỏ)")
		}
		fmt.Fprintf(env.Stdout, "%s: %d lỗi, %d lưu ý.\n", file, res.Errors(), len(res.Findings)-res.Errors())
	}
	if res.Errors() > 0 {
		return ExitBadInput
	}
	return ExitOK
}
