package search

import (
	index "github.com/blevesearch/bleve_index_api"
)

// syllableField is a text field analyzed straight into term frequencies.
// bleve's TextField first builds a token object per word and then a map
// sized for every token; for a 700 KB law that was most of the indexing
// time and memory. The terms and offsets are the same as syllableAnalyzer's.
type syllableField struct {
	name    string
	value   []byte
	options index.FieldIndexingOptions
	norm    func(dst, word []byte) []byte
	pairs   bool      // index bigrams ("cai_cach") instead of single syllables
	words   *docWords // when set, the words found once for all text fields
	folded  bool      // with words: the terms are the shared folds
	length  int
	freqs   index.TokenFrequencies
}

func newSyllableField(name string, value []byte, options index.FieldIndexingOptions, norm func(dst, word []byte) []byte) *syllableField {
	return &syllableField{name: name, value: value, options: options, norm: norm}
}

// newBigramField indexes each pair of neighbouring folded syllables as one
// term (see bigramTerm), spanning both words in the original text. A
// phrase then checks the positions of rare pair terms instead of those of
// "của" or "và", which occur thousands of times in a law.
func newBigramField(name string, value []byte, options index.FieldIndexingOptions) *syllableField {
	return &syllableField{name: name, value: value, options: options, norm: foldTerm, pairs: true}
}

func (f *syllableField) Name() string                        { return f.name }
func (f *syllableField) ArrayPositions() []uint64            { return nil }
func (f *syllableField) Options() index.FieldIndexingOptions { return f.options }
func (f *syllableField) Value() []byte                       { return f.value }
func (f *syllableField) Text() string                        { return string(f.value) }
func (f *syllableField) NumPlainTextBytes() uint64           { return uint64(len(f.value)) }
func (f *syllableField) EncodedFieldType() byte              { return 't' }
func (f *syllableField) AnalyzedLength() int                 { return f.length }

func (f *syllableField) AnalyzedTokenFrequencies() index.TokenFrequencies { return f.freqs }

// Size is an estimate for bleve's memory accounting: walking every
// location to count bytes exactly would cost as much as building them.
func (f *syllableField) Size() int {
	n := 64 + len(f.name) + len(f.value) + len(f.freqs)*64
	if f.options.IncludeTermVectors() {
		n += f.length * 48
	}
	return n
}

// maxSlab bounds the chunks term frequencies and locations are allocated in.
const maxSlab = 1024

func (f *syllableField) Analyze() {
	vectors := f.options.IncludeTermVectors()
	f.freqs = make(index.TokenFrequencies, min(len(f.value)/16, 8192))
	slab := min(maxSlab, len(f.value)/6+1) // about one word in six bytes
	var (
		freqs []index.TokenFreq       // allocated a slab at a time so pointers stay valid
		locs  [][]index.TokenLocation // slabs of slab locations, token i at [i/slab][i%slab]
		terms []*index.TokenFreq      // with vectors: each token's term, in text order
	)
	if vectors {
		terms = make([]*index.TokenFreq, 0, len(f.value)/6+1)
	}
	f.tokens(func(start, end int, term []byte, stable bool) {
		f.length++
		tf := f.freqs[string(term)]
		if tf == nil {
			if len(freqs) == cap(freqs) {
				freqs = make([]index.TokenFreq, 0, slab)
			}
			if !stable {
				term = append([]byte(nil), term...)
			}
			freqs = append(freqs, index.TokenFreq{Term: term})
			tf = &freqs[len(freqs)-1]
			f.freqs[string(term)] = tf
		}
		tf.SetFrequency(tf.Frequency() + 1)
		if vectors {
			if len(locs) == 0 || len(locs[len(locs)-1]) == slab {
				locs = append(locs, make([]index.TokenLocation, 0, slab))
			}
			last := &locs[len(locs)-1]
			*last = append(*last, index.TokenLocation{Start: start, End: end, Position: f.length})
			terms = append(terms, tf)
		}
	})
	if !vectors {
		return
	}
	// Each term's location list is cut from one array at its final size:
	// appending as the tokens came grew every list several times over (a
	// fifth of the analysis, and its garbage).
	ptrs := make([]*index.TokenLocation, len(terms))
	off := 0
	for _, tf := range f.freqs {
		n := tf.Frequency()
		tf.Locations = ptrs[off : off : off+n]
		off += n
	}
	for i, tf := range terms {
		tf.Locations = append(tf.Locations, &locs[i/slab][i%slab])
	}
}

// tokens calls fn with each token of the field in order: its byte range in
// the text and its term. stable says term's bytes never change (they are
// the text's own or the shared folds), so a new term needs no copy.
func (f *syllableField) tokens(fn func(start, end int, term []byte, stable bool)) {
	if f.words != nil {
		f.sharedTokens(fn)
		return
	}
	var (
		scratch   []byte
		prev, cur []byte // bigrams: the previous and current folded syllables
		prevStart = -1
	)
	eachWord(f.value, func(start, end int) {
		word := f.value[start:end]
		if f.pairs {
			cur = f.norm(cur[:0], word)
			pairStart := prevStart
			if pairStart >= 0 {
				scratch = bigramTerm(scratch[:0], prev, cur)
			}
			prev, cur, prevStart = cur, prev, start // cur's buffer is reused next
			if pairStart >= 0 {
				fn(pairStart, end, scratch, false) // the pair spans both words
			}
			return
		}
		scratch = f.norm(scratch[:0], word)
		if string(scratch) == string(word) {
			fn(start, end, word, true)
			return
		}
		fn(start, end, scratch, false)
	})
}

// bigramSep joins the two syllables of a bigram term; words never hold it.
const bigramSep = '_'

// bigramTerm appends the bigram term of two folded syllables to dst.
func bigramTerm(dst, first, second []byte) []byte {
	dst = append(dst, first...)
	dst = append(dst, bigramSep)
	return append(dst, second...)
}
