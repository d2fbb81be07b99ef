package txt

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"vanthu/docs/model"
)

// Paragraphs splits plain text into paragraph blocks.
//
// Two layouts exist in practice. Most files (copied out of Word or a PDF)
// hold one paragraph per line, blank lines or not. Some are hard-wrapped:
// paragraphs of several lines separated by blank lines. The text is taken
// as hard-wrapped only when blank lines exist AND the blank-separated groups
// average two lines or more; then a group's lines are joined with spaces,
// except that a line opening with a list label still starts a paragraph of
// its own. A form feed always ends a paragraph. A leading list label ("1.",
// "a)", "-", "Điều 3.") goes to Block.Label.
func Paragraphs(text string) []model.Block {
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\f", "\n\n", "\v", "\n").Replace(text)
	lines := strings.Split(text, "\n")
	var paras []string
	if hardWrapped(lines) {
		var cur []string
		flush := func() {
			if len(cur) > 0 {
				paras = append(paras, strings.Join(cur, " "))
				cur = nil
			}
		}
		for _, l := range lines {
			l = strings.TrimSpace(l)
			switch {
			case l == "":
				flush()
			case len(cur) > 0 && hasLabel(l):
				flush()
				cur = append(cur, l)
			default:
				cur = append(cur, l)
			}
		}
		flush()
	} else {
		paras = lines
	}
	var blocks []model.Block
	for _, p := range paras {
		p = collapseSpaces(p)
		if p == "" {
			continue
		}
		label, rest, level := SplitLabel(p)
		blocks = append(blocks, model.Block{Kind: model.KindParagraph, Text: rest, Label: label, Level: level})
	}
	return blocks
}

// hardWrapped reports whether the text is wrapped at a fixed width with
// blank lines between paragraphs: blank lines exist, and at least half of
// the line breaks inside blank-separated groups fall mid-sentence (the line
// ends without . ; : ! ? and the next starts in lower case).
func hardWrapped(lines []string) bool {
	// Only a blank line between two lines of text counts: the empty string
	// after a file's last newline, or blank lines before its first text, say
	// nothing about paragraphs.
	blank, gap, seen, breaks, soft := false, false, false, 0, 0
	prev := ""
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			gap = gap || seen
			prev = ""
			continue
		}
		blank = blank || gap
		seen = true
		if prev != "" {
			breaks++
			if midSentence(prev, l) {
				soft++
			}
		}
		prev = l
	}
	return blank && breaks > 0 && 2*soft >= breaks
}

// midSentence reports whether a line break between prev and next looks
// like wrapping rather than the end of a paragraph.
func midSentence(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	return !strings.ContainsRune(".;:!?", last) && unicode.IsLower(first)
}

// collapseSpaces trims s and turns tabs and runs of spaces into one space.
func collapseSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// labelPatterns recognise the list labels of Vietnamese official texts, in
// the order tried. The label must be followed by a space and more text.
var labelPatterns = []struct {
	re    *regexp.Regexp
	level func(label string) int
}{
	{regexp.MustCompile(`^Điều\s+\d+[a-zđ]?\s*[.:]`), flat(0)},
	// 1.  1)  1.2.  1.2  2.3) — but not "12 tháng" or "3.500.000 đồng".
	{regexp.MustCompile(`^(?:\d{1,3}(?:\.\d{1,2})+[.)]?|\d{1,3}[.)])`), decimalLevel},
	{regexp.MustCompile(`^[IVXLC]{1,6}\.`), flat(0)}, // II.
	{regexp.MustCompile(`^[a-zđ][.)]`), flat(1)},     // a)  đ.
	{regexp.MustCompile(`^[-–—+•*·]`), flat(2)},      // - bullets
}

func flat(n int) func(string) int { return func(string) int { return n } }

// decimalLevel counts the numbers of "1.2.3." minus one.
func decimalLevel(label string) int {
	n := 0
	for _, part := range strings.Split(strings.TrimRight(label, ".)"), ".") {
		if part != "" {
			n++
		}
	}
	return max(n-1, 0)
}

// SplitLabel splits a leading list label off a paragraph. It returns the
// label, the rest of the text and a nesting level guessed from the label
// kind; with no label the text comes back whole.
func SplitLabel(p string) (label, rest string, level int) {
	for _, lp := range labelPatterns {
		m := lp.re.FindString(p)
		if m == "" || len(m) >= len(p) {
			continue
		}
		after := p[len(m):]
		if after[0] != ' ' && after[0] != '\t' {
			continue
		}
		rest = strings.TrimSpace(after)
		if rest == "" {
			continue
		}
		label = strings.Join(strings.Fields(m), " ")
		return label, rest, lp.level(label)
	}
	return "", p, 0
}

func hasLabel(line string) bool {
	l, _, _ := SplitLabel(line)
	return l != ""
}
