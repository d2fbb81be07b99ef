package ocr

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanthu/docs/read/ocr/cer"
)

// Floors of the measured figures (bench/ocrbench prints them): a change
// that makes reading worse fails here.
const (
	maxCER = 0.046 // over the tuning pages, after correction (measured 4.43 %)
)

// TestTranscriptions reads page 1 of each transcribed real scan and checks
// the character error rate in reading order, and that the post-correction
// lowers it.
func TestTranscriptions(t *testing.T) {
	tess := needTesseract(t)
	files, _ := filepath.Glob("testdata/transcripts/*.p1.txt")
	if len(files) == 0 {
		t.Fatal("no transcriptions")
	}
	var chars, errRaw, errFixed float64
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".p1.txt")
		data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "samples", "scans", name+".pdf"))
		if err != nil {
			t.Skip("no ../shared/samples/scans")
		}
		ref, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages, err := renderAndRecognise(context.Background(), tess, data, Options{Pages: 1})
		if err != nil {
			t.Fatal(err)
		}
		raw, err := build(pages, DPI, tess, Options{NoCorrect: true})
		if err != nil {
			t.Fatal(err)
		}
		fixed, err := build(pages, DPI, tess, Options{})
		if err != nil {
			t.Fatal(err)
		}
		n := float64(len([]rune(cer.Normalize(string(ref)))))
		r1, r2 := cer.Rate(string(ref), raw.PlainText()), cer.Rate(string(ref), fixed.PlainText())
		t.Logf("%s: CER %.2f%% raw, %.2f%% corrected", name, 100*r1, 100*r2)
		chars += n
		errRaw += r1 * n
		errFixed += r2 * n
	}
	raw, fixed := errRaw/chars, errFixed/chars
	t.Logf("all: CER %.2f%% raw, %.2f%% corrected", 100*raw, 100*fixed)
	if fixed >= raw {
		t.Errorf("post-correction does not lower the error: %.2f%% → %.2f%%", 100*raw, 100*fixed)
	}
	if fixed > maxCER {
		t.Errorf("CER %.2f%% above the floor %.0f%%", 100*fixed, 100*maxCER)
	}
}
