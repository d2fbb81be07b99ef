package search

import (
	"errors"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"

	"vanthu/docs/vn"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Cải cách hành chính", []string{"Cải", "cách", "hành", "chính"}},
		{"Số: 4541/KH-UBND, ngày 10/8/2021.", []string{"Số", "4541", "KH", "UBND", "ngày", "10", "8", "2021"}},
		{"Nghị quyết 64/2013/QH13", []string{"Nghị", "quyết", "64", "2013", "QH13"}},
		{"“trích dẫn” (ghi chú)", []string{"trích", "dẫn", "ghi", "chú"}},
		{"hoa\u0300 decomposed", []string{"hoa\u0300", "decomposed"}},
		{"  \t\n", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := words(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldTermMatchesVnFold(t *testing.T) {
	for _, w := range []string{
		"Cải", "CÁCH", "Đầu", "đđ", "ĐƯỜNG", "Uỷ", "hoà", "khỏe", "Nghĩa", "QH13", "Ỹ",
		"hoa\u0300", "Ωμέγα", "Straße", "İstanbul", "日本", "ﬁ",
	} {
		if got, want := foldString(w), vn.Fold(w); got != want {
			t.Errorf("foldString(%q) = %q, vn.Fold = %q", w, got, want)
		}
	}
}

func TestExactTerm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Cải", "cải"},
		{"HOÀ", "hòa"},
		{"Uỷ", "ủy"},
		{"khoẻ", "khỏe"},
		{"quý", "quý"},
		{"hoa", "hoa"},
		{"UBND", "ubnd"},
		{"Đầu", "đầu"},
		{"Hoa\u0300", "hòa"}, // decomposed and old-style
		{"Ca\u0309i", "cải"}, // decomposed
		{"ÁNH", "ánh"},
	}
	for _, tt := range tests {
		if got := exactString(tt.in); got != tt.want {
			t.Errorf("exactString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnalyzerOffsetsPointIntoOriginal(t *testing.T) {
	text := "Ủy ban nhân dân TỈNH Kon Tum; hài hoà"
	for _, a := range []syllableAnalyzer{{norm: foldTerm}, {norm: exactTerm}} {
		toks := a.Analyze([]byte(text))
		if len(toks) != 9 {
			t.Fatalf("%d tokens, want 9", len(toks))
		}
		for i, tok := range toks {
			if tok.Position != i+1 {
				t.Errorf("token %d has position %d", i, tok.Position)
			}
			orig := text[tok.Start:tok.End]
			if got := string(a.norm(nil, []byte(orig))); got != string(tok.Term) {
				t.Errorf("token %q at %d:%d is %q in the text", tok.Term, tok.Start, tok.End, orig)
			}
		}
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		in   string
		want []part
	}{
		{"cải cách", []part{{kind: partWord, words: []string{"cải"}}, {kind: partWord, words: []string{"cách"}}}},
		{`"hành chính" tỉnh`, []part{{kind: partPhrase, words: []string{"hành", "chính"}}, {kind: partWord, words: []string{"tỉnh"}}}},
		{`“hành chính”`, []part{{kind: partPhrase, words: []string{"hành", "chính"}}}},
		{"4541/KH-UBND", []part{{kind: partNumber, words: []string{"4541", "KH", "UBND"}, raw: "4541/KH-UBND"}}},
		{"(64/2013/QH13),", []part{{kind: partNumber, words: []string{"64", "2013", "QH13"}, raw: "64/2013/QH13"}}},
		{"V/v", []part{{kind: partPhrase, words: []string{"V", "v"}}}},
		{"chí*", []part{{kind: partPrefix, words: []string{"chí"}}}},
		{"c*", []part{{kind: partWord, words: []string{"c"}}}},
		{"hanh~", []part{{kind: partFuzzy, words: []string{"hanh"}, fuzziness: 1}}},
		{"hanh~2", []part{{kind: partFuzzy, words: []string{"hanh"}, fuzziness: 2}}},
		{"hanh~9", []part{{kind: partFuzzy, words: []string{"hanh"}, fuzziness: maxFuzziness}}},
		{"~ * \"\" -", nil},
	}
	for _, tt := range tests {
		got := parseText(tt.in)
		if !slices.EqualFunc(got, tt.want, func(a, b part) bool {
			return a.kind == b.kind && slices.Equal(a.words, b.words) && a.raw == b.raw && a.fuzziness == b.fuzziness
		}) {
			t.Errorf("parseText(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func FuzzSearchText(f *testing.F) {
	ix := openTest(f)
	for _, s := range []string{"cai cach", `"quan he`, "4541/KH-UBND", "hanh~2", "chi*", "~*\"“", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Any text is answered: hits, or a Vietnamese QueryError for a query
		// over the limits (too many words, fuzzy or prefix terms).
		var qe *QueryError
		if _, err := ix.Search(Query{Text: s}); err != nil && !errors.As(err, &qe) {
			t.Fatalf("Search(%q): %v", s, err)
		}
	})
}

func TestSyllableFieldMatchesAnalyzer(t *testing.T) {
	text := []byte("Ủy ban nhân dân TỈNH Kon Tum; hài hoà, hài hòa. Số 4541/KH-UBND ngày 10/8/2021 và ủy ban")
	for _, norm := range []func(dst, word []byte) []byte{foldTerm, exactTerm} {
		f := newSyllableField("f", text, optVectors, norm)
		f.Analyze()
		want := analysis.TokenFrequency(syllableAnalyzer{norm: norm}.Analyze(text), nil, optVectors)
		if f.AnalyzedLength() != 22 || len(f.AnalyzedTokenFrequencies()) != len(want) {
			t.Fatalf("%d tokens, %d terms; analyzer gives %d terms", f.AnalyzedLength(), len(f.AnalyzedTokenFrequencies()), len(want))
		}
		for term, w := range want {
			g := f.AnalyzedTokenFrequencies()[term]
			if g == nil || g.Frequency() != w.Frequency() || len(g.Locations) != len(w.Locations) {
				t.Fatalf("term %q: got %+v, want %+v", term, g, w)
			}
			for i, l := range w.Locations {
				if g.Locations[i].Start != l.Start || g.Locations[i].End != l.End || g.Locations[i].Position != l.Position {
					t.Errorf("term %q location %d: %+v, want %+v", term, i, *g.Locations[i], *l)
				}
			}
		}
	}
}

func TestBigramFieldMatchesAnalyzer(t *testing.T) {
	text := []byte("Cải cách\nhành chính, cải CÁCH; Đầu tư")
	f := newBigramField("b", text, optVectors)
	f.Analyze()
	want := analysis.TokenFrequency(bigramAnalyzer{}.Analyze(text), nil, optVectors)
	if f.AnalyzedLength() != 7 || len(f.AnalyzedTokenFrequencies()) != len(want) {
		t.Fatalf("%d tokens, %d terms; analyzer gives %d terms", f.AnalyzedLength(), len(f.AnalyzedTokenFrequencies()), len(want))
	}
	pairs := map[string]int{"cai_cach": 2, "cach_hanh": 1, "hanh_chinh": 1, "chinh_cai": 1, "cach_dau": 1, "dau_tu": 1}
	for term, n := range pairs {
		g, w := f.AnalyzedTokenFrequencies()[term], want[term]
		if g == nil || w == nil || g.Frequency() != n || w.Frequency() != n {
			t.Fatalf("term %q: got %+v, analyzer %+v, want frequency %d", term, g, w, n)
		}
		for i, l := range w.Locations {
			if g.Locations[i].Start != l.Start || g.Locations[i].End != l.End || g.Locations[i].Position != l.Position {
				t.Errorf("term %q location %d: %+v, want %+v", term, i, *g.Locations[i], *l)
			}
		}
	}
	if l := f.AnalyzedTokenFrequencies()["cach_hanh"].Locations[0]; string(text[l.Start:l.End]) != "cách\nhành" || l.Position != 2 {
		t.Errorf("cach_hanh spans %q at %d, want the two words at 2", text[l.Start:l.End], l.Position)
	}
}

// TestSharedFieldsMatch: the three text fields built over one shared word
// analysis give exactly the terms, frequencies and locations each field's
// own pass over the text gives.
func TestSharedFieldsMatch(t *testing.T) {
	for _, text := range []string{
		"",
		"   ;;; ",
		"Ủy ban nhân dân TỈNH Kon Tum; hài hoà, hài hòa. Số 4541/KH-UBND ngày 10/8/2021 và ủy ban",
		"Cải cách\nhành chính, cải CÁCH; Đầu tư",
		"Vie\u0323\u0302t Nam ĐẠI HỘI Uỷ ban Ωmega ǅ 42x", // decomposed, old-style tone, letters outside the fold table
		"một",
		"a b a b a b c",
	} {
		words := newDocWords([]byte(text))
		for _, tc := range []struct {
			name   string
			shared *syllableField
			alone  *syllableField
		}{
			{"exact", newSharedField("e", words, optVectors, exactTerm, false, false), newSyllableField("e", []byte(text), optVectors, exactTerm)},
			{"folded", newSharedField("f", words, optVectors, foldTerm, true, false), newSyllableField("f", []byte(text), optVectors, foldTerm)},
			{"bigrams", newSharedField("b", words, optVectors, foldTerm, false, true), newBigramField("b", []byte(text), optVectors)},
		} {
			tc.shared.Analyze()
			tc.alone.Analyze()
			got, want := tc.shared.AnalyzedTokenFrequencies(), tc.alone.AnalyzedTokenFrequencies()
			if tc.shared.AnalyzedLength() != tc.alone.AnalyzedLength() || len(got) != len(want) {
				t.Errorf("%q %s: %d tokens, %d terms; alone %d tokens, %d terms", text, tc.name,
					tc.shared.AnalyzedLength(), len(got), tc.alone.AnalyzedLength(), len(want))
				continue
			}
			for term, w := range want {
				g := got[term]
				if g == nil || string(g.Term) != string(w.Term) || g.Frequency() != w.Frequency() || len(g.Locations) != len(w.Locations) {
					t.Errorf("%q %s term %q: got %+v, want %+v", text, tc.name, term, g, w)
					continue
				}
				for i, l := range w.Locations {
					if gl := g.Locations[i]; gl.Start != l.Start || gl.End != l.End || gl.Position != l.Position || gl.Field != l.Field {
						t.Errorf("%q %s term %q location %d: %+v, want %+v", text, tc.name, term, i, *gl, *l)
					}
				}
			}
		}
	}
}
