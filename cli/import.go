package cli

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"sync"

	"vanthu/index/library"
)

func init() {
	register(&Command{
		Name:    "import",
		Usage:   "import [--library DIR] [--json] PATH...",
		Summary: "nhập tệp hoặc cả thư mục văn bản vào thư viện",
		Run:     runImport,
	})
}

func runImport(env *Env) int {
	c := commands["import"]
	fs, err := parseFlags(env.Args, nil, []string{"json"})
	if err != nil {
		return usageError(env, c, err.Error())
	}
	if len(fs.args) == 0 {
		return usageError(env, c, "thiếu tệp hoặc thư mục cần nhập")
	}
	ctx, stop := interruptible()
	defer stop()
	// The first Ctrl-C stops the import cleanly (what is stored stays); a
	// second one, once the handler is gone, ends the program at once.
	go func() {
		<-ctx.Done()
		stop()
	}()
	lib, ok := openLibrary(ctx, env, c.Name, fs, library.Options{})
	if !ok {
		return ExitBadInput
	}
	defer lib.Close()

	defer debug.SetMemoryLimit(debug.SetMemoryLimit(library.ImportMemoryLimit))

	var bar *progressBar
	if isTerminal(env.Stderr) {
		bar = &progressBar{w: env.Stderr}
	}
	var barMu sync.Mutex // pages of scans are reported from the reading goroutines
	done, total := 0, 0
	results, err := lib.Import(ctx, fs.args, library.ImportOptions{Progress: func(p library.Progress) {
		barMu.Lock()
		defer barMu.Unlock()
		done, total = p.Done, p.Total
		if bar != nil {
			bar.show(p.Done, p.Total, p.File)
		}
	}, PageProgress: func(file string, page, pages int) {
		barMu.Lock()
		defer barMu.Unlock()
		if bar != nil {
			bar.show(done, total, fmt.Sprintf("OCR trang %d/%d %s", page, pages, file))
		}
	}})
	bar.clear()

	code := ExitOK
	var imported, dups, failed int
	for _, r := range results {
		switch r.Status {
		case library.Imported:
			imported++
		case library.Duplicate:
			dups++
		case library.Failed:
			failed++
			code = ExitBadInput
		}
	}
	if fs.set["json"] {
		if werr := writeJSON(env.Stdout, results); werr != nil {
			code = ExitBadInput
		}
	} else {
		for _, r := range results {
			printImportResult(env.Stdout, r)
		}
		fmt.Fprintf(env.Stdout, "Đã nhập %d văn bản, %d đã có sẵn, %d lỗi.\n", imported, dups, failed)
	}
	if err != nil {
		printErr(env, c.Name, err)
		code = ExitBadInput
	}
	return code
}

func printImportResult(w io.Writer, r library.FileResult) {
	switch r.Status {
	case library.Imported:
		what := fmt.Sprintf("mã %d", r.DocID)
		if r.Number != "" {
			what += ", số " + r.Number
		}
		if r.Message != "" {
			what += "; " + r.Message // a scan kept without text, or read by OCR
		}
		fmt.Fprintf(w, "đã nhập  %s (%s)\n", r.Path, what)
	case library.Duplicate:
		fmt.Fprintf(w, "đã có    %s: %s\n", r.Path, r.Message)
	default:
		fmt.Fprintf(w, "lỗi      %s: %s\n", r.Path, r.Message)
	}
}

// progressBar draws one self-overwriting line on a terminal.
type progressBar struct {
	w     io.Writer
	drawn bool
}

func (b *progressBar) show(done, total int, file string) {
	const width = 30
	filled := 0
	if total > 0 {
		filled = done * width / total
	}
	name := []rune(file)
	if len(name) > 40 {
		name = append([]rune("…"), name[len(name)-39:]...)
	}
	fmt.Fprintf(b.w, "\r[%s%s] %d/%d %-40s", strings.Repeat("#", filled), strings.Repeat(" ", width-filled),
		done, total, string(name))
	b.drawn = true
}

func (b *progressBar) clear() {
	if b != nil && b.drawn {
		fmt.Fprintf(b.w, "\r%s\r", strings.Repeat(" ", 90))
	}
}
