package search

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// testDocs are built from sentences of the real letters in corpus/dev.
var testDocs = []Doc{
	{
		ID: "a", Number: "4541/KH-UBND", Type: "KH", Issuer: "Ủy ban nhân dân tỉnh Kon Tum",
		Subject: "Kế hoạch tăng cường công tác cải cách hành chính", Date: day(2021, 8, 12),
		Text: "Xét đề nghị của Hội đồng kiểm tra, đánh giá chấm điểm cải cách hành chính tỉnh tại Công văn số 2018/CV-HĐ ngày 10 tháng 8 năm 2021; để kịp thời khắc phục những tồn tại, hạn chế qua kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại các đơn vị, địa phương.",
	},
	{
		ID: "b", Number: "12/CV-VP", Type: "CV", Issuer: "Văn phòng UBND tỉnh",
		Subject: "Ve viec cai cach hanh chinh", Date: day(2019, 5, 2),
		Text: "Ve viec cai cach hanh chinh tai dia phuong, cac don vi bao cao ket qua truoc ngay 30 thang 6.",
	},
	{
		ID: "c", Number: "1056/QĐ-CT", Type: "QĐ", Issuer: "UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG",
		Subject: "Ban hành mức trợ giúp cho các đối tượng bảo trợ xã hội", Date: day(2010, 8, 16),
		Text: "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;\nXây dựng quan hệ lao động hài hoà, ổn định và tiến bộ.",
	},
	{
		ID: "d", Number: "435/QĐ-UBND", Type: "QĐ", Issuer: "Ủy ban nhân dân tỉnh Kon Tum",
		Subject: "Chương trình hành động về quan hệ lao động", Date: day(2020, 5, 4),
		Text: "Về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới. Ủy ban nhân dân tỉnh Kon Tum ban hành Chương trình hành động.",
	},
	{
		ID: "e", Number: "3397/BKHĐT-QLKTTW", Type: "CV", Issuer: "Bộ Kế hoạch và Đầu tư",
		Subject: "V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014", Date: day(2019, 5, 23),
		Text: "Về chấp thuận các hợp đồng ký giữa PV GAS với Tập đoàn dầu khí Việt Nam (PVN), Bộ Kế hoạch và Đầu tư có ý kiến như sau.",
	},
	{
		ID: "f", Number: "2018/CV-HĐ", Type: "CV", Issuer: "Hội đồng kiểm tra cải cách hành chính tỉnh",
		Subject: "Kết quả chấm điểm", Date: day(2021, 8, 10),
		Text: "Hội đồng kiểm tra, đánh giá chấm điểm cải cách hành chính tỉnh báo cáo kết quả chấm điểm năm 2021.",
	},
	{
		ID: "g", Type: "CV", Issuer: "UBND tỉnh Hậu Giang",
		Text: "Giao Giám đốc Sở Văn hóa, Thể thao và Du lịch phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới.",
	},
}

func openTest(t testing.TB) *Index {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.Put(testDocs...); err != nil {
		t.Fatal(err)
	}
	return ix
}

