package blocks

import (
	"fmt"
	"sort"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
)

// MaxParagraphs bounds the paragraphs kept from one document, so that a
// hostile file of millions of tiny paragraphs cannot exhaust memory. A
// 400-page law has about 5,000.
const MaxParagraphs = 200000

// Tally is what every part of one document shares while it is read: the
// paragraphs kept so far and the legacy-font text converted.
type Tally struct {
	max       int
	kept      int
	converted map[string]int // legacy font → paragraphs converted
}

// NewTally keeps at most max paragraphs (MaxParagraphs for a reader).
func NewTally(max int) *Tally {
	return &Tally{max: max, converted: map[string]int{}}
}

// Append appends the paragraph p, finished as b (its Block with the label,
// level and style the format adds), unless it is empty or past the
// paragraph limit; then the text boxes anchored in it.
func (t *Tally) Append(out []model.Block, p *Paragraph, b model.Block) []model.Block {
	if b.Text != "" || b.Label != "" {
		t.kept++
		if t.kept <= t.max {
			out = append(out, b)
			for f := range p.fonts {
				t.converted[f]++
			}
		}
	}
	return append(out, p.Boxes...)
}

// Warning is the clerk's warning when paragraphs were left out, else "".
func (t *Tally) Warning() string {
	if t.kept <= t.max {
		return ""
	}
	return fmt.Sprintf("văn bản quá dài: chỉ đọc %d đoạn đầu", t.max)
}

// Conversions describes the legacy-font text converted, one line per font:
// "TCVN3 → Unicode (.VnTime): 12 đoạn".
func (t *Tally) Conversions() []string {
	fonts := make([]string, 0, len(t.converted))
	for f := range t.converted {
		fonts = append(fonts, f)
	}
	sort.Strings(fonts)
	var out []string
	for _, f := range fonts {
		out = append(out, fmt.Sprintf("%s → Unicode (%s): %d đoạn", legacy.FontEncoding(f), f, t.converted[f]))
	}
	return out
}

// AppendNew appends the blocks unless the same text is already there: the
// first-page, odd and even headers of a letter usually repeat each other.
func AppendNew(have, add []model.Block) []model.Block {
	if len(add) == 0 {
		return have
	}
	key := plainText(add)
	for i := 0; i+len(add) <= len(have); i++ {
		if plainText(have[i:i+len(add)]) == key {
			return have
		}
	}
	return append(have, add...)
}

func plainText(bs []model.Block) string {
	d := model.Document{Blocks: bs}
	return d.PlainText()
}
