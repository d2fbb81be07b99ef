// Package search is the full-text index over the library: bleve v2 with a
// Vietnamese analysis (an exact and an accent-folded field for each text).
// It is derived data: the store of record can always rebuild it.
package search

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolt "go.etcd.io/bbolt"
)

// Doc is what the index holds for one document.
type Doc struct {
	ID      string // the store's document id
	Number  string // "4541/KH-UBND"
	Type    string // Appendix III code: "KH", "CV", ...
	Issuer  string
	Subject string
	Signer  string
	Date    time.Time // zero when the document has no date
	Text    string    // the full text, in NFC (vn.NFC) like every reader returns it
}

// Query is a search built in code; user input is never fed to a query parser.
type Query struct {
	Text     string    // what the clerk typed: words, a phrase in quotes, a number
	Types    []string  // filter by type codes
	Issuer   string    // filter by issuer (folded match)
	From, To time.Time // date range, inclusive; zero = open
	Year     int       // 0 = any
	// Only keeps these document ids, when not nil (none when empty): the
	// caller's filters on follow-up state, which the store knows and which
	// change with the days, so the index does not hold them.
	Only         []string
	SortByDate   bool // newest first instead of relevance
	SortByIssuer bool // by issuing body, then newest first, instead of relevance
	SortByNumber bool // by the number before the slash, then the symbol, as in a register
	Limit        int  // 0 = 20
	Offset       int
}

// Hit is one result.
type Hit struct {
	ID       string
	Score    float64
	Number   string
	Type     string
	Issuer   string
	Subject  string
	Date     time.Time
	Snippets []string // plain text, not HTML-escaped; matches wrapped in <mark>…</mark> (see Segments)
}

// FacetCount is one bucket of a facet.
type FacetCount struct {
	Term  string
	Count int
}

// Results is a page of hits with the total and facets: "type", "issuer"
// and "year".
type Results struct {
	Total  uint64
	Hits   []Hit
	Facets map[string][]FacetCount
	Took   time.Duration
}

// ErrCorrupt is returned by Open when the index on disk cannot be opened;
// the caller moves it aside and rebuilds.
var ErrCorrupt = errors.New("search: index is corrupt")

// ErrInUse is returned by Open when another process holds the index: the
// index is fine and must not be rebuilt.
var ErrInUse = errors.New("search: index is in use by another process")

// schemaVersion changes whenever the fields or analyzers change; an index
// written by another version is reported as ErrCorrupt so it gets rebuilt.
const schemaVersion = "vanthu-search-3" // 2: text_b bigrams for phrases; 3: issuer_s, num_v, num_s sort keys

var schemaKey = []byte("vanthu.schema")

// batchTextBytes bounds the text analyzed in one bleve batch: analysis
// results of a whole batch stay in memory until its segment is built, and
// a batch of 200 laws would otherwise take gigabytes.
const batchTextBytes = 1 << 20

// Index is an open index. It is safe for concurrent use.
type Index struct {
	bi  bleve.Index
	dir string
	// atOpen are the segment files on disk before bleve opened the index:
	// a damaged one may be in no snapshot bleve reports (it falls back to
	// an older snapshot), so VerifyFiles checks these too.
	atOpen    []string
	closeOnce sync.Once
	closeErr  error
}

// Open opens or creates the index in dir.
func Open(dir string) (ix *Index, err error) {
	defer func() {
		// A damaged segment can make bleve panic while loading.
		if r := recover(); r != nil {
			ix, err = nil, fmt.Errorf("%w: %v", ErrCorrupt, r)
		}
	}()
	config := map[string]interface{}{
		"bolt_timeout": "2s",
		// Plan merges by segment file size. scorch's default measures
		// segments in documents with a floor of 2000, so a library of a few
		// hundred long laws is "one segment's worth" and every new batch
		// was merged into the whole index again: a quarter of an import's
		// CPU. With a floor in bytes, batches are merged with batches of
		// their size and the index keeps about a dozen segments.
		"scorchMergePlanOptions": map[string]interface{}{"FloorSegmentFileSize": mergeFloorFileSize},
	}
	if isEmptyDir(dir) {
		m, err := indexMapping()
		if err != nil {
			return nil, err
		}
		if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
			return nil, err
		}
		bi, err := bleve.NewUsing(dir, m, scorch.Name, scorch.Name, config)
		if err != nil {
			return nil, fmt.Errorf("search: create %s: %w", dir, err)
		}
		if err := bi.SetInternal(schemaKey, []byte(schemaVersion)); err != nil {
			_ = bi.Close()
			return nil, err
		}
		return &Index{bi: bi, dir: dir}, nil
	}
	atOpen, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
	bi, err := bleve.OpenUsing(dir, config)
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s", ErrInUse, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrCorrupt, dir, err)
	}
	v, err := bi.GetInternal(schemaKey)
	if err != nil || string(v) != schemaVersion {
		_ = bi.Close()
		return nil, fmt.Errorf("%w: %s: schema %q, want %q (%v)", ErrCorrupt, dir, v, schemaVersion, err)
	}
	ix = &Index{bi: bi, dir: dir, atOpen: atOpen}
	// Damaged bytes in a segment make bleve panic or quietly lose hits:
	// check the files (only new or changed ones; see VerifyFiles).
	problems, err := ix.VerifyFiles(true)
	if err == nil && len(problems) > 0 {
		err = errors.New(problems[0])
	}
	if err != nil {
		_ = bi.Close()
		return nil, fmt.Errorf("%w: %s: %w", ErrCorrupt, dir, err)
	}
	return ix, nil
}

