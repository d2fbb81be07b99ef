// Package importbench measures a whole import of the legal corpus
// (../shared/corpus/legal, 206 texts, 37 MB) into a fresh library: read,
// extract, store, index. It reports MB/s (from b.SetBytes), documents per
// second, MB per CPU-second (steadier than MB/s on a shared machine) and
// the peak resident memory of the process (VmHWM, Linux only).
// Targets: at least 5 MB/s and at most 300 MB.
//
//	go test ./bench/importbench/ -run - -bench . -benchtime 1x
package importbench

import (
	"bufio"
	"context"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"vanthu/index/library"
)

// BenchmarkImportLegal runs the import as the CLI does (with the soft
// memory limit of library.ImportMemoryLimit) and with Go's default GC.
func BenchmarkImportLegal(b *testing.B) {
	for _, bm := range []struct {
		name  string
		limit int64
	}{
		{"cli-memlimit", library.ImportMemoryLimit},
		{"default-gc", math.MaxInt64},
	} {
		b.Run(bm.name, func(b *testing.B) {
			defer debug.SetMemoryLimit(debug.SetMemoryLimit(bm.limit))
			debug.FreeOSMemory() // the previous run's heap must not count
			resetPeakRSS()
			benchImport(b)
		})
	}
}

func benchImport(b *testing.B) {
	files, bytes := legalCorpus(b)
	b.SetBytes(bytes)
	cpu0 := cpuTime()
	b.ResetTimer()
	for range b.N {
		importFresh(b, files)
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		// MB per CPU-second: times the cores free for vanthu, the MB/s of
		// an import on an otherwise idle machine.
		b.ReportMetric(float64(bytes*int64(b.N))/1e6/cpu.Seconds(), "MB/cpu-s")
	}
	if hwm := peakRSS(); hwm > 0 {
		b.ReportMetric(float64(hwm)/(1<<20), "peakRSS-MB")
	}
}

// importFresh imports files into a new library (its folder made outside
// the timer) and reports every file that failed.
func importFresh(b *testing.B, files []string) {
	b.StopTimer()
	dir := b.TempDir()
	b.StartTimer()
	lib, err := library.Open(context.Background(), dir, library.Options{})
	if err != nil {
		b.Fatal(err)
	}
	results, err := lib.Import(context.Background(), files, library.ImportOptions{})
	if err != nil {
		b.Fatal(err)
	}
	if err := lib.Close(); err != nil {
		b.Fatal(err)
	}
	for _, r := range results {
		if r.Status == library.Failed {
			b.Errorf("%s: %s", r.Path, r.Message)
		}
	}
}

func legalCorpus(b *testing.B) ([]string, int64) {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpus", "legal")
	files, _ := filepath.Glob(filepath.Join(root, "*.txt"))
	if len(files) == 0 {
		b.Skip("no ../shared/corpus/legal beside the checkout")
	}
	var total int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		total += fi.Size()
	}
	return files, total
}

// resetPeakRSS starts a new high-water mark (Linux: clear_refs 5), so
// each sub-benchmark reports its own peak.
func resetPeakRSS() {
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// peakRSS reads the high-water mark of resident memory, in bytes, or 0
// where /proc is not available.
func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
