package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/model"
)

// documentSegments renders structured text as rich-text paragraphs: list
// labels kept, bold and centred paragraphs as the format marked them,
// tables one row a line with the cells separated, notes at the end.
func documentSegments(d *model.Document) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for _, b := range d.Blocks {
		segs = append(segs, blockSegments(b)...)
	}
	if len(d.Notes) > 0 {
		segs = append(segs, &widget.SeparatorSegment{})
		for _, n := range d.Notes {
			var parts []string
			for _, b := range n.Blocks {
				parts = append(parts, strings.TrimSpace(b.Text))
			}
			segs = append(segs, &widget.TextSegment{
				Text:  "(" + n.Mark + ") " + strings.Join(parts, " "),
				Style: widget.RichTextStyle{SizeName: "captionText", Inline: false},
			})
		}
	}
	if len(segs) == 0 {
		segs = append(segs, &widget.TextSegment{Text: "(Tệp không có chữ)", Style: widget.RichTextStyleEmphasis})
	}
	return segs
}

func blockSegments(b model.Block) []widget.RichTextSegment {
	if b.Kind == model.KindTable {
		var segs []widget.RichTextSegment
		for _, r := range b.Rows {
			cells := r.CellTexts()
			segs = append(segs, &widget.TextSegment{Text: strings.Join(cells, "  │  "), Style: widget.RichTextStyleParagraph})
		}
		return append(segs, &widget.SeparatorSegment{})
	}
	text := b.Text
	if b.Label != "" {
		text = b.Label + " " + text
	}
	if strings.TrimSpace(text) == "" {
		return nil
	}
	style := widget.RichTextStyleParagraph
	style.TextStyle = fyne.TextStyle{Bold: b.Style.Bold || b.Style.Heading > 0, Italic: b.Style.Italic}
	switch b.Style.Align {
	case model.AlignCenter:
		style.Alignment = fyne.TextAlignCenter
	case model.AlignRight:
		style.Alignment = fyne.TextAlignTrailing
	}
	return []widget.RichTextSegment{&widget.TextSegment{Text: text, Style: style}}
}
