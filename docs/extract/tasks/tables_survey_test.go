//go:build survey

package tasks

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestTableSurvey prints, for every tuning text, the tables of tasks the
// reader finds (header cells with their kinds, rows, filled time cells)
// and the count of each time cell's form, years and dates masked. It is
// the source of TABLES.md and asserts nothing; run it with
//
//	go test -tags survey -run TestTableSurvey -v ./docs/extract/tasks/
func TestTableSurvey(t *testing.T) {
	files, _ := filepath.Glob("../testdata/tuning/*/*.txt")
	mask := regexp.MustCompile(`\d{1,2}/\d{1,2}/\d{4}|\b(?:19|20)\d\d\b`)
	forms := map[string]int{}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		lines := splitLines(text)
		cuts, _ := cutNotes(text, lines)
		var h *tableHead
		rows, timed := 0, 0
		done := func() {
			if h != nil {
				fmt.Printf("  rows %d, time cells %d\n", rows, timed)
			}
		}
		for _, bl := range layout(text, bodySpans(text, lines, cuts)) {
			if bl.kind != kindRow {
				continue
			}
			if nh := headerRow(bl); nh != nil {
				done()
				h, rows, timed = nh, 0, 0
				var cells []string
				for i, c := range bl.cells {
					cells = append(cells, fmt.Sprintf("%s [%s]", bl.text[c.start:c.end], kindNames[nh.kinds[i]]))
				}
				fmt.Printf("%s: %s\n", filepath.Base(p), strings.Join(cells, " · "))
				continue
			}
			if h == nil {
				continue
			}
			rows++
			if h.time < len(bl.cells) && h.time >= 0 && bl.cells[h.time].end > bl.cells[h.time].start {
				timed++
				c := bl.cells[h.time]
				forms[mask.ReplaceAllStringFunc(bl.text[c.start:c.end], func(s string) string {
					if strings.Contains(s, "/") {
						return "DD/MM/YYYY"
					}
					return "YYYY"
				})]++
			}
		}
		done()
	}
	var keys []string
	for k := range forms {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return forms[keys[i]] > forms[keys[j]] || forms[keys[i]] == forms[keys[j]] && keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%4d  %s\n", forms[k], k)
	}
}

var kindNames = map[colKind]string{colOther: "other", colNumber: "number", colAction: "duty", colWho: "unit in charge",
	colCo: "working with it", colLeader: "leader", colTime: "time"}