// isEmptyDir reports whether dir is missing or has no entries.
func isEmptyDir(dir string) bool {
	entries, err := os.ReadDir(dir)
	return errors.Is(err, os.ErrNotExist) || (err == nil && len(entries) == 0)
}

// Put adds or replaces documents. Large sets are written in several bleve
// batches (bounded by text size), so a failure may leave part of them
// written; the index is derived data and the caller rebuilds on error.
func (ix *Index) Put(docs ...Doc) error {
	defer lowerGCPercent()()
	b := ix.bi.NewBatch()
	size := 0
	for _, d := range docs {
		if d.ID == "" {
			return errors.New("search: document without id")
		}
		if err := b.IndexAdvanced(newDocument(d)); err != nil {
			return fmt.Errorf("search: document %s: %w", d.ID, err)
		}
		size += len(d.Text)
		if size >= batchTextBytes {
			if err := ix.bi.Batch(b); err != nil {
				return fmt.Errorf("search: write: %w", err)
			}
			b.Reset()
			size = 0
		}
	}
	if b.Size() == 0 {
		return nil
	}
	if err := ix.bi.Batch(b); err != nil {
		return fmt.Errorf("search: write: %w", err)
	}
	return nil
}

// writeGCPercent is the GOGC used while documents are written. Indexing
// makes garbage fast, and with Go's default of 100 the heap grows to twice
// the live data: importing the 37 MB legal corpus peaked at ~440 MB RSS,
// at 50 at ~260-370 MB (the machine's load moves it) for the same CPU time.
const writeGCPercent = 50

var gcLower struct {
	sync.Mutex
	writers int
	saved   int
}

// lowerGCPercent lowers GOGC to writeGCPercent (never raises it) until the
// returned function is called; concurrent writers share one saved value.
func lowerGCPercent() (restore func()) {
	gcLower.Lock()
	defer gcLower.Unlock()
	if gcLower.writers == 0 {
		gcLower.saved = debug.SetGCPercent(writeGCPercent)
		if gcLower.saved >= 0 && gcLower.saved < writeGCPercent {
			debug.SetGCPercent(gcLower.saved)
		}
	}
	gcLower.writers++
	return func() {
		gcLower.Lock()
		defer gcLower.Unlock()
		gcLower.writers--
		if gcLower.writers == 0 {
			debug.SetGCPercent(gcLower.saved)
		}
	}
}

// Delete removes documents; unknown ids are ignored.
func (ix *Index) Delete(ids ...string) error {
	b := ix.bi.NewBatch()
	for _, id := range ids {
		b.Delete(id)
	}
	if err := ix.bi.Batch(b); err != nil {
		return fmt.Errorf("search: delete: %w", err)
	}
	return nil
}

// IDs lists every document id in the index, sorted, for consistency checks.
func (ix *Index) IDs() (ids []string, err error) {
	defer recoverCorrupt(&err)
	defer guardFaults()()
	r, err := ix.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	all, err := r.DocIDReaderAll()
	if err != nil {
		return nil, err
	}
	defer all.Close()
	for {
		iid, err := all.Next()
		if err != nil {
			return nil, err
		}
		if iid == nil {
			break
		}
		id, err := r.ExternalID(iid)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, nil
}

// Count is the number of documents in the index.
func (ix *Index) Count() (uint64, error) { return ix.bi.DocCount() }

// Close closes the index; later calls return bleve's "index closed" errors.
func (ix *Index) Close() error {
	if ix == nil {
		return nil
	}
	ix.closeOnce.Do(func() { ix.closeErr = ix.bi.Close() })
	return ix.closeErr
}
