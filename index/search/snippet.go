package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Snippets are plain text: the document's own characters, not HTML-escaped,
// with each match wrapped in MarkOpen/MarkClose. Segments splits one back
// into marked and unmarked pieces for a UI that does not speak HTML.
const (
	MarkOpen  = "<mark>"
	MarkClose = "</mark>"
)

const (
	maxSnippets   = 2
	snippetBytes  = 280 // about 200 Vietnamese characters
	snippetLead   = 70  // context kept before the first match
	snapMaxBytes  = 24  // how far to look for a space to cut at
	ellipsis      = "…"
	fallbackBytes = 200 // snippet from the start when no match is in the text
)

// match is one term occurrence in the original text, from the folded field's
// term locations (whose offsets point into the original, accented text).
type match struct {
	start, end int
	term       int // which query term: windows prefer several distinct ones
}

// buildSnippets cuts up to maxSnippets windows of text around the matches,
// preferring windows that hold the most distinct terms.
func buildSnippets(text string, ms []match) []string {
	ms = cleanMatches(text, ms)
	if len(ms) == 0 {
		if text == "" {
			return nil
		}
		return []string{cut(text, 0, min(len(text), fallbackBytes), nil)}
	}
	var out []string
	var taken [][2]int
	for len(out) < maxSnippets {
		i, j, ok := bestWindow(ms, taken)
		if !ok {
			break
		}
		from := windowStart(text, ms[i].start)
		to := windowEnd(text, max(ms[j-1].end, from+snippetBytes))
		taken = append(taken, [2]int{from, to})
		out = append(out, cut(text, from, to, ms))
	}
	return out
}

// cleanMatches sorts matches and drops overlapping or out-of-range ones.
func cleanMatches(text string, ms []match) []match {
	slices.SortFunc(ms, func(a, b match) int { return a.start - b.start })
	out := ms[:0]
	last := -1
	for _, m := range ms {
		if m.start < last || m.start < 0 || m.end > len(text) || m.start >= m.end {
			continue
		}
		out = append(out, m)
		last = m.end
	}
	return out
}

// bestWindow returns the matches ms[i:j] of the window starting at match i
// with the most distinct terms (then the most matches), skipping matches
// inside windows already taken.
func bestWindow(ms []match, taken [][2]int) (bi, bj int, ok bool) {
	free := func(m match) bool {
		for _, t := range taken {
			if m.end > t[0] && m.start < t[1] {
				return false
			}
		}
		return true
	}
	bestDistinct, bestCount := 0, 0
	terms := 0
	for _, m := range ms {
		terms = max(terms, m.term+1)
	}
	count := make([]int, terms)
	distinct := 0
	j := 0
	for i := range ms {
		if j < i {
			j = i
		}
		for j < len(ms) && ms[j].end <= ms[i].start+snippetBytes && free(ms[j]) {
			if count[ms[j].term] == 0 {
				distinct++
			}
			count[ms[j].term]++
			j++
		}
		if j > i && (distinct > bestDistinct || distinct == bestDistinct && j-i > bestCount) {
			bi, bj, ok = i, j, true
			bestDistinct, bestCount = distinct, j-i
		}
		if j > i {
			count[ms[i].term]--
			if count[ms[i].term] == 0 {
				distinct--
			}
		}
	}
	return bi, bj, ok
}

// windowStart backs up from the first match by snippetLead bytes, but not
// past the start of its line, and then to a word boundary.
func windowStart(text string, first int) int {
	from := max(0, first-snippetLead)
	if nl := strings.LastIndexByte(text[from:first], '\n'); nl >= 0 {
		return from + nl + 1
	}
	if from == 0 {
		return 0
	}
	if sp := strings.IndexByte(text[from:min(first, from+snapMaxBytes)], ' '); sp >= 0 {
		return from + sp + 1
	}
	for from < first && !utf8.RuneStart(text[from]) {
		from++
	}
	return from
}

// windowEnd moves to to the next space (or line end) nearby.
func windowEnd(text string, to int) int {
	if to >= len(text) {
		return len(text)
	}
	if sp := strings.IndexAny(text[to:min(len(text), to+snapMaxBytes)], " \n"); sp >= 0 {
		return to + sp
	}
	for to > 0 && !utf8.RuneStart(text[to]) {
		to--
	}
	return to
}

// cut returns text[from:to] on one line, with marks around ms and an
// ellipsis where the text goes on.
func cut(text string, from, to int, ms []match) string {
	var sb strings.Builder
	if from > 0 {
		sb.WriteString(ellipsis)
	}
	pos := from
	for _, m := range ms {
		if m.start < from || m.end > to {
			continue
		}
		writeLine(&sb, text[pos:m.start])
		sb.WriteString(MarkOpen)
		writeLine(&sb, text[m.start:m.end])
		sb.WriteString(MarkClose)
		pos = m.end
	}
	writeLine(&sb, text[pos:to])
	if to < len(text) {
		sb.WriteString(ellipsis)
	}
	return strings.TrimSpace(sb.String())
}

// writeLine writes s with line breaks and tabs as spaces.
func writeLine(sb *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '\n', '\r', '\t':
			r = ' '
		}
		sb.WriteRune(r)
	}
}

// Segment is a piece of a snippet, marked when it is a match.
type Segment struct {
	Text   string
	Marked bool
}

// Segments splits a snippet into plain and marked pieces.
func Segments(snippet string) []Segment {
	var out []Segment
	for snippet != "" {
		i := strings.Index(snippet, MarkOpen)
		if i < 0 {
			out = append(out, Segment{Text: snippet})
			break
		}
		if i > 0 {
			out = append(out, Segment{Text: snippet[:i]})
		}
		snippet = snippet[i+len(MarkOpen):]
		j := strings.Index(snippet, MarkClose)
		if j < 0 {
			j = len(snippet)
		}
		out = append(out, Segment{Text: snippet[:j], Marked: true})
		snippet = snippet[min(len(snippet), j+len(MarkClose)):]
	}
	return out
}
