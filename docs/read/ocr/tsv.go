package ocr

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"

	"vanthu/docs/vn"
)

// Word is one word Tesseract recognised, with its box in pixels of the page
// image (y growing downwards) and its confidence from 0 to 100.
type Word struct {
	Page                     int // 1-based, within the image file given to Tesseract
	Block, Par, Line         int // Tesseract's numbering, unique within a page
	Left, Top, Width, Height int
	Conf                     float64
	Text                     string // NFC
}

// tsvPage is the words of one page and the page's size in pixels.
type tsvPage struct {
	Number        int
	Width, Height int
	DPI           int // the resolution it was rendered at; 0 when unknown
	Words         []Word
}

// parseTSV reads Tesseract's TSV output: a header, then one row per page,
// block, paragraph, line and word (levels 1 to 5). Malformed rows are
// skipped: the output of a crashed run may end mid-line.
func parseTSV(data []byte) []tsvPage {
	var pages []tsvPage
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		f := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(f) < 11 {
			continue
		}
		var n [10]int
		ok := true
		for i := 0; i < 10; i++ {
			v, err := strconv.Atoi(f[i])
			if err != nil {
				ok = false // the header, or a broken row
				break
			}
			n[i] = v
		}
		if !ok || n[1] < 1 {
			continue
		}
		if len(pages) == 0 || pages[len(pages)-1].Number != n[1] {
			pages = append(pages, tsvPage{Number: n[1]})
		}
		pg := &pages[len(pages)-1]
		switch n[0] {
		case 1:
			pg.Width, pg.Height = n[8], n[9]
		case 5:
			text := ""
			if len(f) > 11 {
				text = vn.NFC(strings.TrimSpace(strings.Join(f[11:], " ")))
			}
			if text == "" || n[8] <= 0 || n[9] <= 0 {
				continue
			}
			conf, _ := strconv.ParseFloat(f[10], 64)
			pg.Words = append(pg.Words, Word{Page: n[1], Block: n[2], Par: n[3], Line: n[4],
				Left: n[6], Top: n[7], Width: n[8], Height: n[9], Conf: conf, Text: text})
		}
	}
	return pages
}
