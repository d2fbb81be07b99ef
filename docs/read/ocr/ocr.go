// Package ocr reads scanned documents: the pages of a PDF without a text
// layer (rendered by the PDF engine) and image files (.png, .jpg, .tif with
// any number of pages). Recognition is done by the Tesseract program run as
// a separate process, one page at a time with a time limit, so that a crash
// or a hang cannot take the app down. Its words and boxes go through the
// same layout code as a PDF's glyphs, which rebuilds lines, the two columns
// of the Decree 30 letterhead and paragraphs, so extraction runs unchanged.
package ocr

import (
	"context"
	"errors"
	"fmt"
	"image"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"vanthu/docs/model"
	"vanthu/docs/read/pdf"
	"vanthu/docs/read/pdf/layout"
	"vanthu/docs/read/readerr"
)

// DPI is the resolution scanned PDF pages are rendered at when the scan's
// own resolution is unknown: Tesseract's models are trained on 300 dpi text.
const DPI = 300

// renderDPI chooses the resolution a scanned page is rendered at from the
// resolution of its image. Office scans are mostly 200 dpi bilevel (CCITT):
// rendered at 300 dpi, each pixel is smeared over one and a half, and
// Tesseract misreads the thin strokes of marks. A whole multiple of the
// scan's resolution near 300 keeps every pixel whole: on the transcribed
// letters (200 dpi) 400 gave a lower error than 300 on every page, and 600
// a higher one (bench/ocrbench, README). A page of 250–400 dpi is read as
// it is; anything else at DPI.
func renderDPI(scan float64) int {
	switch {
	case scan >= 250 && scan <= 400:
		return int(math.Round(scan))
	case scan >= 100 && scan < 250:
		k := math.Ceil(300 / scan)
		return int(math.Round(k * scan))
	}
	return DPI
}

// DefaultPageTimeout bounds one page. A page takes 1–2 s of CPU on an
// office PC; a minute means Tesseract is stuck.
const DefaultPageTimeout = 60 * time.Second

// MaxPages bounds how many pages of one file are recognised; the rest is
// left out with a warning.
const MaxPages = 100

// LowConfidence is the word confidence (0–100) below which a word is
// listed for the clerk to check.
const LowConfidence = 60

// Options tunes a read.
type Options struct {
	PageTimeout time.Duration         // 0: DefaultPageTimeout
	Progress    func(page, pages int) // after each page is recognised; may be nil
	NoCorrect   bool                  // leave Tesseract's words as they are (for measuring)
	Pages       int                   // recognise only the first Pages pages of a PDF; 0: up to MaxPages
}

func (o Options) timeout() time.Duration {
	if o.PageTimeout > 0 {
		return o.PageTimeout
	}
	return DefaultPageTimeout
}

func (o Options) progress(page, pages int) {
	if o.Progress != nil {
		o.Progress(page, pages)
	}
}

// Messages for the clerk.
const (
	msgTimeout    = "nhận dạng chữ quá thời gian cho phép ở trang %d (Tesseract bị treo hoặc ảnh quá lớn)"
	msgFailed     = "chương trình nhận dạng chữ Tesseract không đọc được tệp ảnh (trang %d): ảnh hỏng, quá nhỏ hoặc định dạng lạ"
	msgNoText     = "không nhận dạng được chữ nào trong ảnh quét"
	msgTemp       = "không tạo được tệp tạm để nhận dạng chữ"
	warnOCR       = "văn bản được đọc bằng nhận dạng chữ (OCR) từ bản quét; hãy đối chiếu số, ngày và các chỗ đánh dấu với bản giấy"
	warnTooLong   = "bản quét có %d trang; chỉ nhận dạng %d trang đầu"
	warnLowConf   = "%d chữ nhận dạng không chắc chắn (độ tin cậy dưới %d%%)"
	warnFirstPage = "tệp TIFF có %d trang; chương trình nhận dạng chữ này chỉ đọc được trang đầu (hãy quét thành PDF)"
)

