// Package fix corrects the known errors of Vietnamese OCR where the text
// alone decides: Tesseract's Vietnamese model often loses a stacked
// diacritic (tổ → tô, số → sô, ĐỐC → ĐÓC) or takes one mark for another.
// A lexicon of the syllables of administrative Vietnamese and of the pairs
// they form, counted in the legal corpus, picks the spelling among those
// that differ from the recognised word in marks only.
package fix

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"vanthu/docs/vn"
)

// Lexicon counts syllables and syllable pairs (both in Norm form).
type Lexicon struct {
	Uni    map[string]int
	Bi     map[[2]string]int
	once   sync.Once
	bySkel map[string][]string
}

// Norm is the form words are counted and looked up in: NFC, lowercase,
// new-style tone placement (hòa, not hoà).
func Norm(w string) string {
	return strings.ToLower(vn.NewStyleTones(vn.NFC(w)))
}

// skeleton is a syllable without its marks (tone, circumflex, breve, horn);
// đ stays đ, which OCR rarely confuses with d.
func skeleton(w string) string {
	var sb strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// Syllable tells whether w (in Norm form) can be a Vietnamese syllable:
// letters of the Vietnamese alphabet only, at most seven, with one tone.
func Syllable(w string) bool {
	n, tones := 0, 0
	for _, r := range norm.NFD.String(w) {
		switch {
		case r >= 'a' && r <= 'z' || r == 'đ':
			n++
		case r == '\u0300' || r == '\u0301' || r == '\u0303' || r == '\u0309' || r == '\u0323':
			tones++
		case r == '\u0302' || r == '\u0306' || r == '\u031b':
		default:
			return false
		}
	}
	return n > 0 && n <= 7 && tones <= 1
}

func (l *Lexicon) index() {
	l.once.Do(func() {
		l.bySkel = map[string][]string{}
		for w := range l.Uni {
			s := skeleton(w)
			l.bySkel[s] = append(l.bySkel[s], w)
		}
		for _, ws := range l.bySkel {
			sort.Strings(ws)
		}
	})
}

// Ambiguous tells whether another syllable of the lexicon has the same
// letters as w with other marks.
func (l *Lexicon) Ambiguous(w string) bool {
	l.index()
	return len(l.bySkel[skeleton(w)]) > 1
}

// Write saves the lexicon as sorted lines: "u syllable count" and
// "b first second count".
func (l *Lexicon) Write(w io.Writer) error {
	var lines []string
	for s, n := range l.Uni {
		lines = append(lines, "u "+s+" "+strconv.Itoa(n))
	}
	for p, n := range l.Bi {
		lines = append(lines, "b "+p[0]+" "+p[1]+" "+strconv.Itoa(n))
	}
	sort.Strings(lines)
	for _, s := range lines {
		if _, err := io.WriteString(w, s+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// Read loads a lexicon written by Write.
func Read(r io.Reader) (*Lexicon, error) {
	l := &Lexicon{Uni: map[string]int{}, Bi: map[[2]string]int{}}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		bad := fmt.Errorf("lexicon line %d: %q", line, sc.Text())
		if len(f) < 3 {
			return nil, bad
		}
		n, err := strconv.Atoi(f[len(f)-1])
		if err != nil || n <= 0 {
			return nil, bad
		}
		switch {
		case f[0] == "u" && len(f) == 3:
			l.Uni[f[1]] = n
		case f[0] == "b" && len(f) == 4:
			l.Bi[[2]string{f[1], f[2]}] = n
		default:
			return nil, bad
		}
	}
	return l, sc.Err()
}

//go:embed lexicon.gz
var lexiconGz []byte

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default is the lexicon built from the legal corpus (see gen), loaded on
// first use.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(lexiconGz))
		if err == nil {
			defaultLex, err = Read(zr)
		}
		if err != nil {
			// The embedded file is tested; an empty lexicon corrects nothing.
			defaultLex = &Lexicon{Uni: map[string]int{}, Bi: map[[2]string]int{}}
		}
	})
	return defaultLex
}
