// Package vn holds the Vietnamese text rules every other package shares:
// Unicode NFC, one tone-mark placement, and the accent-free folding that lets
// "cai cach" find "cải cách".
package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode NFC with non-breaking and other odd spaces made
// plain spaces, zero-width characters removed and bytes that are not UTF-8
// replaced by U+FFFD (normalising such bytes is undefined: a letter after
// one stays decomposed). Every reader calls it on what it returns.
func NFC(s string) string {
	if plainNFC(s) {
		return s // the common case, checked in one pass instead of three
	}
	return composeNFC(s)
}

// composeNFC is NFC's long way: bad bytes replaced, odd spaces cleaned, then
// composed.
func composeNFC(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.ContainsFunc(s, oddSpace) {
		// Clean first, compose after: a zero-width character between a
		// letter and its tone mark would otherwise keep them apart.
		var sb strings.Builder
		sb.Grow(len(s))
		for _, r := range s {
			switch r {
			case '\u00a0', '\u2007', '\u202f', '\u2002', '\u2003', '\u2009', '\u3000':
				sb.WriteByte(' ')
			case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad':
			default:
				sb.WriteRune(r)
			}
		}
		s = sb.String()
	}
	return norm.NFC.String(s)
}

// plainNFC reports whether s is valid UTF-8 made only of runes that are
// NFC starters combining with nothing before them, none an odd space: such
// a text is already what NFC returns. Almost every reader's text is
// (ASCII, Latin-1, the Vietnamese precomposed letters, dashes and quotes),
// and the check costs a third of NFC's own three passes over it.
func plainNFC(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !stableStarter(r) { // utf8.RuneError (U+FFFD) is not one: bad bytes go the long way
			return false
		}
		i += size
	}
	return true
}

// stableStarter reports whether r is in a block where every rune is NFC as
// it stands, has combining class 0 and composes with nothing before it
// (TestStableStarter checks each against x/text's tables), and is no odd
// space.
func stableStarter(r rune) bool {
	switch {
	case r < 0x300: // Latin-1, Latin Extended-A and -B, IPA, spacing modifiers
		return r != '\u00a0' && r != '\u00ad'
	case r >= 0x1E00 && r <= 0x1EFF: // Latin Extended Additional: ạ … ỹ
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E: // dashes, quotes, bullets
		return true
	}
	return false
}

func oddSpace(r rune) bool {
	switch r {
	case '\u00a0', '\u2007', '\u202f', '\u2002', '\u2003', '\u2009', '\u3000',
		'\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// tone marks as combining characters (NFD).
const (
	grave = '\u0300'
	acute = '\u0301'
	tilde = '\u0303'
	hook  = '\u0309'
	dot   = '\u0323'
)

func isTone(r rune) bool {
	switch r {
	case grave, acute, tilde, hook, dot:
		return true
	}
	return false
}

// Fold lowercases s, removes every diacritic and turns đ into d: the form
// used for accent-insensitive search.
func Fold(s string) string {
	d := norm.NFD.String(s)
	var sb strings.Builder
	sb.Grow(len(d))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'đ', 'Đ':
			r = 'd'
		default:
			r = unicode.ToLower(r)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// NewStyleTones rewrites the old-style tone placement of open syllables
// ending in oa, oe, uy ("hoà", "khoẻ", "Uỷ") to the placement of current
// official texts ("hòa", "khỏe", "Ủy"), so both spellings compare equal.
// The result is NFC.
func NewStyleTones(s string) string {
	s = norm.NFC.String(s)
	if !strings.ContainsAny(s, "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ") {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	start := -1
	flush := func(end int) {
		if start >= 0 {
			sb.WriteString(fixSyllable(s[start:end]))
			start = -1
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		sb.WriteRune(r)
	}
	flush(len(s))
	return sb.String()
}

// fixSyllable moves the tone of "oa", "oe", "uy" at the end of a word from
// the second vowel to the first. "qu" is a consonant, so "quý" is kept.
func fixSyllable(w string) string {
	rs := []rune(norm.NFD.String(w))
	n := len(rs)
	if n < 3 || !isTone(rs[n-1]) {
		return w
	}
	tone := rs[n-1]
	last := unicode.ToLower(rs[n-2])
	first := unicode.ToLower(rs[n-3])
	ok := (first == 'o' && (last == 'a' || last == 'e')) || (first == 'u' && last == 'y')
	if !ok {
		return w
	}
	if first == 'u' && n >= 4 && unicode.ToLower(rs[n-4]) == 'q' {
		return w
	}
	// The first vowel must be bare: "ươ" and the like are other syllables.
	if n >= 4 && unicode.Is(unicode.Mn, rs[n-4]) {
		return w
	}
	out := make([]rune, 0, n)
	out = append(out, rs[:n-2]...)
	out = append(out, tone, rs[n-2])
	return norm.NFC.String(string(out))
}

// Key is the comparison key for names and subjects: NFC, new-style tones,
// lowercase, spaces collapsed.
func Key(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(NewStyleTones(NFC(s)))), " ")
}

// Prefix is s cut to at most n bytes without splitting a character: the
// budgets of long texts (extraction, the search index) cut where a letter
// starts, never inside its UTF-8 bytes.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:max(n, 0)]
}
