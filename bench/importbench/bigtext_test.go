package importbench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"vanthu/docs/extract"
	"vanthu/docs/model"
	"vanthu/docs/read"
	"vanthu/index/library"
	"vanthu/internal/gentext"
)

// BenchmarkBigText proves the text stages linear: generated Vietnamese
// official text of 1, 10 and 50 MB, with a line per paragraph and as one
// single line, through reading (.txt), extraction, and a whole import into
// a fresh library (as the CLI runs it, with its soft memory limit). Compare
// the MB/s (or MB/cpu-s, which a busy machine disturbs less; it counts the
// stage's setup too) of the sizes; peakRSS-MB is each case's own
// high-water mark.
//
//	go test ./bench/importbench/ -run - -bench BigText -benchtime 1x
func BenchmarkBigText(b *testing.B) {
	for _, mb := range []int{1, 10, 50} {
		for _, oneLine := range []bool{false, true} {
			layout := "lines"
			if oneLine {
				layout = "oneline"
			}
			data := gentext.Text(mb<<20, oneLine)
			for _, stage := range []string{"read", "extract", "import"} {
				b.Run(fmt.Sprintf("%dMB/%s/%s", mb, layout, stage), func(b *testing.B) {
					defer debug.SetMemoryLimit(debug.SetMemoryLimit(library.ImportMemoryLimit))
					debug.FreeOSMemory()
					resetPeakRSS()
					cpu0 := cpuTime()
					benchStage(b, stage, data)
					if cpu := cpuTime() - cpu0; cpu > 0 {
						// Steadier than MB/s on a shared machine; includes setup.
						b.ReportMetric(float64(len(data)*b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
					}
					if hwm := peakRSS(); hwm > 0 {
						b.ReportMetric(float64(hwm)/(1<<20), "peakRSS-MB")
					}
				})
			}
		}
	}
}

func benchStage(b *testing.B, stage string, data []byte) {
	b.SetBytes(int64(len(data)))
	doc := mustRead(b, data)
	switch stage {
	case "read":
		b.ResetTimer()
		for range b.N {
			mustRead(b, data)
		}
	case "extract":
		b.ResetTimer()
		for range b.N {
			if _, err := extract.FromDocumentContext(context.Background(), doc); err != nil {
				b.Fatal(err)
			}
		}
	case "import":
		doc = nil
		path := filepath.Join(b.TempDir(), "big.txt")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for range b.N {
			importFresh(b, []string{path})
		}
	}
}

func mustRead(b *testing.B, data []byte) *model.Document {
	doc, err := read.Bytes("big.txt", data)
	if err != nil {
		b.Fatal(err)
	}
	return doc
}
