package search

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Damaged index files are found three ways: every segment file's CRC-32
// (zap writes one over the whole file, which bleve never checks) when the
// index is opened, from a record of files already checked so that only
// new or changed ones are read again; ReadBack, which reads every stored
// document and every term of every segment; and a search error or panic,
// after which the library checks the files and rebuilds.

// verifiedName is the record of segment files whose CRC matched.
const verifiedName = "vanthu-verified.json"

type verifiedFile struct {
	Size    int64 `json:"size"`
	ModTime int64 `json:"mtime"` // UnixNano: writing into a file changes it
}

// segmentPaths lists the files of the persisted segments the index uses
// now (not leftovers scorch has yet to delete).
func (ix *Index) segmentPaths() (paths []string, err error) {
	defer recoverCorrupt(&err)
	defer guardFaults()()
	r, err := ix.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	seen := map[string]bool{}
	for _, ss := range r.Segments() {
		if ps, ok := ss.Segment().(segment.PersistedSegment); ok {
			seen[ps.Path()] = true
		}
	}
	for p := range seen {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths, nil
}

// reader is the current scorch snapshot.
func (ix *Index) reader() (*scorch.IndexSnapshot, error) {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		r.Close()
		return nil, fmt.Errorf("search: unexpected index reader %T", r)
	}
	return snap, nil
}

// VerifyFiles checks the CRC of every segment file and returns one
// Vietnamese line per damaged file; with cached, files recorded as checked
// (same size and modification time) are skipped.
func (ix *Index) VerifyFiles(cached bool) ([]string, error) {
	paths, err := ix.segmentPaths()
	if err != nil {
		return nil, err
	}
	// The files that were on disk at open but are in no snapshot: when bleve
	// cannot load the newest snapshot (a damaged segment) it falls back to
	// an older one silently, and the damaged file is then in none. Files
	// written since the open are not looked at here: bleve may be writing
	// them. Those that bleve has deleted meanwhile are skipped.
	extra := map[string]bool{}
	for _, p := range ix.atOpen {
		if !slices.Contains(paths, p) {
			extra[p] = true
			paths = append(paths, p)
		}
	}
	record := map[string]verifiedFile{}
	recordPath := filepath.Join(ix.dir, verifiedName)
	if data, err := os.ReadFile(recordPath); err == nil {
		json.Unmarshal(data, &record) // a bad record only costs a re-check
	}
	next := map[string]verifiedFile{}
	var problems []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil && extra[p] {
			continue
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("thiếu tệp chỉ mục %s (%v)", filepath.Base(p), err))
			continue
		}
		v := verifiedFile{Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
		name := filepath.Base(p)
		if cached && record[name] == v {
			next[name] = v
			continue
		}
		if err := checkCRC(p); err != nil {
			if _, serr := os.Stat(p); serr != nil && extra[p] {
				continue // deleted by bleve while it was read
			}
			problems = append(problems, fmt.Sprintf("tệp chỉ mục %s bị hỏng (%v)", name, err))
			continue
		}
		next[name] = v
	}
	if data, err := json.Marshal(next); err == nil {
		os.WriteFile(recordPath, data, 0o644) // only saves work next time
	}
	return problems, nil
}

// checkCRC compares a zap file's footer CRC (its last 4 bytes, big
// endian) with the CRC-32 of everything before it.
func checkCRC(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if fi.Size() < 4 {
		return errors.New("file too short")
	}
	h := crc32.NewIEEE()
	if _, err := io.CopyN(h, f, fi.Size()-4); err != nil {
		return err
	}
	var want [4]byte
	if _, err := io.ReadFull(f, want[:]); err != nil {
		return err
	}
	if got := h.Sum32(); got != binary.BigEndian.Uint32(want[:]) {
		return fmt.Errorf("crc %08x, footer says %08x", got, binary.BigEndian.Uint32(want[:]))
	}
	return nil
}

// ReadBack reads the whole index: every stored document of every segment
// and every term of every field's dictionary. It returns the number of
// live documents read; damage comes back as an error wrapping ErrCorrupt,
// also when bleve panics on it.
func (ix *Index) ReadBack(ctx context.Context) (docs uint64, err error) {
	defer recoverCorrupt(&err)
	defer guardFaults()()
	r, err := ix.reader()
	if err != nil {
		return 0, err
	}
	defer r.Close()
	for _, ss := range r.Segments() {
		seg := ss.Segment()
		live := ss.DocNumbersLive()
		it := live.Iterator()
		for it.HasNext() {
			if err := ctx.Err(); err != nil {
				return docs, err
			}
			num := uint64(it.Next())
			if _, err := seg.DocID(num); err != nil {
				return docs, fmt.Errorf("%w: document %d: %w", ErrCorrupt, num, err)
			}
			err := seg.VisitStoredFields(num, func(string, byte, []byte, []uint64) bool { return true })
			if err != nil {
				return docs, fmt.Errorf("%w: stored fields of document %d: %w", ErrCorrupt, num, err)
			}
			docs++
		}
		for _, field := range seg.Fields() {
			dict, err := seg.Dictionary(field)
			if err != nil {
				return docs, fmt.Errorf("%w: dictionary of %s: %w", ErrCorrupt, field, err)
			}
			if dict == nil {
				continue
			}
			di := dict.AutomatonIterator(nil, nil, nil)
			for {
				e, err := di.Next()
				if err != nil {
					return docs, fmt.Errorf("%w: terms of %s: %w", ErrCorrupt, field, err)
				}
				if e == nil {
					break
				}
			}
		}
	}
	return docs, nil
}

// HasWord reports whether the document with that id is found by word
// (folded, in its text): the check of a sample of terms.
func (ix *Index) HasWord(id, word string) (found bool, err error) {
	defer recoverCorrupt(&err)
	defer guardFaults()()
	term := string(foldTerm(nil, []byte(word)))
	tq := query.NewTermQuery(term)
	tq.SetField(fieldTextF)
	q := query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery([]string{id}), tq})
	res, err := ix.bi.Search(bleve.NewSearchRequestOptions(q, 1, 0, false))
	if err != nil {
		return false, err
	}
	return res.Total == 1, nil
}

// SearchSafely is Search with a panic inside bleve (damaged data it
// trusted) returned as an error wrapping ErrCorrupt.
func (ix *Index) SearchSafely(q Query) (res *Results, err error) {
	defer recoverCorrupt(&err)
	defer guardFaults()()
	return ix.Search(q)
}

// guardFaults makes a fault reading a memory-mapped segment file (one
// truncated under the open index) a panic that recoverCorrupt turns into
// an error, instead of a crash; the setting is per goroutine.
func guardFaults() (restore func()) {
	old := debug.SetPanicOnFault(true)
	return func() { debug.SetPanicOnFault(old) }
}

func recoverCorrupt(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w: panic: %v", ErrCorrupt, r)
	}
}

// MiddleWord is a word of text as the index splits words, of at least
// three letters, from the middle of the text on (else the first such word):
// what a deep check looks up to see that a document's postings are there.
// It is "" for a text without one.
func MiddleWord(text string) string {
	b := []byte(text)
	var first, middle string
	eachWord(b, func(start, end int) {
		if utf8.RuneCountInString(text[start:end]) < 3 {
			return
		}
		if first == "" {
			first = text[start:end]
		}
		if middle == "" && start >= len(b)/2 {
			middle = text[start:end]
		}
	})
	if middle != "" {
		return middle
	}
	return first
}