// ReadPDF recognises the pages of a scanned PDF.
func ReadPDF(ctx context.Context, data []byte, opts Options) (*model.Document, error) {
	tess, err := Find()
	if err != nil {
		return nil, readerr.New(MsgMissing, err)
	}
	pages, total, rendered, err := renderAndRecogniseN(ctx, tess, data, opts)
	if err != nil {
		return nil, err
	}
	doc, err := build(pages, DPI, tess, opts)
	if err != nil {
		return nil, err
	}
	doc.Info.Format = "pdf"
	doc.Info.Pages = total
	if total > rendered {
		doc.Info.Warnings = append(doc.Info.Warnings, fmt.Sprintf(warnTooLong, total, rendered))
	}
	return doc, nil
}

// renderAndRecognise renders the pages of a PDF and recognises them.
func renderAndRecognise(ctx context.Context, tess *Tesseract, data []byte, opts Options) ([]tsvPage, error) {
	pages, _, _, err := renderAndRecogniseN(ctx, tess, data, opts)
	return pages, err
}

// renderAndRecogniseN also says how many pages the file has and how many
// were rendered.
func renderAndRecogniseN(ctx context.Context, tess *Tesseract, data []byte, opts Options) (pages []tsvPage, total, rendered int, err error) {
	dir, err := os.MkdirTemp("", "vanthu-ocr-")
	if err != nil {
		return nil, 0, 0, readerr.New(msgTemp, err)
	}
	defer os.RemoveAll(dir)
	// Render every page to a file first: the PDF engine is shared and must
	// not wait on Tesseract.
	var files []pageFile
	limit := MaxPages
	if opts.Pages > 0 {
		limit = min(opts.Pages, MaxPages)
	}
	err = pdf.RenderScan(data, limit, renderDPI, func(page, n, dpi int, img *image.Gray) error {
		total = n
		if err := ctx.Err(); err != nil {
			return err
		}
		f := filepath.Join(dir, fmt.Sprintf("p%04d.pgm", page))
		if err := writePGM(f, img); err != nil {
			return readerr.New(msgTemp, err)
		}
		files = append(files, pageFile{f, dpi})
		return nil
	})
	if err != nil {
		return nil, 0, 0, err
	}
	pages, err = recognise(ctx, tess, files, opts)
	if err != nil {
		return nil, 0, 0, err
	}
	return pages, total, len(files), nil
}

// pageFile is a rendered page waiting for Tesseract, and its resolution.
type pageFile struct {
	path string
	dpi  int
}

// slots bounds the Tesseract processes running at once in the whole app:
// one per core. A page needs about 125 MB; an import reading several scans
// in parallel must not start more.
var slots = make(chan struct{}, max(1, runtime.NumCPU()))

// recognise runs Tesseract over the page images, several at once when
// there are cores free, and returns their words in page order. Progress
// counts finished pages.
func recognise(ctx context.Context, tess *Tesseract, files []pageFile, opts Options) ([]tsvPage, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make([][]tsvPage, len(files))
	errs := make([]error, len(files))
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for i, f := range files {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return nil, firstError(errs, ctx.Err())
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			out, err := tess.run(ctx, f.path, f.dpi, opts.timeout(), nil)
			os.Remove(f.path)
			if err != nil {
				errs[i] = runError(err, i+1)
				cancel() // the other pages are of no use now
				return
			}
			for _, p := range parseTSV(out) {
				p.Number = i + 1
				p.DPI = f.dpi
				for k := range p.Words {
					p.Words[k].Page = i + 1
				}
				results[i] = append(results[i], p)
			}
			mu.Lock()
			done++
			opts.progress(done, len(files))
			mu.Unlock()
		}()
	}
	wg.Wait()
	if err := firstError(errs, nil); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var pages []tsvPage
	for _, r := range results {
		pages = append(pages, r...)
	}
	return pages, nil
}

// firstError is the error of the earliest failed page, or else def. A
// page stopped because another failed reports the cancellation, which
// comes after the cause.
func firstError(errs []error, def error) error {
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return def
}

