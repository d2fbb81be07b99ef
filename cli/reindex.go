package cli

import (
	"fmt"

	"vanthu/index/library"
)

func init() {
	register(&Command{
		Name:    "reindex",
		Usage:   "reindex [--library DIR]",
		Summary: "lập lại chỉ mục tìm kiếm từ dữ liệu gốc của thư viện",
		Run:     runReindex,
	})
}

func runReindex(env *Env) int {
	c := commands["reindex"]
	fs, err := parseFlags(env.Args, nil, nil)
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) != 0 {
		return usageError(env, c, "lệnh này không nhận tham số")
	}
	ctx, stop := interruptible()
	defer stop()
	// The whole index is rebuilt anyway: no point catching up first.
	lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{SkipCatchUp: true})
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	var bar *progressBar
	if isTerminal(env.Stderr) {
		bar = &progressBar{w: env.Stderr}
	}
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
