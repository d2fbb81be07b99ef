package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// markSegments turns a search snippet with <mark>…</mark> around the
// matches into rich-text segments, the matches bold in the theme's primary
// colour.
func markSegments(snippet string) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	plain := widget.RichTextStyleInline
	marked := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
	for snippet != "" {
		i := strings.Index(snippet, "<mark>")
		if i < 0 {
			segs = append(segs, &widget.TextSegment{Text: snippet, Style: plain})
			break
		}
		if i > 0 {
			segs = append(segs, &widget.TextSegment{Text: snippet[:i], Style: plain})
		}
		rest := snippet[i+len("<mark>"):]
		j := strings.Index(rest, "</mark>")
		if j < 0 {
			segs = append(segs, &widget.TextSegment{Text: rest, Style: marked})
			break
		}
		segs = append(segs, &widget.TextSegment{Text: rest[:j], Style: marked})
		snippet = rest[j+len("</mark>"):]
	}
	return segs
}
