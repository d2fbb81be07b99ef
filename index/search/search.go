// Package search is the full-text index over the library: bleve v2 with a
// Vietnamese analysis (an exact and an accent-folded field for each text).
// It is derived data: the store of record can always rebuild it.
package search

import (
	"errors"
	"time"
)

// Doc is what the index holds for one document.
type Doc struct {
	ID           string // the store's document id
	Number       string // "4541/KH-UBND"
	Type         string // Appendix III code: "KH", "CV", ...
	Issuer       string
	Subject      string
	Signer       string
	Date         time.Time // zero when the document has no date
	Text         string    // the full text
	OpenTasks    bool      // has tasks not yet done
	OverdueTasks bool      // has tasks past their deadline and not done
}

// Query is a search built in code; user input is never fed to a query parser.
type Query struct {
	Text         string    // what the clerk typed: words, a phrase in quotes, a number
	Types        []string  // filter by type codes
	Issuer       string    // filter by issuer (folded match)
	From, To     time.Time // date range, inclusive; zero = open
	Year         int       // 0 = any
	HasOpenTasks bool
	HasOverdue   bool
	SortByDate   bool // newest first instead of relevance
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
	Snippets []string // HTML-free text with matches wrapped in <mark>…</mark>
}

// FacetCount is one bucket of a facet.
type FacetCount struct {
	Term  string
	Count int
}

// Results is a page of hits with the total and facets (type, issuer, year).
type Results struct {
	Total  uint64
	Hits   []Hit
	Facets map[string][]FacetCount
	Took   time.Duration
}

// ErrCorrupt is returned by Open when the index on disk cannot be opened;
// the caller moves it aside and rebuilds.
var ErrCorrupt = errors.New("search: index is corrupt")

// Index is an open index.
type Index struct{}

// Open opens or creates the index in dir.
// TODO(search helper): placeholder, replaced by the bleve implementation.
func Open(dir string) (*Index, error) { return nil, errors.New("search: not implemented") }

// Put adds or replaces documents (one batch).
func (ix *Index) Put(docs ...Doc) error { return errors.New("search: not implemented") }

// Delete removes documents.
func (ix *Index) Delete(ids ...string) error { return errors.New("search: not implemented") }

// Search runs a query.
func (ix *Index) Search(q Query) (*Results, error) { return nil, errors.New("search: not implemented") }

// IDs lists every document id in the index, for consistency checks.
func (ix *Index) IDs() ([]string, error) { return nil, errors.New("search: not implemented") }

// Close closes the index.
func (ix *Index) Close() error { return nil }
