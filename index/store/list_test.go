package store

import (
	"context"
	"testing"

	"vanthu/docs/vndate"
)

// TestListSortsAndCounts: every order lists every document once, the
// undated, unnumbered and issuer-less ones last; CountList agrees with List.
func TestListSortsAndCounts(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	docs := []*Document{
		doc('a', "12/UBND-VP", vndate.Date{Year: 2020, Month: 5, Day: 1}),
		doc('b', "9/SYT-KHTC", vndate.Date{Year: 2021, Month: 1, Day: 2}),
		doc('c', "105/QĐ-UBND", vndate.Date{}),
		doc('d', "", vndate.Date{Year: 2019, Month: 3, Day: 4}),
		doc('e', "7/VP", vndate.Date{Year: 2018, Month: 2, Day: 3}),
	}
	// In byte order "Văn phòng" would come before "Ủy ban".
	docs[0].Issuer, docs[1].Issuer, docs[2].Issuer = "Ủy ban nhân dân tỉnh", "Sở Y tế", "Ủy ban nhân dân tỉnh"
	docs[4].Issuer = "Văn phòng Ủy ban nhân dân tỉnh"
	for _, d := range docs {
		if _, err := s.Insert(ctx, d, nil, nil, ""); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		sort string
		want []string // numbers in order
	}{
		{SortDate, []string{"9/SYT-KHTC", "12/UBND-VP", "", "7/VP", "105/QĐ-UBND"}},
		{SortNumber, []string{"7/VP", "9/SYT-KHTC", "12/UBND-VP", "105/QĐ-UBND", ""}},
		{SortIssuer, []string{"9/SYT-KHTC", "12/UBND-VP", "105/QĐ-UBND", "7/VP", ""}},
	}
	for _, c := range cases {
		var got []string
		for off := 0; ; off += 3 { // pages of 3, as the window loads them
			page, err := s.List(ctx, Filter{Sort: c.sort, Limit: 3, Offset: off})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range page {
				got = append(got, d.Number)
			}
			if len(page) < 3 {
				break
			}
		}
		if len(got) != len(c.want) {
			t.Fatalf("sort %s: %q", c.sort, got)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("sort %s: %q, want %q", c.sort, got, c.want)
				break
			}
		}
	}
	if _, err := s.List(ctx, Filter{Sort: "khác"}); err == nil {
		t.Error("an unknown sort is accepted")
	}
	for _, f := range []Filter{{}, {Year: 2020}, {Year: 1999}} {
		n, err := s.CountList(ctx, f)
		all, _ := s.List(ctx, f)
		if err != nil || n != len(all) {
			t.Errorf("CountList(%+v) = %d, %v; List has %d", f, n, err, len(all))
		}
	}
}
