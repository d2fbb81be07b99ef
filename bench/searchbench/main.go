// Command searchbench measures the search index on real texts: indexing
// speed, peak memory, size and open time, then query latencies, side by
// side with SQLite FTS5 and a brute-force scan of the folded text.
//
//	go run ./bench/searchbench -corpus ../shared/corpus/legal
//	go run ./bench/searchbench -corpus ../shared/corpus/legal -quick
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"vanthu/index/search"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/legal", "folder of .txt texts")
	n := flag.Int("n", 50000, "documents in the library built from the texts' articles")
	quick := flag.Bool("quick", false, "small library and fewer queries, for CI")
	perKind := flag.Int("queries", 20, "queries of each kind")
	reps := flag.Int("reps", 3, "runs of each query")
	batch := flag.Int("batch", 100, "documents per Put")
	only := flag.String("only", "", `"index" skips FTS5 and the scan, "legal" skips the library; "index,legal" both`)
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "searchbench:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	onlyFlag = *only
	if *quick {
		*n, *perKind, *reps = 3000, 8, 2
	}
	if err := run(*corpus, *n, *perKind, *reps, *batch); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "searchbench:", err)
		os.Exit(1)
	}
}

var onlyFlag string

func run(corpus string, n, perKind, reps, batch int) error {
	docs, err := loadCorpus(corpus)
	if err != nil {
		return err
	}
	fmt.Printf("searchbench: %d CPUs (shared with other work: figures are noisy), %s\n\n", runtime.NumCPU(), runtime.Version())
	if err := compare(fmt.Sprintf("legal corpus: %d texts", len(docs)), docs, perKind, reps, batch); err != nil {
		return err
	}
	if strings.Contains(onlyFlag, "legal") {
		return nil
	}
	arts := articles(docs)
	lib := library(arts, n, 42)
	docs = nil
	return compare(fmt.Sprintf("library: %d documents from %d articles", len(lib), len(arts)), lib, perKind, reps, batch)
}

// row is one engine's figures for one document set.
type row struct {
	name                  string
	seconds, mbs, docsSec float64
	cpuSeconds            float64 // user+sys of the whole process: less noisy than wall time on a shared machine
	queryCPUms            float64 // mean CPU per query
	peakMB, diskMB        float64
	anonMB, fileMB        float64 // sampled peaks of the heap and of mmap'd files
	openMS                float64
	lat                   map[string][]time.Duration
	hits                  map[string]int
}

