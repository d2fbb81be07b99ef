package vn

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// alphabet is the Vietnamese letter order (with the foreign letters f, j, w, z
// at their Latin places), as dictionaries and name lists sort.
const alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

var letterRank = func() map[rune]byte {
	m := map[rune]byte{}
	for i, r := range []rune(alphabet) {
		m[r] = byte('A' + i)
	}
	return m
}()

// tone ranks in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
var toneRank = map[rune]byte{grave: '2', hook: '3', tilde: '4', acute: '5', dot: '6'}

// SortKey is a key whose byte order is the Vietnamese alphabetical order of s:
// letters compared first without their tones (a < ă < â < b … d < đ … u < ư
// < v), then the tones in dictionary order, case and old-style tone placement
// ignored, numbers before letters. Plain byte order of UTF-8 would put "Ủy
// ban" after "Văn phòng" and "Đ" after "Z". The key is printable ASCII, so it
// can be stored and compared anywhere.
func SortKey(s string) string {
	d := norm.NFD.String(Key(s))
	var primary, tones strings.Builder
	rs := []rune(d)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if unicode.Is(unicode.Mn, r) {
			continue // a mark with no letter before it
		}
		// Gather the letter's marks: the ones that make another letter
		// (breve, circumflex, horn) and the tone.
		base, tone := r, byte('1')
		for i+1 < len(rs) && unicode.Is(unicode.Mn, rs[i+1]) {
			i++
			if t, ok := toneRank[rs[i]]; ok {
				tone = t
			} else {
				base = compose(base, rs[i])
			}
		}
		switch {
		case r == ' ':
			primary.WriteByte('!')
		case base >= '0' && base <= '9':
			primary.WriteRune(base)
		default:
			if rank, ok := letterRank[base]; ok {
				primary.WriteByte(rank)
				tones.WriteByte(tone)
			} else {
				fmt.Fprintf(&primary, "~%06x", base)
			}
		}
	}
	return primary.String() + " " + tones.String()
}

// compose is letter r with mark m as one character (a + breve = ă), or r when
// Unicode has no such character.
func compose(r, m rune) rune {
	c := []rune(norm.NFC.String(string([]rune{r, m})))
	if len(c) == 1 {
		return c[0]
	}
	return r
}
