package tasks

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Footnotes reach us in two shapes. Text copied out of a PDF has them at the
// foot of each page, between body lines: a separator line (a long run of
// spaces or underscores) and then "3 Sở Y tế, ..." lines, after which the
// body sentence goes on. Readers' PlainText puts them after the body as
// "(3) Sở Y tế, ..." lines, and web copies as "[3] ...". Both are cut out of
// the body and kept by mark, so "các đơn vị được kiểm tra trực tiếp(3)" can
// be resolved to the units note 3 names.

var (
	footStart   = regexp.MustCompile(`^\s*(\d{1,2})\s*\p{L}`)
	separator   = regexp.MustCompile(`^\s*[_\-–—.]{8,}\s*$`)
	trailNote   = regexp.MustCompile(`^\s*[(\[](\d{1,3}|\*{1,3})[)\]]\s*\S`)
	bracketMark = regexp.MustCompile(`\[(\d{1,3})\]`)
)

// line is one line of the source, as byte offsets without the line break.
type line struct{ start, end int }

func splitLines(text string) []line {
	var out []line
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			end := i
			if end > start && text[end-1] == '\r' {
				end--
			}
			out = append(out, line{start, end})
			start = i + 1
		}
	}
	return out
}

// isSeparator reports whether a raw line is a footnote separator: a long run
// of spaces (pdftotext's rendering of the rule) or of underscores.
func isSeparator(raw string) bool {
	if strings.TrimSpace(raw) == "" {
		return len(raw) >= 20
	}
	return separator.MatchString(raw)
}

// cutNotes finds the footnotes: it returns the stretches of the source they
// take (in order) and their texts by mark.
func cutNotes(text string, lines []line) (cuts []span, notes map[string]string) {
	drop := make([]bool, len(lines))
	notes = map[string]string{}
	for i := 0; i < len(lines); i++ {
		if !isSeparator(text[lines[i].start:lines[i].end]) {
			continue
		}
		j := nextNonBlank(text, lines, i+1)
		if j < 0 || !footStart.MatchString(text[lines[j].start:lines[j].end]) {
			continue
		}
		i = cutZone(text, lines, i, drop, notes)
	}
	cutTrailing(text, lines, drop, notes)
	for i, l := range lines {
		if drop[i] {
			cuts = append(cuts, span{l.start, l.end})
		}
	}
	return mergeCuts(append(cuts, cutMarked(text, lines, drop, notes)...)), notes
}

// Copies that reflow the text keep no separator: the notes stand on their
// own lines or run on inside one ("... xây\n2 Các bài viết ... đơn vị. 3 Sở
// Y tế, ... Ia H’Drai. dựng kế hoạch ..."). A line that opens with a number
// the body has used as a mark, "(3)", starts such a run; the body resumes
// after a full stop followed by a word in lower case (the broken sentence
// going on), or on the next line after a note that ends a sentence.
var markedStart = regexp.MustCompile(`^(\d{1,2})\s+\p{Lu}`)

func cutMarked(text string, lines []line, drop []bool, notes map[string]string) []span {
	var cuts []span
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if drop[i] {
			continue
		}
		s := trimSpan(text, span{l.start, l.end})
		m := markedStart.FindStringSubmatch(text[s.start:s.end])
		if m == nil || !strings.Contains(text[:s.start], "("+m[1]+")") {
			continue
		}
		end := scanNotes(text, s.start, notes)
		cuts = append(cuts, span{s.start, end})
		for i+1 < len(lines) && lines[i+1].start < end {
			i++
		}
	}
	return cuts
}

// scanNotes reads the notes that start at from and returns where the body
// resumes.
func scanNotes(text string, from int, notes map[string]string) int {
	const maxRun = 3000
	limit := min(len(text), from+maxRun)
	mark, noteAt := "", from
	flush := func(end int) {
		if m := markedStart.FindStringSubmatchIndex(text[noteAt:end]); m != nil {
			mark = text[noteAt+m[2] : noteAt+m[3]]
			notes[mark] = strings.Join(strings.Fields(text[noteAt+m[3]:end]), " ")
		}
	}
	for i := from; i < limit; i++ {
		if text[i] != '.' {
			continue
		}
		j, newline := i+1, false
		for j < limit && isSpace(text[j]) {
			newline = newline || text[j] == '\n'
			j++
		}
		if j == i+1 || j >= limit {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[j:])
		switch {
		case markedStart.MatchString(text[j:min(limit, j+12)]):
			flush(i + 1)
			noteAt = j
		case unicode.IsLower(r):
			flush(i + 1)
			return j
		case newline:
			flush(i + 1)
			return j
		}
	}
	flush(limit)
	return limit
}

// mergeCuts sorts the cut stretches and joins those that overlap.
func mergeCuts(cuts []span) []span {
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].start < cuts[j].start })
	var out []span
	for _, c := range cuts {
		if n := len(out); n > 0 && c.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, c.end)
			continue
		}
		out = append(out, c)
	}
	return out
}

// cutZone drops the footnote zone that starts at the separator line sep and
// returns the index of its last line. A note runs on until a line that ends
// a sentence; the first line after that which does not open a new note is
// the body again.
func cutZone(text string, lines []line, sep int, drop []bool, notes map[string]string) int {
	drop[sep] = true
	mark, body, done := "", "", true
	flush := func() {
		if mark != "" {
			notes[mark] = strings.Join(strings.Fields(body), " ")
		}
	}
	last := sep
	for k := sep + 1; k < len(lines); k++ {
		raw := text[lines[k].start:lines[k].end]
		t := strings.TrimSpace(raw)
		if t == "" {
			drop[k] = true
			last = k
			continue
		}
		if m := footStart.FindStringSubmatchIndex(raw); m != nil && done {
			flush()
			mark = raw[m[2]:m[3]]
			body = raw[m[3]:]
		} else if !done {
			body += " " + t
		} else {
			break
		}
		drop[k] = true
		last = k
		done = strings.HasSuffix(t, ".") || strings.HasSuffix(t, ";")
	}
	flush()
	return last
}

// cutTrailing drops the "(n) text" and "[n] text" lines that end the text.
func cutTrailing(text string, lines []line, drop []bool, notes map[string]string) {
	for k := len(lines) - 1; k >= 0; k-- {
		raw := text[lines[k].start:lines[k].end]
		if strings.TrimSpace(raw) == "" {
			continue
		}
		if !trailNote.MatchString(raw) {
			return
		}
		drop[k] = true
		t := strings.TrimSpace(raw)
		if t[0] == '[' {
			ms := bracketMark.FindAllStringSubmatchIndex(t, -1)
			for n, m := range ms {
				end := len(t)
				if n+1 < len(ms) {
					end = ms[n+1][0]
				}
				notes[t[m[2]:m[3]]] = strings.TrimSpace(t[m[1]:end])
			}
			continue
		}
		close := strings.IndexAny(t, ")]")
		notes[t[1:close]] = strings.TrimSpace(t[close+1:])
	}
}

func nextNonBlank(text string, lines []line, from int) int {
	for k := from; k < len(lines); k++ {
		if strings.TrimSpace(text[lines[k].start:lines[k].end]) != "" {
			return k
		}
	}
	return -1
}