func compare(title string, docs []search.Doc, perKind, reps, batch int) error {
	var textBytes int
	for _, d := range docs {
		textBytes += len(d.Text)
	}
	mb := float64(textBytes) / 1e6
	fmt.Printf("== %s, %.1f MB of text\n", title, mb)
	queries := sampleQueries(docs, perKind, 7)
	tmp, err := os.MkdirTemp("", "searchbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	ours, err := measureIndex(filepath.Join(tmp, "bleve"), docs, queries, reps, batch, mb)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	rows := []*row{ours}
	if !strings.Contains(onlyFlag, "index") {
		fts, err := measureFTS(filepath.Join(tmp, "fts"), docs, queries, reps, batch, mb)
		if err != nil {
			return fmt.Errorf("fts5: %w", err)
		}
		rows = append(rows, fts, measureScan(docs, queries, reps, mb))
	}
	printTable(rows)
	fmt.Println()
	return nil
}

func measureIndex(dir string, docs []search.Doc, queries []benchQuery, reps, batch int, mb float64) (*row, error) {
	r := &row{name: "index"}
	resetPeak()
	start, cpu0, smp := time.Now(), cpuTime(), startSampler()
	ix, err := search.Open(dir)
	if err != nil {
		return nil, err
	}
	for i := 0; i < len(docs); i += batch {
		if err := ix.Put(docs[i:min(i+batch, len(docs))]...); err != nil {
			return nil, err
		}
	}
	if err := ix.Close(); err != nil {
		return nil, err
	}
	r.cpuSeconds = (cpuTime() - cpu0).Seconds()
	smp.finish()
	r.anonMB, r.fileMB = smp.anonMB, smp.fileMB
	r.setIndexing(time.Since(start), mb, len(docs), peakMB(), dirMB(dir))

	start = time.Now()
	ix, err = search.Open(dir)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	r.openMS = ms(time.Since(start))
	r.lat, r.hits, r.queryCPUms = timeQueries(queries, reps, func(q benchQuery) (int, error) {
		q2 := search.Query{Text: q.text}
		if q.typ != "" {
			q2.Types = []string{q.typ}
		}
		res, err := ix.Search(q2)
		if err != nil {
			return 0, err
		}
		return int(res.Total), nil
	})
	return r, nil
}

func measureFTS(dir string, docs []search.Doc, queries []benchQuery, reps, batch int, mb float64) (*row, error) {
	r := &row{name: "FTS5"}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	resetPeak()
	start, cpu0, smp := time.Now(), cpuTime(), startSampler()
	f, err := openFTS(dir)
	if err != nil {
		return nil, err
	}
	for i := 0; i < len(docs); i += batch {
		if err := f.put(docs[i:min(i+batch, len(docs))]); err != nil {
			return nil, err
		}
	}
	if err := f.close(); err != nil {
		return nil, err
	}
	r.cpuSeconds = (cpuTime() - cpu0).Seconds()
	smp.finish()
	r.anonMB, r.fileMB = smp.anonMB, smp.fileMB
	r.setIndexing(time.Since(start), mb, len(docs), peakMB(), dirMB(dir))

	start = time.Now()
	f, err = reopenFTS(dir)
	if err != nil {
		return nil, err
	}
	defer f.db.Close()
	r.openMS = ms(time.Since(start))
	r.lat, r.hits, r.queryCPUms = timeQueries(queries, reps, func(q benchQuery) (int, error) {
		if q.fuzzy {
			return -1, nil
		}
		return f.search(q)
	})
	return r, nil
}

func reopenFTS(dir string) (*ftsEngine, error) {
	f := &ftsEngine{path: filepath.Join(dir, "fts.db")}
	db, err := sqlOpen(f.path)
	if err != nil {
		return nil, err
	}
	f.db = db
	// Opening is lazy in database/sql: touch the index so the time counts.
	var n int
	return f, db.QueryRow(`SELECT count(*) FROM docs`).Scan(&n)
}

func measureScan(docs []search.Doc, queries []benchQuery, reps int, mb float64) *row {
	r := &row{name: "scan"}
	resetPeak()
	start, cpu0, smp := time.Now(), cpuTime(), startSampler()
	s := newScan(docs)
	r.cpuSeconds = (cpuTime() - cpu0).Seconds()
	smp.finish()
	r.anonMB, r.fileMB = smp.anonMB, smp.fileMB
	r.setIndexing(time.Since(start), mb, len(docs), peakMB(), 0)
	r.lat, r.hits, r.queryCPUms = timeQueries(queries, reps, func(q benchQuery) (int, error) {
		if q.fuzzy {
			return -1, nil
		}
		return s.search(q), nil
	})
	runtime.KeepAlive(s)
	return r
}

func (r *row) setIndexing(d time.Duration, mb float64, docs int, peak, disk float64) {
	r.seconds = d.Seconds()
	r.mbs = mb / r.seconds
	r.docsSec = float64(docs) / r.seconds
	r.peakMB, r.diskMB = peak, disk
}

// timeQueries runs every query reps times (after one untimed run) and
// groups the latencies and the mean hit counts by kind; a negative count
// means the engine cannot answer that kind.
func timeQueries(queries []benchQuery, reps int, run func(benchQuery) (int, error)) (map[string][]time.Duration, map[string]int, float64) {
	lat := map[string][]time.Duration{}
	var cpu time.Duration
	hits := map[string]int{}
	counted := map[string]int{}
	for _, q := range queries {
		total, err := run(q)
		if err != nil {
			fmt.Fprintf(os.Stderr, "  query %q: %v\n", q.text, err)
			continue
		}
		if total < 0 {
			hits[q.kind] = -1
			continue
		}
		hits[q.kind] += total
		counted[q.kind]++
		for range reps {
			start, cpu0 := time.Now(), cpuTime()
			_, _ = run(q)
			d := time.Since(start)
			cpu += cpuTime() - cpu0
			lat[q.kind] = append(lat[q.kind], d)
			lat["all"] = append(lat["all"], d)
		}
	}
	for k, c := range counted {
		hits[k] /= c
	}
	return lat, hits, ms(cpu) / float64(max(1, len(lat["all"])))
}

// cpuTime is the user+system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

var kindOrder = []string{"term", "phrase", "accentless", "number", "filtered", "prefix", "fuzzy", "all"}

func printTable(rows []*row) {
	fmt.Printf("%-22s", "")
	for _, r := range rows {
		fmt.Printf("%12s", r.name)
	}
	fmt.Println()
	line := func(label string, f func(r *row) string) {
		fmt.Printf("%-22s", label)
		for _, r := range rows {
			fmt.Printf("%12s", f(r))
		}
		fmt.Println()
	}
	line("build s", func(r *row) string { return fmt.Sprintf("%.1f", r.seconds) })
	line("build CPU s", func(r *row) string { return fmt.Sprintf("%.1f", r.cpuSeconds) })
	line("build MB/s", func(r *row) string { return fmt.Sprintf("%.1f", r.mbs) })
	line("build docs/s", func(r *row) string { return fmt.Sprintf("%.0f", r.docsSec) })
	line("peak RSS MB (VmHWM)", func(r *row) string { return fmt.Sprintf("%.0f", r.peakMB) })
	line("  of which anon MB", func(r *row) string { return fmt.Sprintf("%.0f", r.anonMB) })
	line("  of which file MB", func(r *row) string { return fmt.Sprintf("%.0f", r.fileMB) })
	line("size on disk MB", func(r *row) string { return dash(r.diskMB, "%.1f") })
	line("open ms", func(r *row) string { return dash(r.openMS, "%.1f") })
	line("query CPU ms (mean)", func(r *row) string { return fmt.Sprintf("%.2f", r.queryCPUms) })
	fmt.Printf("%-22s", "latency ms p50 / p95")
	for _, r := range rows {
		fmt.Printf("%24s", r.name)
	}
	if len(rows) > 1 {
		fmt.Printf("   p95 ratio to index")
	}
	fmt.Println()
	ours := rows[0]
	for _, k := range kindOrder {
		if len(ours.lat[k]) == 0 {
			continue
		}
		fmt.Printf("%-22s", k)
		for _, r := range rows {
			fmt.Printf("%24s", latCell(r, k))
		}
		base := pct(ours.lat[k], 95)
		for _, r := range rows[1:] {
			if len(r.lat[k]) == 0 {
				fmt.Printf("%9s", "—")
				continue
			}
			fmt.Printf("%8.1fx", float64(pct(r.lat[k], 95))/float64(base))
		}
		fmt.Println()
	}
	fmt.Printf("%-22s", "mean hits per query")
	for _, k := range kindOrder[:len(kindOrder)-1] {
		var cells []string
		for _, r := range rows {
			if h, ok := r.hits[k]; ok && h >= 0 {
				cells = append(cells, strconv.Itoa(h))
			} else {
				cells = append(cells, "—")
			}
		}
		fmt.Printf(" %s %s", k, strings.Join(cells, "/"))
	}
	fmt.Println()
}

func latCell(r *row, k string) string {
	l := r.lat[k]
	if len(l) == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f / %.2f", ms(pct(l, 50)), ms(pct(l, 95)))
}

func dash(v float64, format string) string {
	if v == 0 {
		return "—"
	}
	return fmt.Sprintf(format, v)
}

func pct(ds []time.Duration, p int) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, len(s)*p/100)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// resetPeak returns freed memory to the OS and resets the kernel's peak RSS
// mark, so VmHWM then measures one phase.
func resetPeak() {
	runtime.GC()
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// sampler polls /proc/self/status while running to find the peak of the
// anonymous (heap) and file-backed (mmap'd segments) parts of RSS, which
// VmHWM lumps together.
type sampler struct {
	stop           chan struct{}
	done           chan struct{}
	anonMB, fileMB float64
}

func startSampler() *sampler {
	s := &sampler{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			s.anonMB = max(s.anonMB, statusMB("RssAnon:"))
			s.fileMB = max(s.fileMB, statusMB("RssFile:"))
			select {
			case <-s.stop:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

func (s *sampler) finish() *sampler {
	close(s.stop)
	<-s.done
	return s
}

// peakMB is VmHWM from /proc/self/status (0 where there is no /proc).
func peakMB() float64 { return statusMB("VmHWM:") }

func statusMB(key string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == key {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

func dirMB(dir string) float64 {
	var total int64
	_ = filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			total += info.Size()
		}
		return nil
	})
	return float64(total) / 1e6
}