func ids(r *Results) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func TestSearchText(t *testing.T) {
	ix := openTest(t)
	tests := []struct {
		name  string
		query string
		want  []string // the set of hits
		first string   // the top hit, when it matters
	}{
		{"accentless finds accented", "cai cach hanh chinh", []string{"a", "b", "f"}, "b"},
		{"accented query ranks accented text first", "cải cách hành chính", []string{"a", "b", "f"}, ""},
		{"đ typed as d", "dau tu", []string{"e"}, "e"},
		{"d typed as đ", "Đầu Tư", []string{"e"}, "e"},
		{"uppercase đ", "DẦU KHÍ", []string{"e"}, "e"},
		{"old-style hoà finds hòa", "hài hoà", []string{"c", "d"}, ""},
		{"new-style hòa finds hoà", "hài hòa", []string{"c", "d"}, ""},
		{"old-style Uỷ finds Ủy", "Uỷ ban Kon Tum", []string{"a", "d"}, ""},
		{"new-style Ủy finds Uỷ", "Ủy ban nhân dân ngày 26", []string{"c"}, "c"},
		{"phrase", `"quan hệ lao động"`, []string{"c", "d"}, ""},
		{"phrase accentless", `"quan he lao dong"`, []string{"c", "d"}, ""},
		{"phrase out of order", `"lao động quan hệ"`, nil, ""},
		{"phrase and word", `"hài hòa" Kon`, []string{"d"}, "d"},
		{"unclosed quote", `"tuyên truyền`, []string{"g"}, "g"},
		{"prefix", "tuyên truy*", []string{"g"}, "g"},
		{"prefix accentless", "hanh chi*", []string{"a", "b", "d", "f"}, ""}, // d: "hành động", "chỉ đạo"
		{"too short prefix is a word", "c*", nil, ""},
		{"fuzzy", "truyn~", []string{"g"}, "g"},
		{"fuzzy accented", "truyềnn~1 quan", []string{"g"}, "g"},
		{"no fuzzy without ~", "truyn", nil, ""},
		{"number with symbol", "4541/KH-UBND", []string{"a"}, "a"},
		{"number alone", "4541", []string{"a"}, "a"},
		{"number lowercase accentless", "2018/cv-hd", []string{"a", "f"}, "f"},
		{"number partial", "4541/KH", []string{"a"}, "a"},
		{"number in text", "2018/CV-HĐ", []string{"a", "f"}, "f"},
		{"subject word", "trợ giúp", []string{"c"}, "c"},
		{"nothing", "xyzzy", nil, ""},
		{"only punctuation", "?!", []string{"a", "b", "c", "d", "e", "f", "g"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ix.Search(Query{Text: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			if got := sorted(ids(r)); !slices.Equal(got, sorted(tt.want)) {
				t.Fatalf("Search(%q) = %v, want %v", tt.query, ids(r), tt.want)
			}
			if tt.first != "" && r.Hits[0].ID != tt.first {
				t.Errorf("Search(%q) ranks %v, want %s first", tt.query, ids(r), tt.first)
			}
			if int(r.Total) != len(tt.want) {
				t.Errorf("Total = %d, want %d", r.Total, len(tt.want))
			}
		})
	}
}

func TestExactRanksFirst(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "i"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// Same words; one with accents, one without: the query's own spelling wins.
	err = ix.Put(
		Doc{ID: "accented", Text: "Tăng cường cải cách hành chính tại địa phương."},
		Doc{ID: "plain", Text: "Tang cuong cai cach hanh chinh tai dia phuong."},
	)
	if err != nil {
		t.Fatal(err)
	}
	for q, first := range map[string]string{
		"cải cách hành chính": "accented",
		"cai cach hanh chinh": "plain",
		`"cải cách"`:          "accented",
		`"cai cach"`:          "plain",
	} {
		r, err := ix.Search(Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if r.Total != 2 || r.Hits[0].ID != first {
			t.Errorf("Search(%q) = %v, want both with %s first", q, ids(r), first)
		}
	}
}

func TestFilters(t *testing.T) {
	ix := openTest(t)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"type", Query{Types: []string{"QĐ"}}, []string{"c", "d"}},
		{"type lowercase, several", Query{Types: []string{"kh", "qđ"}}, []string{"a", "c", "d"}},
		{"issuer folded", Query{Issuer: "uy ban nhan dan tinh kon tum"}, []string{"a", "d"}},
		{"issuer old-style", Query{Issuer: "UỶ BAN NHÂN DÂN TỈNH KON TUM"}, []string{"a", "d"}},
		{"year", Query{Year: 2019}, []string{"b", "e"}},
		{"date range inclusive", Query{From: day(2019, 5, 23), To: day(2021, 8, 10)}, []string{"d", "e", "f"}},
		{"date from only", Query{From: day(2021, 1, 1)}, []string{"a", "f"}},
		{"date to only", Query{To: day(2011, 1, 1)}, []string{"c"}},
		{"only these ids", Query{Only: []string{"a", "c"}}, []string{"a", "c"}},
		{"only none", Query{Only: []string{}}, nil},
		{"only, with text", Query{Text: "cai cach", Only: []string{"a", "c"}}, []string{"a"}},
		{"text and filter", Query{Text: "cai cach", Types: []string{"CV"}}, []string{"b", "f"}},
		{"text and year", Query{Text: "hài hòa", Year: 2020}, []string{"d"}},
		{"filters combine", Query{Types: []string{"CV"}, Year: 2019, Issuer: "đầu tư"}, []string{"e"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ix.Search(tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := sorted(ids(r)); !slices.Equal(got, sorted(tt.want)) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFacets(t *testing.T) {
	ix := openTest(t)
	r, err := ix.Search(Query{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		facet string
		want  map[string]int
	}{
		{"type", map[string]int{"CV": 4, "QĐ": 2, "KH": 1}},
		{"year", map[string]int{"2021": 2, "2019": 2, "2020": 1, "2010": 1}},
		{"issuer", map[string]int{
			"Ủy ban nhân dân tỉnh Kon Tum": 2, "Văn phòng UBND tỉnh": 1, "UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG": 1,
			"Bộ Kế hoạch và Đầu tư": 1, "Hội đồng kiểm tra cải cách hành chính tỉnh": 1, "UBND tỉnh Hậu Giang": 1,
		}},
	}
	for _, tt := range tests {
		got := map[string]int{}
		for _, c := range r.Facets[tt.facet] {
			got[c.Term] = c.Count
		}
		if !mapsEqual(got, tt.want) {
			t.Errorf("facet %s = %v, want %v", tt.facet, got, tt.want)
		}
	}
	// Facets count the filtered result, not the whole library.
	r, err = ix.Search(Query{Text: "cai cach"})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Facets["type"]; len(got) != 2 || got[0] != (FacetCount{"CV", 2}) || got[1] != (FacetCount{"KH", 1}) {
		t.Errorf("type facet of 'cai cach' = %v", got)
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestSortAndPage(t *testing.T) {
	ix := openTest(t)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"no text lists newest first, undated last", Query{}, []string{"a", "f", "d", "e", "b", "c", "g"}},
		{"sort by date", Query{Text: "cai cach", SortByDate: true}, []string{"a", "f", "b"}},
		// Vietnamese order: "Ủy ban … Kon Tum" before "UỶ BAN … TUYÊN QUANG" before "Văn phòng".
		{"sort by issuer", Query{SortByIssuer: true}, []string{"e", "f", "g", "a", "d", "c", "b"}},
		{"sort by number", Query{SortByNumber: true}, []string{"b", "d", "c", "f", "e", "a", "g"}},
		{"sort matches by number", Query{Text: "cai cach", SortByNumber: true}, []string{"b", "f", "a"}},
		{"page", Query{Limit: 2, Offset: 2}, []string{"d", "e"}},
		{"past the end", Query{Offset: 50}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ix.Search(tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(r); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestHitFields(t *testing.T) {
	ix := openTest(t)
	for _, text := range []string{"4541", ""} {
		r, err := ix.Search(Query{Text: text, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		want := Hit{ID: "a", Number: "4541/KH-UBND", Type: "KH", Issuer: "Ủy ban nhân dân tỉnh Kon Tum",
			Subject: "Kế hoạch tăng cường công tác cải cách hành chính", Date: day(2021, 8, 12)}
		h := r.Hits[0]
		if h.ID != want.ID || h.Number != want.Number || h.Type != want.Type || h.Issuer != want.Issuer ||
			h.Subject != want.Subject || !h.Date.Equal(want.Date) {
			t.Errorf("query %q: hit = %+v, want %+v", text, h, want)
		}
	}
}

func TestSnippets(t *testing.T) {
	ix := openTest(t)
	tests := []struct {
		query, id string
		want      string // must appear in the first snippet
	}{
		{"cai cach hanh chinh", "a", "<mark>cải</mark> <mark>cách</mark> <mark>hành</mark> <mark>chính</mark>"},
		{"dau khi", "e", "<mark>dầu</mark> <mark>khí</mark> Việt Nam"},
		{"hài hòa", "c", "<mark>hài</mark> <mark>hoà</mark>, ổn định"},
		{"UY BAN", "c", "Hội đồng nhân dân và <mark>Uỷ</mark> <mark>ban</mark>"},
		{`"quan he lao dong"`, "d", "xây dựng <mark>quan</mark> <mark>hệ</mark> <mark>lao</mark> <mark>động</mark> hài hòa"},
		{"tuyên truy*", "g", "<mark>tuyên</mark> <mark>truyền</mark>"},
		{"truyn~", "g", "<mark>truyền</mark>"},
		{"2018/cv-hd", "a", "Công văn số <mark>2018</mark>/<mark>CV</mark>-<mark>HĐ</mark>"},
	}
	for _, tt := range tests {
		r, err := ix.Search(Query{Text: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		var hit *Hit
		for i := range r.Hits {
			if r.Hits[i].ID == tt.id {
				hit = &r.Hits[i]
			}
		}
		if hit == nil || len(hit.Snippets) == 0 {
			t.Errorf("%q: no snippet for %s in %+v", tt.query, tt.id, r.Hits)
			continue
		}
		if !strings.Contains(hit.Snippets[0], tt.want) {
			t.Errorf("%q: snippet %q lacks %q", tt.query, hit.Snippets[0], tt.want)
		}
		if strings.Contains(hit.Snippets[0], "\n") {
			t.Errorf("%q: snippet has a line break: %q", tt.query, hit.Snippets[0])
		}
	}
}

func TestPutReplacesAndDelete(t *testing.T) {
	ix := openTest(t)
	changed := testDocs[6]
	changed.Text = "Thông báo lịch tiếp công dân định kỳ."
	if err := ix.Put(changed); err != nil {
		t.Fatal(err)
	}
	check := func(q string, want []string) {
		t.Helper()
		r, err := ix.Search(Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(r); !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %v, want %v", q, got, want)
		}
	}
	check("tuyên truyền", nil)
	check("tiếp công dân", []string{"g"})
	if err := ix.Delete("g", "no-such-id"); err != nil {
		t.Fatal(err)
	}
	check("tiếp công dân", nil)
	got, err := ix.IDs()
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a", "b", "c", "d", "e", "f"}; !slices.Equal(got, want) {
		t.Errorf("IDs = %v, want %v", got, want)
	}
	if err := ix.Put(Doc{Text: "không có mã"}); err == nil {
		t.Error("Put without id: no error")
	}
}

func TestReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(testDocs...); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	r, err := ix.Search(Query{Text: "cai cach"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 3 {
		t.Errorf("after reopen: %v", ids(r))
	}
}

func TestOpenCorrupt(t *testing.T) {
	tests := []struct {
		name    string
		corrupt func(t *testing.T, dir string)
	}{
		{"garbage meta", func(t *testing.T, dir string) { write(t, filepath.Join(dir, "index_meta.json"), "{not json") }},
		{"meta missing", func(t *testing.T, dir string) { remove(t, filepath.Join(dir, "index_meta.json")) }},
		{"garbage root", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "store", "root.bolt"), "not a bolt file at all")
		}},
		{"unknown index type", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "index_meta.json"), `{"storage":"nope","index_type":"nope"}`)
		}},
		{"other schema", func(t *testing.T, dir string) {
			ix, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := ix.bi.SetInternal(schemaKey, []byte("old")); err != nil {
				t.Fatal(err)
			}
			ix.Close()
		}},
		{"a file, not an index", func(t *testing.T, dir string) {
			remove(t, dir)
			write(t, dir, "x")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "index")
			ix, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			if err := ix.Put(testDocs[:2]...); err != nil {
				t.Fatal(err)
			}
			ix.Close()
			tt.corrupt(t, dir)
			ix, err = Open(dir)
			if !errors.Is(err, ErrCorrupt) {
				if ix != nil {
					ix.Close()
				}
				t.Fatalf("Open = %v, want ErrCorrupt", err)
			}
		})
	}
}

func TestOpenInUse(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	second, err := Open(dir)
	if err == nil {
		second.Close()
		t.Skip("this platform lets one process lock a bolt file twice")
	}
	if !errors.Is(err, ErrInUse) || errors.Is(err, ErrCorrupt) {
		t.Errorf("second Open = %v, want ErrInUse", err)
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, path string) {
	t.Helper()
	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
}

// TestQueryLimits: a query is capped in words and in fuzzy or prefix words
// (a thousand "lao~2" once cost 15 s and 4.5 GB), with a message saying
// what to do; within the caps it runs.
func TestQueryLimits(t *testing.T) {
	ix := openTest(t)
	for _, tc := range []struct {
		name, query string
		msg         string // "" = runs
	}{
		{"a thousand fuzzy words", strings.Repeat("lao~2 ", 1000), "quá dài"},
		{"33 words", strings.Repeat("cải ", 33), "quá dài"},
		{"32 words", strings.Repeat("cải ", 32), ""},
		{"a 40-word phrase", `"` + strings.Repeat("cải ", 40) + `"`, "quá dài"},
		{"five fuzzy words", "lao~2 động~1 quan~ hệ~ hài~", "tối đa 4"},
		{"fuzzy and prefix together", "lao~2 động~1 quan~ hệ~ hành*", "tối đa 4"},
		{"four fuzzy words", "lao~2 động~1 quan~ hệ~", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ix.Search(Query{Text: tc.query})
			var qe *QueryError
			switch {
			case tc.msg == "" && err != nil:
				t.Fatalf("Search = %v, want it to run", err)
			case tc.msg != "" && (!errors.As(err, &qe) || !strings.Contains(qe.Msg, tc.msg)):
				t.Fatalf("Search = %v, want a QueryError with %q", err, tc.msg)
			}
		})
	}
}

func TestBlank(t *testing.T) {
	for _, tc := range []struct {
		text  string
		blank bool
	}{
		{"", true}, {"   ", true}, {`"`, true}, {`""`, true}, {"*", true}, {"~", true}, {"~2", true}, {"?!", true}, {"“ ”", true},
		{"a", false}, {`"a"`, false}, {"lao~2", false}, {"4541", false},
	} {
		if got := Blank(tc.text); got != tc.blank {
			t.Errorf("Blank(%q) = %v, want %v", tc.text, got, tc.blank)
		}
	}
}
