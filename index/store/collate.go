package store

import (
	"strings"
	"sync"

	"modernc.org/sqlite"

	"vanthu/docs/vn"
)

// collateVi is the SQLite collation that orders names the Vietnamese way
// (vn.SortKey): "ORDER BY issuer COLLATE vi" puts "Ủy ban" before "Văn
// phòng", where plain byte order puts it after.
const collateVi = "vi"

func init() {
	if err := sqlite.RegisterCollationUtf8(collateVi, compareVi); err != nil {
		panic("store: collation vi: " + err.Error()) // only on a second registration: a programming error
	}
}

// sortKeys caches keys: a library holds a few hundred distinct issuers and a
// sort compares each many times.
var sortKeys = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

func compareVi(a, b string) int {
	return strings.Compare(cachedSortKey(a), cachedSortKey(b))
}

func cachedSortKey(s string) string {
	sortKeys.Lock()
	k, ok := sortKeys.m[s]
	sortKeys.Unlock()
	if ok {
		return k
	}
	k = vn.SortKey(s)
	sortKeys.Lock()
	if len(sortKeys.m) > 8192 { // bounded: forget all rather than grow
		clear(sortKeys.m)
	}
	sortKeys.m[s] = k
	sortKeys.Unlock()
	return k
}
