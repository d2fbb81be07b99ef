package tasks

import (
	"strings"
	"testing"

	"vanthu/docs/vndate"
)

// Each case holds one rule found studying the misses of tuning round 5, in
// the shape official documents give it; each fails on the code before it.
func TestRoundFiveRules(t *testing.T) {
	type got struct{ who, deadline, rec, quote string }
	cases := []struct {
		name, text string
		want       []got // quote: a part of the found quote
	}{
		{"a heading listing several units' heads heads the duty under it", `I. VỀ HOÀN THIỆN THỂ CHẾ
1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố
Khẩn trương rà soát, sửa đổi các quy định không phù hợp, hoàn thành trong năm 2025.
`, []got{{who: "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", deadline: "2025-12-31", quote: "Khẩn trương rà soát"}}},
	}
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := Find(c.text, ctx)
			if len(found) != len(c.want) {
				t.Fatalf("found %d tasks, want %d: %+v", len(found), len(c.want), found)
			}
			for i, w := range c.want {
				f := found[i]
				if f.Assignee != w.who || f.Deadline.String() != w.deadline || f.Recurrence != w.rec || !strings.Contains(f.Quote, w.quote) {
					t.Errorf("task %d: got %q %q %q %q, want %+v", i, f.Assignee, f.Deadline.String(), f.Recurrence, f.Quote, w)
				}
			}
		})
	}
}
