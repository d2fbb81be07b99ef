package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"vanthu/index/library"
)

// The window's speed on a large library: go test ./app -run - -bench Window
// (or make bench-window). The library of 10 000 documents is built once from
// the articles of ../shared/corpus/legal, each made into a letter with a
// number, a date and, for one in ten, a task with a deadline, and kept in
// bench/out/window-10000 (VANTHU_BENCH_LIBRARY moves it) for the next runs.
// Reported, never asserted: first frame (the window built and drawn once),
// tasks filled (the library opened and the tasks tab showing its count), and
// search (from the last keystroke to the results in the list).

const benchDocs = 10000

func benchLibrary(b *testing.B) string {
	b.Helper()
	dir := os.Getenv("VANTHU_BENCH_LIBRARY")
	if dir == "" {
		dir = filepath.Join("..", "bench", "out", fmt.Sprintf("window-%d", benchDocs))
	}
	if _, err := os.Stat(filepath.Join(dir, "vanthu.db")); err == nil {
		return dir
	}
	corpus := filepath.Join("..", "..", "shared", "corpus", "legal")
	letters, err := benchLetters(corpus, benchDocs)
	if err != nil {
		b.Skipf("no corpus to build the library from: %v", err)
	}
	src := b.TempDir()
	for i, l := range letters {
		if err := os.WriteFile(filepath.Join(src, fmt.Sprintf("vb-%05d.txt", i)), []byte(l), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	lib, err := library.Open(context.Background(), dir, library.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	start := time.Now()
	if _, err := lib.Import(context.Background(), []string{src}, library.ImportOptions{}); err != nil {
		b.Fatal(err)
	}
	b.Logf("built a library of %d documents in %s", len(letters), time.Since(start).Round(time.Second))
	return dir
}

var benchArticle = regexp.MustCompile(`(?m)^\s*Điều \d+\.`)

// benchLetters cuts the laws into articles and dresses each as a letter.
func benchLetters(corpus string, n int) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(corpus, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("%s: no .txt files", corpus)
	}
	var arts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		text := string(b)
		idx := benchArticle.FindAllStringIndex(text, -1)
		for i, m := range idx {
			end := len(text)
			if i+1 < len(idx) {
				end = idx[i+1][0]
			}
			if a := strings.TrimSpace(text[m[0]:end]); len(a) > 200 {
				arts = append(arts, a)
			}
		}
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("%s: no articles", corpus)
	}
	out := make([]string, n)
	for i := range out {
		a := arts[i%len(arts)]
		subject, _, _ := strings.Cut(a, "\n")
		day, month, year := i%28+1, i%12+1, 2015+i%11
		task := ""
		if i%10 == 0 {
			task = fmt.Sprintf("\nSở Nội vụ có trách nhiệm tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày %02d/%02d/%d.\n", day, month, year+1)
		}
		out[i] = fmt.Sprintf("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: %d/UBND-VP\nKon Tum, ngày %02d tháng %02d năm %d\nV/v %s\n%s%s",
			i+1, day, month, year, strings.TrimSpace(subject), a, task)
	}
	return out, nil
}

// BenchmarkWindowStart opens the window on the large library: first frame
// and the tasks tab filled, in ms from the start.
func BenchmarkWindowStart(b *testing.B) {
	dir := benchLibrary(b)
	newTestApp(b)
	fyne.CurrentApp().Preferences().SetBool(prefNameAsked, true)
	var frame, tasks time.Duration
	for b.Loop() {
		start := time.Now()
		w := test.NewWindow(nil)
		w.Resize(fyne.NewSize(1180, 760))
		var ui *mainUI
		fyne.DoAndWait(func() {
			ui = newMainUI(w, Options{Library: dir})
			w.SetContent(ui.content())
			w.Canvas().(test.WindowlessCanvas).Capture()
		})
		frame += time.Since(start)
		for {
			var filled bool
			fyne.DoAndWait(func() { filled = ui.lib != nil && strings.HasPrefix(ui.tasks.summary.Text, "Hôm nay") })
			if filled {
				break
			}
			time.Sleep(time.Millisecond)
		}
		tasks += time.Since(start)
		// Close only once the library tab has its list too: a library closed
		// under a running query is not what a clerk does.
		for {
			var listed bool
			fyne.DoAndWait(func() { listed = ui.library.results != nil })
			if listed {
				break
			}
			time.Sleep(time.Millisecond)
		}
		fyne.DoAndWait(func() { ui.close(); w.Close() })
	}
	b.ReportMetric(float64(frame.Milliseconds())/float64(b.N), "ms-first-frame")
	b.ReportMetric(float64(tasks.Milliseconds())/float64(b.N), "ms-tasks-filled")
}

// BenchmarkWindowSearch types queries into the search box of the large
// library: ms from the last keystroke to the results in the list (the
// pause before searching included).
func BenchmarkWindowSearch(b *testing.B) {
	dir := benchLibrary(b)
	newTestApp(b)
	fyne.CurrentApp().Preferences().SetBool(prefNameAsked, true)
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1180, 760))
	ui := startUI(b, w, Options{Library: dir}, nil)
	for {
		var ready bool
		fyne.DoAndWait(func() { ready = ui.library.results != nil })
		if ready {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	queries := []string{"cai cach hanh chinh", "quyền sử dụng đất", "hop dong lao dong", "\"trách nhiệm\"", "45/UBND-VP", "bảo hiểm xã hội"}
	var worst, total time.Duration
	n := 0
	for b.Loop() {
		q := queries[n%len(queries)]
		n++
		start := time.Now()
		fyne.DoAndWait(func() { ui.library.query.SetText(q) }) // the last keystroke
		for {
			var shown bool
			fyne.DoAndWait(func() { shown = ui.library.results != nil && ui.library.results.spec.Text == q })
			if shown {
				break
			}
			time.Sleep(time.Millisecond)
		}
		d := time.Since(start)
		total += d
		worst = max(worst, d)
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms-search")
	b.ReportMetric(float64(worst.Microseconds())/1000, "ms-search-worst")
}
