package search

import (
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

const (
	defaultLimit = 20
	maxLimit     = 1000
)

// facetSizes are the facets every search returns and how many buckets each.
var facetSizes = map[string]int{fieldType: 30, fieldIssuer: 30, fieldYear: 50}

// hitFields are the stored fields a hit shows.
var hitFields = []string{fieldNumber, fieldType, fieldIssuer, fieldSubject, fieldDate}

// Search runs a query. It runs in two passes: the first ranks, counts and
// facets without reading stored text or term positions; the second reads
// them for the page of hits only, to build the snippets.
func (ix *Index) Search(q Query) (*Results, error) {
	start := time.Now()
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)
	parts := parseText(q.Text)
	if err := checkLimits(parts); err != nil {
		return nil, err
	}
	text := textQuery(parts)
	filter := filterQuery(q)

	var main query.Query
	switch {
	case text == nil && filter == nil:
		main = query.NewMatchAllQuery()
	case filter == nil:
		main = text
	default:
		var must []query.Query
		if text != nil {
			must = []query.Query{text}
		}
		b := query.NewBooleanQuery(must, nil, nil)
		b.AddFilter(filter)
		main = b
	}

	req := bleve.NewSearchRequestOptions(main, limit, max(q.Offset, 0), false)
	if q.SortByNumber {
		req.SortByCustom(bsearch.SortOrder{
			&bsearch.SortField{Field: fieldNumV, Type: bsearch.SortFieldAsNumber, Missing: bsearch.SortFieldMissingLast},
			&bsearch.SortField{Field: fieldNumS, Type: bsearch.SortFieldAsString, Missing: bsearch.SortFieldMissingLast},
			&bsearch.SortField{Field: fieldDate, Type: bsearch.SortFieldAsNumber, Desc: true, Missing: bsearch.SortFieldMissingLast},
		})
	} else if q.SortByIssuer {
		req.SortByCustom(bsearch.SortOrder{
			&bsearch.SortField{Field: fieldIssuerS, Type: bsearch.SortFieldAsString, Missing: bsearch.SortFieldMissingLast},
			&bsearch.SortField{Field: fieldDate, Type: bsearch.SortFieldAsNumber, Desc: true, Missing: bsearch.SortFieldMissingLast},
		})
	} else if q.SortByDate || text == nil {
		req.SortByCustom(bsearch.SortOrder{
			&bsearch.SortField{Field: fieldDate, Type: bsearch.SortFieldAsNumber, Desc: true, Missing: bsearch.SortFieldMissingLast},
			&bsearch.SortScore{Desc: true},
		})
	}
	for field, size := range facetSizes {
		req.AddFacet(field, bleve.NewFacetRequest(field, size))
	}
	if text == nil {
		req.Fields = hitFields
	}
	res, err := ix.bi.Search(req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}

	out := &Results{Total: res.Total, Facets: facets(res.Facets)}
	detail := map[string]*bsearch.DocumentMatch{}
	if text != nil && len(res.Hits) > 0 {
		if detail, err = ix.details(markQuery(parts), res.Hits); err != nil {
			return nil, err
		}
	}
	for _, dm := range res.Hits {
		h := Hit{ID: dm.ID, Score: dm.Score}
		src := dm
		if d, ok := detail[dm.ID]; ok {
			src = d
			h.Snippets = snippetsOf(d)
		}
		fillHit(&h, src.Fields)
		out.Hits = append(out.Hits, h)
	}
	out.Took = time.Since(start)
	return out, nil
}

// details reads the stored fields of the page's documents, with the term
// locations of marks where they match, keyed by id.
func (ix *Index) details(marks query.Query, hits bsearch.DocumentMatchCollection) (map[string]*bsearch.DocumentMatch, error) {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	var should []query.Query
	if marks != nil {
		should = []query.Query{marks}
	}
	q := query.NewBooleanQuery([]query.Query{query.NewDocIDQuery(ids)}, should, nil)
	req := bleve.NewSearchRequestOptions(q, len(ids), 0, false)
	req.Fields = append([]string{fieldBody}, hitFields...)
	req.IncludeLocations = true
	res, err := ix.bi.Search(req)
	if err != nil {
		return nil, fmt.Errorf("search: snippets: %w", err)
	}
	out := make(map[string]*bsearch.DocumentMatch, len(res.Hits))
	for _, dm := range res.Hits {
		out[dm.ID] = dm
	}
	return out, nil
}

func snippetsOf(dm *bsearch.DocumentMatch) []string {
	body, _ := dm.Fields[fieldBody].(string)
	var ms []match
	term := 0
	for _, locs := range dm.Locations[fieldTextF] {
		for _, l := range locs {
			ms = append(ms, match{start: int(l.Start), end: int(l.End), term: term})
		}
		term++
	}
	// A phrase's pairs each span two words: mark the words, as for single
	// words (the word two pairs share is dropped as an overlap).
	for _, locs := range dm.Locations[fieldTextB] {
		for _, l := range locs {
			if l.Start >= l.End || int(l.End) > len(body) {
				continue
			}
			eachWord([]byte(body[l.Start:l.End]), func(start, end int) {
				ms = append(ms, match{start: int(l.Start) + start, end: int(l.Start) + end, term: term})
			})
		}
		term++
	}
	return buildSnippets(body, ms)
}

func fillHit(h *Hit, fields map[string]interface{}) {
	str := func(name string) string { s, _ := fields[name].(string); return s }
	h.Number, h.Type, h.Issuer, h.Subject = str(fieldNumber), str(fieldType), str(fieldIssuer), str(fieldSubject)
	if n, ok := fields[fieldDate].(float64); ok && n > 0 {
		h.Date = dayFromNumber(int(n))
	}
}

func facets(fr bsearch.FacetResults) map[string][]FacetCount {
	out := make(map[string][]FacetCount, len(fr))
	for name, r := range fr {
		var counts []FacetCount
		if r.Terms != nil {
			for _, t := range r.Terms.Terms() {
				counts = append(counts, FacetCount{Term: t.Term, Count: t.Count})
			}
		}
		out[name] = counts
	}
	return out
}
