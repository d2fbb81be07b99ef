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

// fitSnippet shortens a one-line snippet to what fits in width, cutting
// only between words and never through a <mark>…</mark>: it starts a few
// words before the first match (so the match is on screen) and marks what
// it left out with "…". measure gives the drawn width of plain text.
func fitSnippet(snippet string, width float32, measure func(string) float32) string {
	units := snippetUnits(snippet)
	if len(units) == 0 || measure(plainText(snippet)) <= width {
		return snippet
	}
	first := 0
	for i, u := range units {
		if strings.Contains(u, "<mark>") {
			first = i
			break
		}
	}
	start := max(0, first-3)
	prefix := ""
	if start > 0 {
		prefix = "… "
	}
	end := start + 1 // at least the first unit, the match when there is one
	for end <= first {
		end++
	}
	for end < len(units) && measure(plainText(prefix+strings.Join(units[start:end+1], " ")+" …")) <= width {
		end++
	}
	out := prefix + strings.Join(units[start:end], " ")
	if end < len(units) {
		out += " …"
	}
	return out
}

// snippetUnits splits a snippet at spaces, keeping a marked phrase whole.
func snippetUnits(s string) []string {
	var units []string
	open := false
	for _, w := range strings.Fields(s) {
		if open {
			units[len(units)-1] += " " + w
		} else {
			units = append(units, w)
		}
		if i, j := strings.LastIndex(w, "<mark>"), strings.LastIndex(w, "</mark>"); i > j {
			open = true
		} else if j >= 0 {
			open = false
		}
	}
	return units
}

func plainText(s string) string {
	return strings.NewReplacer("<mark>", "", "</mark>", "").Replace(s)
}
