package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"golang.org/x/text/unicode/norm"

	"vanthu/docs/vn"
)

// Analyzer names, registered with bleve so an index on disk names them.
const (
	exactAnalyzerName  = "vanthu_vn_exact"
	foldedAnalyzerName = "vanthu_vn_folded"
	numberAnalyzerName = "vanthu_number"
	bigramAnalyzerName = "vanthu_vn_bigram"
)

func init() {
	for name, a := range map[string]analysis.Analyzer{
		exactAnalyzerName:  exactAnalyzer,
		foldedAnalyzerName: foldedAnalyzer,
		numberAnalyzerName: numberAnalyzer,
		bigramAnalyzerName: bigramAnalyzer{},
	} {
		// Registration only fails on a duplicate name: a programming error
		// that every test run would show.
		if err := registry.RegisterAnalyzer(name, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return a, nil
		}); err != nil {
			panic(err)
		}
	}
}

// syllableAnalyzer splits text into runs of letters and digits (Vietnamese
// syllables are already space separated, so no UAX#29 segmentation is
// needed) and normalizes each run. Token offsets always point into the
// original text, so the folded field's term locations mark the accented words.
// Documents are indexed through syllableField, which yields the same terms
// without token objects; the analyzer is what the mapping and bleve's tools
// see.
type syllableAnalyzer struct {
	norm func(dst, word []byte) []byte
}

func (a syllableAnalyzer) Analyze(input []byte) analysis.TokenStream {
	spans := wordSpans(input)
	toks := make([]analysis.Token, len(spans))
	stream := make(analysis.TokenStream, len(spans))
	buf := make([]byte, 0, len(input)/2)
	for i, sp := range spans {
		word := input[sp.start:sp.end]
		start := len(buf)
		buf = a.norm(buf, word)
		term := buf[start:len(buf):len(buf)]
		if string(term) == string(word) {
			term = word
			buf = buf[:start]
		}
		toks[i] = analysis.Token{
			Start:    sp.start,
			End:      sp.end,
			Term:     term,
			Position: i + 1,
			Type:     analysis.AlphaNumeric,
		}
		stream[i] = &toks[i]
	}
	return stream
}

// bigramAnalyzer yields the terms of newBigramField: each pair of
// neighbouring folded syllables, spanning both words, at consecutive
// positions.
type bigramAnalyzer struct{}

func (bigramAnalyzer) Analyze(input []byte) analysis.TokenStream {
	spans := wordSpans(input)
	var stream analysis.TokenStream
	var prev []byte
	for i, sp := range spans {
		cur := foldTerm(nil, input[sp.start:sp.end])
		if i > 0 {
			stream = append(stream, &analysis.Token{
				Term:     bigramTerm(nil, prev, cur),
				Start:    spans[i-1].start,
				End:      sp.end,
				Position: i,
				Type:     analysis.AlphaNumeric,
			})
		}
		prev = cur
	}
	return stream
}

type span struct{ start, end int }

// wordSpans returns the byte ranges of the words of s.
func wordSpans(s []byte) []span {
	var spans []span
	eachWord(s, func(start, end int) { spans = append(spans, span{start, end}) })
	return spans
}

// eachWord calls fn with the byte range of every run of letters, digits and
// combining marks in s: the words the index knows.
func eachWord(s []byte, fn func(start, end int)) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		in, size := false, 1
		if c < utf8.RuneSelf {
			in = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, size = utf8.DecodeRune(s[i:])
			in = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
		}
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			fn(start, i)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		fn(start, len(s))
	}
}

// words splits s like the analyzers do.
func words(s string) []string {
	b := []byte(s)
	var out []string
	for _, sp := range wordSpans(b) {
		out = append(out, s[sp.start:sp.end])
	}
	return out
}

// foldTerm appends vn.Fold(word) to dst. Vietnamese letters go through a
// table built from vn.Fold itself; anything else falls back to vn.Fold.
func foldTerm(dst, word []byte) []byte {
	mark := len(dst)
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(word[i:])
		f, ok := foldTable.lookup(r)
		if !ok {
			return append(dst[:mark], vn.Fold(string(word))...)
		}
		if f != 0 {
			dst = utf8.AppendRune(dst, f)
		}
		i += size
	}
	return dst
}

// exactTerm appends the exact-field form of word to dst: lowercase with
// new-style tone placement ("Hoà" → "hòa"), accents kept.
func exactTerm(dst, word []byte) []byte {
	mark := len(dst)
	prev, last := rune(0), rune(0)
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			prev, last = last, rune(c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(word[i:])
		if unicode.Is(unicode.Mn, r) {
			// Decomposed input: let the vn rules compose it first.
			w := vn.NewStyleTones(norm.NFC.String(strings.ToLower(string(word))))
			return append(dst[:mark], w...)
		}
		prev, last = last, unicode.ToLower(r)
		dst = utf8.AppendRune(dst, last)
		i += size
	}
	// Only a toned a or e after o, or a toned y after u, can be old-style.
	if (prev == 'o' && strings.ContainsRune("àáảãạèéẻẽẹ", last)) || (prev == 'u' && strings.ContainsRune("ỳýỷỹỵ", last)) {
		w := vn.NewStyleTones(string(dst[mark:]))
		dst = append(dst[:mark], w...)
	}
	return dst
}

// runeFolds caches vn.Fold for the Latin blocks Vietnamese uses: 0 means the
// rune folds to nothing (a combining mark).
type runeFolds struct {
	latin    [0x250]rune // U+0080..U+024F (index by rune)
	extended [0x100]rune // U+1E00..U+1EFF, the Vietnamese precomposed letters
	ok       [0x250 + 0x100]bool
}

var foldTable = newRuneFolds()

func newRuneFolds() *runeFolds {
	t := &runeFolds{}
	set := func(r rune, slot *rune, okIdx int) {
		f := []rune(vn.Fold(string(r)))
		switch len(f) {
		case 0:
			*slot, t.ok[okIdx] = 0, true
		case 1:
			*slot, t.ok[okIdx] = f[0], true
		}
	}
	for r := rune(0x80); r < 0x250; r++ {
		set(r, &t.latin[r], int(r))
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		set(r, &t.extended[r-0x1E00], 0x250+int(r-0x1E00))
	}
	return t
}

func (t *runeFolds) lookup(r rune) (rune, bool) {
	switch {
	case r < 0x250:
		return t.latin[r], t.ok[r]
	case r >= 0x1E00 && r < 0x1F00:
		i := r - 0x1E00
		return t.extended[i], t.ok[0x250+int(i)]
	}
	return 0, false
}

// foldString and exactString apply the field normalizations to one word
// typed in a query, so query terms match indexed terms byte for byte.
func foldString(w string) string  { return string(foldTerm(nil, []byte(w))) }
func exactString(w string) string { return string(exactTerm(nil, []byte(w))) }