// ReadImage recognises an image file: PNG, JPEG, TIFF (every page), BMP or
// GIF. format is what ImageFormat said of the data.
func ReadImage(ctx context.Context, data []byte, opts Options) (*model.Document, error) {
	format := ImageFormat(data)
	if format == "" {
		return nil, readerr.New("không nhận ra định dạng ảnh", nil)
	}
	tess, err := Find()
	if err != nil {
		return nil, readerr.New("tệp ảnh (bản quét) cần nhận dạng chữ; "+MsgMissing, err)
	}
	dir, err := os.MkdirTemp("", "vanthu-ocr-")
	if err != nil {
		return nil, readerr.New(msgTemp, err)
	}
	defer os.RemoveAll(dir)
	f := filepath.Join(dir, "scan."+format)
	n := 1
	if format == "tif" {
		n = max(TIFFPages(data), 1)
	}
	var warnings []string
	if tess.Reads[format] {
		err = os.WriteFile(f, data, 0o600)
	} else {
		// This Tesseract reads no such files (the Windows bundle has no
		// image libraries): decode here, hand it a PGM.
		f = filepath.Join(dir, "scan.pgm")
		err = writeDecoded(f, data)
		if n > 1 {
			warnings = append(warnings, fmt.Sprintf(warnFirstPage, n))
			n = 1
		}
	}
	if err != nil {
		var re *readerr.Error
		if errors.As(err, &re) {
			return nil, err
		}
		return nil, readerr.New(msgTemp, err)
	}
	// One run reads every page of a TIFF; its time limit grows with them
	// and progress follows the pages as their rows come out.
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	seen := 0
	out, err := tess.run(ctx, f, 0, time.Duration(min(n, MaxPages))*opts.timeout(), func(page int) {
		if page > 1 && page-1 > seen {
			seen = page - 1
			opts.progress(seen, n)
		}
	})
	<-slots
	if err != nil {
		return nil, runError(err, seen+1)
	}
	pages := parseTSV(out)
	if len(pages) > MaxPages {
		pages = pages[:MaxPages]
	}
	opts.progress(n, n)
	doc, err := build(pages, 0, tess, opts)
	if err != nil {
		return nil, err
	}
	doc.Info.Format = format
	doc.Info.Pages = max(n, len(pages))
	doc.Info.Warnings = append(doc.Info.Warnings, warnings...)
	return doc, nil
}

func runError(err error, page int) error {
	switch {
	case errors.Is(err, ErrTimeout):
		return readerr.New(fmt.Sprintf(msgTimeout, page), err)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	}
	return readerr.New(fmt.Sprintf(msgFailed, page), err)
}

// build corrects the words, lays them out and fills in what OCR did. dpi
// is the pages' resolution where they do not carry their own.
func build(pages []tsvPage, dpi int, tess *Tesseract, opts Options) (*model.Document, error) {
	info := &model.OCRInfo{Engine: "tesseract " + tess.Version, Lang: Lang, Pages: len(pages)}
	var confSum float64
	var words int
	lp := make([]layout.Page, 0, len(pages))
	for _, p := range pages {
		p.Words = dropNoise(p.Words)
		if !opts.NoCorrect {
			info.Corrected += correctPage(p.Words)
			p.Words = blankHandwritten(p.Words)
		}
		for _, w := range p.Words {
			words++
			confSum += w.Conf
			if w.Conf < LowConfidence && hasLetterOrDigit(w.Text) {
				info.LowConfidence = append(info.LowConfidence, model.OCRWord{Text: w.Text, Page: w.Page,
					Conf: math.Round(w.Conf), Box: [4]int{w.Left, w.Top, w.Width, w.Height}})
			}
		}
		d := dpi
		if p.DPI > 0 {
			d = p.DPI
		}
		lp = append(lp, toLayout(p, d))
	}
	if words == 0 {
		return nil, readerr.New(msgNoText, nil)
	}
	info.Confidence = math.Round(confSum/float64(words)*10) / 10
	res := layout.Build(lp)
	subjectToLeftColumn(res.Blocks)
	if !opts.NoCorrect && len(lp) > 0 {
		info.Corrected += repairHeader(res.Blocks)
		info.Corrected += fixTitles(res.Blocks, lp[len(lp)-1].Number)
		res.Blocks, _ = dropSealNoise(res.Blocks, lp[len(lp)-1].Number)
	}
	doc := &model.Document{Blocks: res.Blocks, Headers: res.Headers, Footers: res.Footers,
		Info: model.Info{Scanned: true, OCR: info}}
	if doc.Blocks == nil {
		doc.Blocks = []model.Block{}
	}
	doc.Info.Warnings = append(doc.Info.Warnings, warnOCR)
	if n := len(info.LowConfidence); n > 0 {
		doc.Info.Warnings = append(doc.Info.Warnings, fmt.Sprintf(warnLowConf, n, LowConfidence))
	}
	return doc, nil
}
