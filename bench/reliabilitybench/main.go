// Command reliabilitybench measures what the library's safety nets cost on
// real texts: opening with and without the record of checked index files,
// check and check --deep, a backup that reads itself back, a restore that
// verifies before it swaps, and the rebuild of the store from originals.
//
//	go run ./bench/reliabilitybench -corpus ../shared/corpus/legal
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"vanthu/index/library"
	"vanthu/index/search"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/legal", "folder of documents to import")
	flag.Parse()
	if err := run(*corpus); err != nil {
		fmt.Fprintln(os.Stderr, "reliabilitybench:", err)
		os.Exit(1)
	}
}

// step times one piece of work and prints a row.
func step(name string, fn func() (string, error)) error {
	start := time.Now()
	note, err := fn()
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	fmt.Printf("%-42s %9.2f s   %s\n", name, time.Since(start).Seconds(), note)
	return nil
}

func run(corpus string) error {
	ctx := context.Background()
	tmp, err := os.MkdirTemp("", "reliabilitybench-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	dir := filepath.Join(tmp, "lib")
	debug.SetMemoryLimit(library.ImportMemoryLimit) // as the import command does

	var lib *library.Library
	open := func(opts library.Options) (string, error) {
		var err error
		lib, err = library.Open(ctx, dir, opts)
		return "", err
	}
	if err := step("import", func() (string, error) {
		if _, err := open(library.Options{}); err != nil {
			return "", err
		}
		rs, err := lib.Import(ctx, []string{corpus}, library.ImportOptions{})
		return fmt.Sprintf("%d files, library %s", len(rs), size(dir)), err
	}); err != nil {
		return err
	}
	lib.Close()

	os.Remove(filepath.Join(dir, "index", "vanthu-verified.json"))
	steps := []struct {
		name string
		fn   func() (string, error)
	}{
		{"open, every index file's CRC checked", func() (string, error) {
			_, err := open(library.Options{MustExist: true})
			if err == nil {
				lib.Close()
			}
			return "index " + size(filepath.Join(dir, "index")), err
		}},
		{"open, files already checked", func() (string, error) { return open(library.Options{MustExist: true}) }},
		{"check", func() (string, error) { r, err := lib.Check(ctx); return problems(r), err }},
		{"check --deep", func() (string, error) {
			r, err := lib.CheckDeep(ctx)
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("%d documents read back, %d words looked up; %s", r.IndexDocuments, r.SampledWords, problems(r)), nil
		}},
		{"backup (written, read back, verified)", func() (string, error) {
			rep, err := lib.Backup(ctx, filepath.Join(tmp, "b.zip"))
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("%d documents, archive %.1f MB", rep.Documents, float64(rep.Bytes)/(1<<20)), nil
		}},
		{"restore into an empty folder (+ index)", func() (string, error) {
			lib.Close()
			l, err := library.Restore(ctx, filepath.Join(tmp, "b.zip"), filepath.Join(tmp, "restored"), false)
			if err == nil {
				l.Close()
			}
			return "", err
		}},
		{"restore --force over the library (+ index)", func() (string, error) {
			l, err := library.Restore(ctx, filepath.Join(tmp, "b.zip"), dir, true)
			if err != nil {
				return "", err
			}
			defer l.Close()
			res, err := l.Search(search.Query{Text: "hợp đồng lao động"})
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("search afterwards: %d hits", res.Total), nil
		}},
		{"reindex --from-originals", func() (string, error) {
			os.Remove(filepath.Join(dir, "vanthu.db"))
			l, rep, err := library.RebuildFromOriginals(ctx, dir, library.ImportOptions{})
			if err != nil {
				return "", err
			}
			defer l.Close()
			return fmt.Sprintf("%d originals", len(rep.Results)), nil
		}},
	}
	for _, s := range steps {
		if err := step(s.name, s.fn); err != nil {
			return err
		}
	}
	fmt.Printf("peak RSS (VmHWM) %s\n", vmHWM())
	return nil
}

func problems(r *library.Report) string {
	if r == nil || r.OK() {
		return "no problem"
	}
	return fmt.Sprintf("%d problems: %s", len(r.Problems), r.Problems[0])
}

func size(dir string) string {
	var n int64
	filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			n += fi.Size()
		}
		return nil
	})
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

func vmHWM() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}
