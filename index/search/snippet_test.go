package search

import (
	"slices"
	"strings"
	"testing"
)

var termIDs = map[string]int{}

// at returns the match of the n-th occurrence (0-based) of w in text.
func at(text, w string, n int) match {
	i := -1
	for range n + 1 {
		j := strings.Index(text[i+1:], w)
		if j < 0 {
			panic("no " + w)
		}
		i += j + 1
	}
	id, ok := termIDs[w]
	if !ok {
		id = len(termIDs)
		termIDs[w] = id
	}
	return match{start: i, end: i + len(w), term: id}
}

func TestBuildSnippets(t *testing.T) {
	long := strings.Repeat("Các đơn vị thực hiện nghiêm túc. ", 30)
	text := long + "Đẩy mạnh cải cách hành chính tại địa phương.\n" + long + "Kết quả cải cách được báo cáo."
	tests := []struct {
		name string
		text string
		ms   []match
		want []string
	}{
		{"no match: start of text", "Ngắn gọn.", nil, []string{"Ngắn gọn."}},
		{"empty text", "", nil, nil},
		{
			"best window first, then the other",
			text,
			[]match{at(text, "cải", 1), at(text, "cải", 0), at(text, "cách", 0), at(text, "hành", 0), at(text, "chính", 0)},
			[]string{
				"…túc. Các đơn vị thực hiện nghiêm túc. Đẩy mạnh <mark>cải</mark> <mark>cách</mark> <mark>hành</mark> <mark>chính</mark> tại địa phương. Các đơn vị thực hiện nghiêm túc. Các đơn vị thực hiện nghiêm túc. Các đơn vị thực hiện nghiêm túc. Các đơn vị thực hiện nghiêm…",
				"…túc. Các đơn vị thực hiện nghiêm túc. Kết quả <mark>cải</mark> cách được báo cáo.",
			},
		},
		{
			"overlapping and out-of-range matches are dropped",
			"Ủy ban nhân dân",
			[]match{{0, 4, 0}, {2, 4, 1}, {10, 99, 2}, {5, 5, 3}},
			[]string{"<mark>Ủy</mark> ban nhân dân"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := buildSnippets(tt.text, tt.ms); !slices.Equal(got, tt.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestSegments(t *testing.T) {
	tests := []struct {
		in   string
		want []Segment
	}{
		{"a <mark>b</mark> c", []Segment{{"a ", false}, {"b", true}, {" c", false}}},
		{"<mark>b</mark><mark>c</mark>", []Segment{{"b", true}, {"c", true}}},
		{"x <mark>open", []Segment{{"x ", false}, {"open", true}}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Segments(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Segments(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}
