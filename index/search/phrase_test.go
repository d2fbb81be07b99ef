package search

import (
	"slices"
	"strings"
	"testing"
)

// phraseDocs hold phrases whole, across a line break, and only as separate
// words, so a phrase query cannot pass by matching words or pairs anywhere.
var phraseDocs = []Doc{
	{ID: "whole", Text: "Đẩy mạnh cải cách hành chính nhà nước trong giai đoạn mới."},
	{ID: "broken", Text: "Tiếp tục công tác cải cách\nhành chính, báo cáo kết quả."},
	{ID: "apart", Text: "Cải tiến lề lối cũ; lối làm việc mới, cách thức hành động và chính sách."},
	{ID: "plain", Text: "Ve cai cach hanh chinh tai dia phuong."},
}

func TestPhraseQueries(t *testing.T) {
	ix, err := Open(t.TempDir() + "/index")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Put(phraseDocs...); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, query string
		want        []string
	}{
		{"two syllables", `"cải cách"`, []string{"whole", "broken", "plain"}},
		{"three syllables", `"cách hành chính"`, []string{"whole", "broken", "plain"}},
		{"four syllables", `"cải cách hành chính"`, []string{"whole", "broken", "plain"}},
		{"accentless", `"cai cach hanh chinh"`, []string{"whole", "broken", "plain"}},
		{"across a line break", `"cách hành"`, []string{"whole", "broken", "plain"}},
		{"one syllable is a word", `"lối"`, []string{"apart"}},
		{"words present but apart", `"tiến cách"`, nil},
		{"words present but apart, accented", `"hành chính sách"`, nil},
		{"pairs present but not in a row", `"lề lối làm"`, nil},
		{"pairs in a row", `"lối làm việc"`, []string{"apart"}},
		{"out of order", `"cách cải"`, nil},
		{"longer than any text", `"cải cách hành chính nhà nước trong giai đoạn mới"`, []string{"whole"}},
		{"two phrases", `"cải cách" "báo cáo"`, []string{"broken"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ix.Search(Query{Text: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			if got := sorted(ids(r)); !slices.Equal(got, sorted(tt.want)) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, sorted(tt.want))
			}
		})
	}
}

func TestPhraseExactSpellingRanksFirst(t *testing.T) {
	ix, err := Open(t.TempDir() + "/index")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Put(phraseDocs[3], phraseDocs[0]); err != nil {
		t.Fatal(err)
	}
	for query, first := range map[string]string{`"cải cách hành chính"`: "whole", `"cai cach hanh chinh"`: "plain"} {
		r, err := ix.Search(Query{Text: query})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) != 2 || r.Hits[0].ID != first {
			t.Errorf("Search(%q) ranks %v, want %s first", query, ids(r), first)
		}
	}
}

func TestPhraseSnippets(t *testing.T) {
	ix, err := Open(t.TempDir() + "/index")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Put(phraseDocs...); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query, id string
		want      string // the first snippet holds it
	}{
		{`"cai cach hanh chinh"`, "broken", "công tác <mark>cải</mark> <mark>cách</mark> <mark>hành</mark> <mark>chính</mark>, báo cáo"},
		{`"cải cách"`, "whole", "Đẩy mạnh <mark>cải</mark> <mark>cách</mark> hành chính"},
		{`"lối làm việc"`, "apart", "lề lối cũ; <mark>lối</mark> <mark>làm</mark> <mark>việc</mark> mới"},
	}
	for _, tt := range tests {
		r, err := ix.Search(Query{Text: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(r.Hits, func(h Hit) bool { return h.ID == tt.id })
		if i < 0 || len(r.Hits[i].Snippets) == 0 {
			t.Errorf("%q: no snippet for %s in %+v", tt.query, tt.id, r.Hits)
			continue
		}
		if s := r.Hits[i].Snippets[0]; !strings.Contains(s, tt.want) {
			t.Errorf("%q: snippet %q lacks %q", tt.query, s, tt.want)
		}
	}
}
