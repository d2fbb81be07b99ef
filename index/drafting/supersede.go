package drafting

import (
	"context"
	"fmt"
	"strconv"

	"vanthu/docs/draft/check"
	"vanthu/docs/draft/prefill"
	"vanthu/docs/vn"
	"vanthu/index/library"
	"vanthu/index/search"
)

// Superseded answers the checker from the library: a cited document counts
// as replaced or repealed when a document of the library says so in the
// sentence that cites it ("… thay thế Quyết định số 15/QĐ-UBND …"). The
// library's references say what cites what but not how, so the relation is
// read from the citing text; a relation the library does not hold in writing
// is not known.
type Superseded struct{ Lib *library.Library }

var _ check.Lookup = Superseded{}

// maxCiting bounds the citing documents read for one number.
const maxCiting = 50

// Superseded implements check.Lookup.
func (s Superseded) Superseded(ctx context.Context, number string) (string, bool, error) {
	res, err := s.Lib.Search(search.Query{Text: number, Limit: maxCiting})
	if err != nil {
		return "", false, err
	}
	for _, h := range res.Hits {
		if vn.Key(h.Number) == vn.Key(number) {
			continue // the document itself
		}
		id, err := strconv.ParseInt(h.ID, 10, 64)
		if err != nil {
			continue
		}
		v, err := s.Lib.Document(ctx, id)
		if err != nil {
			return "", false, err
		}
		if _, ok := check.Supersedes(v.Text, number); ok {
			by := fmt.Sprintf("%s số %s (mã %d)", prefill.TypeName(v.Type), v.Number, v.ID)
			return by, true, nil
		}
	}
	return "", false, nil
}
