package cli

import (
	"errors"
	"fmt"

	"vanthu/index/library"
)

func init() {
	register(&Command{
		Name:    "backup",
		Usage:   "backup [--library DIR] FILE",
		Summary: "sao lưu cả thư viện vào một tệp .zip",
		Run:     runBackup,
	})
	register(&Command{
		Name:    "restore",
		Usage:   "restore [--library DIR] [--force] FILE",
		Summary: "khôi phục thư viện từ tệp sao lưu (vào thư mục trống, hoặc ghi đè với --force)",
		Run:     runRestore,
	})
}

func runBackup(env *Env) int {
	c := commands["backup"]
	fs, err := parseFlags(env.Args, nil, nil)
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) != 1 {
		return usageError(env, c, "cần đúng một tệp sao lưu")
	}
	ctx, stop := interruptible()
	defer stop()
	lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{SkipCatchUp: true})
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()
	if err := lib.Backup(ctx, fs.args[0]); err != nil {
		fmt.Fprintf(env.Stderr, "vanthu backup: %v\n", err)
		return ExitBadInput
	}
	n, _ := lib.Store().Count(ctx)
	fmt.Fprintf(env.Stdout, "Đã sao lưu %d văn bản vào %s.\n", n, fs.args[0])
	return ExitOK
}

func runRestore(env *Env) int {
	c := commands["restore"]
	fs, err := parseFlags(env.Args, nil, []string{"force"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) != 1 {
		return usageError(env, c, "cần đúng một tệp sao lưu")
	}
	dir, err := fs.libraryDir()
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu restore: %v\n", err)
		return ExitBadInput
	}
	ctx, stop := interruptible()
	defer stop()
	lib, err := library.Restore(ctx, fs.args[0], dir, fs.set["force"])
	if errors.Is(err, library.ErrNotEmpty) {
		fmt.Fprintf(env.Stderr, "vanthu restore: %s: %v\n", dir, err)
		return ExitBadInput
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "vanthu restore: %v\n", err)
		return ExitBadInput
	}
	defer lib.Close()
	n, _ := lib.Store().Count(ctx)
	fmt.Fprintf(env.Stdout, "Đã khôi phục %d văn bản vào %s.\n", n, lib.Dir())
	return ExitOK
}
