package blocks

import (
	"strings"
	"unicode"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/vn"
)

// Paragraph collects one paragraph: its text, the style hints of its
// characters and the text boxes anchored in it.
type Paragraph struct {
	text strings.Builder
	// Boxes holds the content of the text boxes anchored in the paragraph;
	// it follows the paragraph in reading order.
	Boxes  []model.Block
	chars  int // visible non-space characters
	bold   int
	italic int
	sizes  map[float64]int // points → characters
	fonts  map[string]bool // legacy fonts converted
}

// Run is how a piece of text is shown.
type Run struct {
	Font         string // the font its letters are drawn in
	Bold, Italic bool
	SizePt       float64 // 0 when unknown
}

// Write adds text as it is, without style hints: marks, tabs, breaks.
func (p *Paragraph) Write(s string) { p.text.WriteString(s) }

// Add adds text shown as r. Text in a legacy Vietnamese font (TCVN3, VNI)
// is converted to Unicode, since the file stores the font's byte codes.
func (p *Paragraph) Add(text string, r Run) {
	if enc := legacy.FontEncoding(r.Font); enc != legacy.None {
		text = legacy.DecodeRunes(enc, text)
		if legacy.FontIsCapitals(r.Font) {
			text = strings.ToUpper(text)
		}
		if p.fonts == nil {
			p.fonts = map[string]bool{}
		}
		p.fonts[r.Font] = true
	}
	p.text.WriteString(text)
	n := 0
	for _, c := range text {
		if !unicode.IsSpace(c) {
			n++
		}
	}
	p.chars += n
	if r.Bold {
		p.bold += n
	}
	if r.Italic {
		p.italic += n
	}
	if r.SizePt > 0 {
		if p.sizes == nil {
			p.sizes = map[float64]int{}
		}
		p.sizes[r.SizePt] += n
	}
}

// Block returns the paragraph as a block: its text NFC and trimmed (tabs
// and line breaks inside stay), bold or italic when every visible character
// is, and the size most of its characters have (the smaller on a tie).
func (p *Paragraph) Block() model.Block {
	best, bestN := 0.0, 0
	for sz, n := range p.sizes {
		if n > bestN || n == bestN && sz < best {
			best, bestN = sz, n
		}
	}
	return model.Block{
		Kind: model.KindParagraph,
		Text: strings.TrimSpace(vn.NFC(p.text.String())),
		Style: model.Style{
			Bold:   p.chars > 0 && p.bold == p.chars,
			Italic: p.chars > 0 && p.italic == p.chars,
			SizePt: best,
		},
	}
}
