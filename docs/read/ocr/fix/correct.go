package fix

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Thresholds of a correction, tuned on the transcriptions of
// docs/read/ocr/testdata/transcripts (see bench/ocrbench).
const (
	// minPairs is how often a candidate must occur next to the words
	// around it before the context alone may overrule a real syllable.
	minPairs = 3
	// pairRatio: the candidate's pairs must outnumber the word's this many
	// times over.
	pairRatio = 8
	// soloRatio: without any pair for either, a candidate replaces a real
	// syllable only when it is this many times more frequent ("sô" → "số").
	soloRatio = 200
	// maxMarks is how many letters may change their marks.
	maxMarks = 2
	// swapPairs is how often a candidate must pair with its neighbours
	// (and at least as often as the word occurs at all, the word itself
	// never with them) before one mark may replace another in a real
	// syllable ("Giám độc" → "Giám đốc"): OCR confuses the acute and the
	// dot below on a stacked vowel; a common word ("trong tỉnh", where
	// "trong tình hình" is commoner) is not to be guessed away.
	swapPairs = 50
)

// split is a word as punctuation before, letters, punctuation after.
type split struct {
	pre, core, post string
}

// splitWord takes the punctuation off both ends of a word; ok is false
// when what remains is not letters only ("V/v", "2017", "SYT-NVY").
func splitWord(w string) (s split, ok bool) {
	rs := []rune(w)
	i, j := 0, len(rs)
	for i < j && !isLetter(rs[i]) {
		i++
	}
	for j > i && !isLetter(rs[j-1]) {
		j--
	}
	if i == j {
		return s, false
	}
	for _, r := range rs[i:j] {
		if !isLetter(r) {
			return s, false
		}
	}
	return split{string(rs[:i]), string(rs[i:j]), string(rs[j:])}, true
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// markDiff counts the letters whose marks differ between two syllables of
// the same skeleton.
func markDiff(a, b string) int {
	ma, mb := marks(a), marks(b)
	if len(ma) != len(mb) {
		return 99
	}
	n := 0
	for i := range ma {
		if ma[i] != mb[i] {
			n++
		}
	}
	return n
}

// marks lists, for each base letter, the combining marks on it.
func marks(w string) []string {
	var out []string
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) && len(out) > 0 {
			out[len(out)-1] += string(r)
			continue
		}
		out = append(out, "")
	}
	return out
}

// adds tells whether c is w with marks added and none taken away, the
// way Tesseract's Vietnamese model errs (tổ read as tô, ĐỐC as ĐÓC).
func adds(w, c string) bool {
	mw, mc := marks(w), marks(c)
	if len(mw) != len(mc) || w == c {
		return false
	}
	for i := range mw {
		for _, r := range mw[i] {
			if !strings.ContainsRune(mc[i], r) {
				return false
			}
		}
	}
	return true
}

// Correct returns the words of one line with the marks the lexicon
// supports, and how many it changed. A word is only ever given other marks
// on the same letters; its punctuation and its case are kept.
func (l *Lexicon) Correct(words []string) ([]string, int) {
	l.index()
	out := make([]string, len(words))
	copy(out, words)
	cores := make([]string, len(words)) // Norm form, "" where the word is not a bare syllable
	parts := make([]split, len(words))
	for i, w := range words {
		if s, ok := splitWord(w); ok {
			parts[i] = s
			cores[i] = Norm(s.core)
		}
	}
	// A pair counts only across a plain space, as in the generator.
	joined := func(i int) bool {
		return cores[i] != "" && cores[i+1] != "" && parts[i].post == "" && parts[i+1].pre == ""
	}
	changed := 0
	for i := range words {
		w := cores[i]
		if w == "" || len([]rune(w)) < 2 {
			continue // one letter ("Y tế", "A") is a name or an initial
		}
		var prev, next []string
		if i > 0 && joined(i-1) {
			prev = l.spellings(cores[i-1])
		}
		if i+1 < len(words) && joined(i) {
			next = l.spellings(cores[i+1])
		}
		// Capitals write names ("Kiên Giang", "Răng Hàm Mặt", "KIÊN
		// GIANG"): only context may change them, never frequency alone.
		name := upper(parts[i].core) ||
			titled(parts[i].core) && i+1 < len(words) && cores[i+1] != "" && titled(parts[i+1].core)
		if best := l.best(w, prev, next, name); best != "" {
			out[i] = parts[i].pre + withCase(best, parts[i].core) + parts[i].post
			cores[i] = best // later words see the corrected context
			changed++
		}
	}
	return out, changed
}

// spellings is w and the spellings of the lexicon it may stand for.
func (l *Lexicon) spellings(w string) []string {
	out := []string{w}
	for _, c := range l.bySkel[skeleton(w)] {
		if c != w && markDiff(c, w) <= maxMarks {
			out = append(out, c)
		}
	}
	return out
}

// best picks the spelling of w given the possible spellings of its
// neighbours, or "" to keep it.
func (l *Lexicon) best(w string, prev, next []string, name bool) string {
	pairs := func(c string) int {
		bp, bn := 0, 0
		for _, p := range prev {
			bp = max(bp, l.Bi[[2]string{p, c}])
		}
		for _, n := range next {
			bn = max(bn, l.Bi[[2]string{c, n}])
		}
		return bp + bn
	}
	own, ownPairs := l.Uni[w], pairs(w)
	best, bestPairs, bestUni, bestAdd := "", -1, -1, false
	for _, c := range l.bySkel[skeleton(w)] {
		if c == w || markDiff(c, w) > maxMarks {
			continue
		}
		p, u := pairs(c), l.Uni[c]
		add := adds(w, c)
		context := p >= minPairs && p >= pairRatio*(ownPairs+1)
		ok := add && own == 0 && !name || // not a syllable of the lexicon, a mark lost
			add && context || // a real syllable, but its neighbours call for another
			add && !name && p == 0 && ownPairs == 0 && u >= soloRatio*own || // "sô" → "số"
			own == 0 && context || // another misreading of a word the context knows
			!name && ownPairs == 0 && p >= swapPairs && p >= own && markDiff(c, w) == 1 // a tone taken for another
		// Marks lost are the usual error: such a reading wins over one
		// that also takes marks away.
		better := add && !bestAdd || add == bestAdd && (p > bestPairs || p == bestPairs && u > bestUni)
		if ok && (best == "" || better) {
			best, bestPairs, bestUni, bestAdd = c, p, u, add
		}
	}
	return best
}

// withCase writes c (lowercase) in the case pattern of orig: all capitals,
// a capital first, or lowercase.
func withCase(c, orig string) string {
	upper, lower := 0, 0
	for _, r := range orig {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	switch {
	case upper > 1 && lower == 0:
		return strings.ToUpper(c)
	case upper >= 1 && unicode.IsUpper([]rune(orig)[0]):
		r := []rune(c)
		return strings.ToUpper(string(r[0])) + string(r[1:])
	}
	return c
}

// titled tells a word that starts with a capital and goes on in lowercase,
// or a single capital.
func titled(w string) bool {
	rs := []rune(w)
	if len(rs) == 0 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// upper tells a word in capitals only.
func upper(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 1
}
