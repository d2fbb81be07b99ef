// Command ocrbench prints the figures of the OCR reader on real scans with
// hand-made transcriptions (docs/read/ocr/testdata/transcripts): character
// error rate in reading order before and after post-correction, the fields
// `vanthu extract` finds on the scan against those it finds on the
// transcription, and the time to read and extract a whole scan.
//
//	go run ./bench/ocrbench [-shared ../shared]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"vanthu/docs/extract"
	"vanthu/docs/model"
	"vanthu/docs/read"
	"vanthu/docs/read/ocr"
	"vanthu/docs/read/ocr/agree"
	"vanthu/docs/read/ocr/cer"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared material (samples/scans)")
	dir := flag.String("transcripts", "docs/read/ocr/testdata/transcripts", "transcriptions NAME.pN.txt of page N of samples/scans/NAME.pdf or samples/NAME.pdf; held-out ones in heldout/")
	timed := flag.String("timed", "4366-qd-syt.pdf", "a scan of samples/scans to time whole (read + extract)")
	hand := flag.String("handwritten", "số,ngày", "fields written in by hand on these scans: expected blank, not compared")
	flag.Parse()
	if _, err := ocr.Find(); err != nil {
		fmt.Fprintln(os.Stderr, ocr.MsgMissing)
		os.Exit(1)
	}
	fmt.Println("== transcribed pages against their transcriptions (CER in reading order)")
	fmt.Printf("%-28s %6s %10s %10s %9s  %s\n", "page", "chars", "CER raw", "CER fixed", "changed", "fields agreeing (scan vs transcription)")
	// The pages the reader was tuned on, then pages kept apart and never
	// tuned on: their figures say whether the tuning holds on other scans.
	measure("tuning", *dir, *shared, strings.Split(*hand, ","))
	measure("held out", filepath.Join(*dir, "heldout"), *shared, strings.Split(*hand, ","))

	path := filepath.Join(*shared, "samples", "scans", *timed)
	data, err := os.ReadFile(path)
	if err != nil {
		fail(err)
	}
	start, cpu0 := time.Now(), cpuTime()
	doc, err := read.Bytes(path, data)
	if err != nil {
		fail(err)
	}
	extract.FromDocument(doc)
	fmt.Printf("\n== %s: %d pages read (render + OCR + layout + correction) and extracted in %.1f s (CPU %.1f s, with Tesseract's)\n",
		*timed, doc.Info.Pages, time.Since(start).Seconds(), (cpuTime() - cpu0).Seconds())
}

// measure prints the figures of each transcribed page in dir and their
// total under the name of the set.
func measure(set, dir, shared string, hand []string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.p*.txt"))
	sort.Strings(files)
	if len(files) == 0 {
		fail(fmt.Errorf("no transcriptions in %s", dir))
	}
	var refChars, errRaw, errFixed float64
	agreed, fields := 0, 0
	for _, f := range files {
		name, page := pageOf(f)
		ref, err := os.ReadFile(f)
		if err != nil {
			fail(err)
		}
		data, err := os.ReadFile(filepath.Join(shared, "samples", "scans", name+".pdf"))
		if os.IsNotExist(err) {
			data, err = os.ReadFile(filepath.Join(shared, "samples", name+".pdf"))
		}
		if err != nil {
			fail(err)
		}
		raw, err := ocr.ReadPDF(context.Background(), data, ocr.Options{Pages: page, NoCorrect: true})
		if err != nil {
			fail(err)
		}
		fixed, err := ocr.ReadPDF(context.Background(), data, ocr.Options{Pages: page})
		if err != nil {
			fail(err)
		}
		raw, fixed = onlyPage(raw, page), onlyPage(fixed, page)
		n := float64(len([]rune(cer.Normalize(string(ref)))))
		r1, r2 := cer.Rate(string(ref), raw.PlainText()), cer.Rate(string(ref), fixed.PlainText())
		refChars += n
		errRaw += r1 * n
		errFixed += r2 * n
		a, t, diffs := agree.Fields(extract.FromText(string(ref)), extract.FromDocument(fixed), hand)
		agreed += a
		fields += t
		fmt.Printf("%-28s %6.0f %9.2f%% %9.2f%% %9d  %d/%d %s\n", fmt.Sprintf("%s p%d", name, page), n, 100*r1, 100*r2, fixed.Info.OCR.Corrected, a, t, diffs)
	}
	fmt.Printf("%-28s %6.0f %9.2f%% %9.2f%% %9s  %d/%d\n\n", "all "+set, refChars, 100*errRaw/refChars, 100*errFixed/refChars, "", agreed, fields)
}

// pageOf reads "NAME.pN.txt".
func pageOf(path string) (name string, page int) {
	base := strings.TrimSuffix(filepath.Base(path), ".txt")
	i := strings.LastIndex(base, ".p")
	if i < 0 {
		return base, 1
	}
	page, err := strconv.Atoi(base[i+2:])
	if err != nil || page < 1 {
		return base, 1
	}
	return base[:i], page
}

// onlyPage keeps the blocks of one page: the transcription is of that page
// alone. The running headers and footers the layout set apart stay out.
func onlyPage(doc *model.Document, page int) *model.Document {
	var bs []model.Block
	for _, b := range doc.Blocks {
		if b.Page == page {
			bs = append(bs, b)
		}
	}
	out := *doc
	out.Blocks = bs
	return &out
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "ocrbench:", err)
	os.Exit(1)
}
