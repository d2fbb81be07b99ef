package cli

import (
	"context"
	"fmt"

	"vanthu/index/library"
)

func init() {
	register(&Command{
		Name:  "reindex",
		Usage: "reindex [--library DIR] [--from-originals]",
		Summary: "lập lại chỉ mục tìm kiếm từ dữ liệu gốc của thư viện; với --from-originals lập lại cả cơ sở dữ liệu " +
			"từ các bản gốc (khi vanthu.db bị mất hoặc hỏng)",
		Run: runReindex,
	})
}

func runReindex(env *Env) int {
	c := commands["reindex"]
	fs, err := parseFlags(env.Args, nil, []string{"from-originals"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) != 0 {
		return usageError(env, c, "lệnh này không nhận tham số")
	}
	ctx, stop := interruptible()
	defer stop()
	var bar *progressBar
	if isTerminal(env.Stderr) {
		bar = &progressBar{w: env.Stderr}
	}
	if fs.set["from-originals"] {
		return rebuildFromOriginals(ctx, env, c, fs, bar)
	}
	// The whole index is rebuilt anyway: no point catching up first.
	lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{SkipCatchUp: true})
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	total := 0
	err = lib.Reindex(ctx, func(done, n int) {
		total = n
		if bar != nil {
			bar.show(done, n, "")
		}
	})
	bar.clear()
	if err != nil {
		printErr(env, c.Name, err)
		return ExitBadInput
	}
	fmt.Fprintf(env.Stdout, "Đã lập lại chỉ mục cho %d văn bản.\n", total)
	return ExitOK
}

func rebuildFromOriginals(ctx context.Context, env *Env, c *Command, fs *flagSet, bar *progressBar) int {
	dir, err := fs.libraryDir()
	if err != nil {
		printErr(env, c.Name, err)
		return ExitBadInput
	}
	lib, rep, err := library.RebuildFromOriginals(ctx, dir, library.ImportOptions{Progress: func(p library.Progress) {
		if bar != nil {
			bar.show(p.Done, p.Total, p.File)
		}
	}})
	bar.clear()
	if lib != nil {
		defer lib.Close()
	}
	if rep == nil {
		printErr(env, c.Name, err)
		return ExitBadInput
	}
	code := ExitOK
	var stored, failed int
	for _, r := range rep.Results {
		switch r.Status {
		case library.Imported:
			stored++
		case library.Failed:
			failed++
			code = ExitBadInput
			printImportResult(env.Stdout, r)
		}
	}
	for _, p := range rep.Damaged {
		fmt.Fprintf(env.Stdout, "lỗi      %s: bản gốc đã bị thay đổi (mã băm không khớp), không dùng; hãy nhập lại tệp gốc\n", p)
		code = ExitBadInput
	}
	fmt.Fprintf(env.Stdout, "Đã lập lại cơ sở dữ liệu từ %d bản gốc (%d lỗi, %d bản gốc hỏng).\n", stored, failed, len(rep.Damaged))
	if rep.Aside != "" {
		fmt.Fprintf(env.Stdout, "Cơ sở dữ liệu cũ được giữ ở %s.\n", rep.Aside)
	}
	fmt.Fprintln(env.Stdout, "Lưu ý: tên tệp lúc nhập, các chỉnh sửa tay và trạng thái nhiệm vụ chỉ có trong cơ sở dữ liệu cũ, "+
		"nên không lập lại được; nếu có bản sao lưu, hãy dùng vanthu restore.")
	if err != nil {
		printErr(env, c.Name, err)
		code = ExitBadInput
	}
	return code
}
