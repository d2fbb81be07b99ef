package legacy

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Syllable checking is how Detect tells encodings apart: decoded with the
// right table, words with 8-bit bytes become Vietnamese syllables; with a
// wrong one they become letter salad like "Baựo" or "B¸o".

var onsets = []string{ // longest first, so "ngh" wins over "ng" and "n"
	"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
}

var nuclei = map[string]bool{}

func init() {
	for _, v := range strings.Fields(`a ă â e ê i o ô ơ u ư y
		ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê
		iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyê uyu`) {
		nuclei[v] = true
	}
}

// openNuclei end in a glide (or are ia/ua/ưa) and so take no final
// consonant: "ao" is a syllable, "aon" is not.
var openNuclei = map[string]bool{}

func init() {
	for _, v := range strings.Fields(`ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu
		iêu yêu oai oao oay oeo uây uôi ươi ươu uyu`) {
		openNuclei[v] = true
	}
}

var codas = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true}

func isVowel(r rune) bool { return strings.ContainsRune("aăâeêioôơuưy", r) }

// toned maps every toned Vietnamese vowel, both cases, to its lower-case
// untoned letter: 'Ấ' → 'â'. Built once so syllable checks need no Unicode
// normalisation.
var toned = map[rune]rune{}

func init() {
	for _, v := range "aăâeêioôơuưy" {
		for _, t := range []rune{markGrave, markAcute, markTilde, markHook, markDot} {
			c := []rune(norm.NFC.String(string([]rune{v, t})))[0]
			toned[c] = v
			toned[unicode.ToUpper(c)] = v
		}
	}
}

// plausibleSyllable reports whether word reads as one Vietnamese syllable:
// onset consonant, a known vowel group, a final consonant, at most one tone.
// Tones may be precomposed or combining marks (raw cp1258 text).
func plausibleSyllable(word string) bool {
	tones := 0
	bare := make([]rune, 0, len(word))
	for _, r := range word {
		if v, ok := toned[r]; ok {
			tones++
			bare = append(bare, v)
			continue
		}
		switch r {
		case markGrave, markAcute, markTilde, markHook, markDot:
			tones++
			continue
		}
		if !unicode.IsLetter(r) {
			return false
		}
		bare = append(bare, unicode.ToLower(r))
	}
	if tones > 1 {
		return false
	}
	w := string(bare)
	rest := w
	for _, o := range onsets {
		if strings.HasPrefix(w, o) {
			rest = w[len(o):]
			if o == "gi" && !strings.ContainsFunc(rest, isVowel) {
				rest = w[1:] // "gì", "gìn": the i is the vowel
			}
			break
		}
	}
	rs := []rune(rest)
	n := 0
	for n < len(rs) && isVowel(rs[n]) {
		n++
	}
	nucleus, coda := string(rs[:n]), string(rs[n:])
	return n > 0 && nuclei[nucleus] && codas[coda] && (coda == "" || !openNuclei[nucleus])
}
