package search

import (
	"sync"

	index "github.com/blevesearch/bleve_index_api"
)

// docWords is the word analysis a document's three text fields (exact,
// folded, bigrams) share: where its words are and their folded forms. Each
// field used to find the words again and the bigram field folded every
// word a second time.
type docWords struct {
	once  sync.Once
	text  []byte
	spans []span32
	folds []byte  // the folded words back to back; never changed once built
	ends  []int32 // ends[i] is where word i's fold ends in folds
}

// span32 is a word's byte range; the index takes at most a few MB of one
// text (library.MaxIndexText), far inside int32.
type span32 struct{ start, end int32 }

func newDocWords(text []byte) *docWords { return &docWords{text: text} }

// get finds the words the first time a field asks; bleve may analyze the
// fields of one document on any goroutine, hence the sync.Once.
func (w *docWords) get() *docWords {
	w.once.Do(func() {
		n := len(w.text)/6 + 1 // about one word in six bytes
		w.spans = make([]span32, 0, n)
		w.ends = make([]int32, 0, n)
		w.folds = make([]byte, 0, len(w.text))
		eachWord(w.text, func(start, end int) {
			w.spans = append(w.spans, span32{int32(start), int32(end)})
			w.folds = foldTerm(w.folds, w.text[start:end])
			w.ends = append(w.ends, int32(len(w.folds)))
		})
	})
	return w
}

// fold is the folded form of word i.
func (w *docWords) fold(i int) []byte {
	start := int32(0)
	if i > 0 {
		start = w.ends[i-1]
	}
	return w.folds[start:w.ends[i]:w.ends[i]]
}

// newSharedField is a text field over words shared with the document's
// other text fields: exact terms (norm), the shared folds (folded), or
// bigrams of them (pairs).
func newSharedField(name string, words *docWords, options index.FieldIndexingOptions, norm func(dst, word []byte) []byte, folded, pairs bool) *syllableField {
	return &syllableField{name: name, value: words.text, options: options, norm: norm, words: words, folded: folded, pairs: pairs}
}

// sharedTokens is tokens over the shared words: the same tokens and terms
// as the field's own pass over the text (TestSharedFieldsMatch).
func (f *syllableField) sharedTokens(fn func(start, end int, term []byte, stable bool)) {
	w := f.words.get()
	var scratch []byte
	for i, sp := range w.spans {
		start, end := int(sp.start), int(sp.end)
		switch {
		case f.pairs:
			if i > 0 {
				scratch = bigramTerm(scratch[:0], w.fold(i-1), w.fold(i))
				fn(int(w.spans[i-1].start), end, scratch, false)
			}
		case f.folded:
			fold := w.fold(i)
			if word := w.text[start:end]; string(fold) == string(word) {
				fn(start, end, word, true)
			} else {
				fn(start, end, fold, true)
			}
		default:
			word := w.text[start:end]
			scratch = f.norm(scratch[:0], word)
			if string(scratch) == string(word) {
				fn(start, end, word, true)
			} else {
				fn(start, end, scratch, false)
			}
		}
	}
}
