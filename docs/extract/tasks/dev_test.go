package tasks

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanthu/docs/vndate"
)

// The dev letters and their gold files live in ../shared beside the
// checkout; the test skips where they are absent.
func devDir(t testing.TB) string {
	dir, _ := filepath.Abs("../../../../shared/corpus/dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no shared corpus beside the checkout")
	}
	return dir
}

type goldTask struct {
	Deadline   vndate.Date `json:"deadline"`
	Recurrence *string     `json:"recurrence"`
	Quote      string      `json:"quote"`
}

// TestDevTimedTasks checks, on the real letters, that the tasks with a
// deadline or a recurrence are found at their place with their time, the
// way ../shared/eval/score.py matches them (by words shared with the gold
// quote here, which is close enough for a regression test).
func TestDevTimedTasks(t *testing.T) {
	dir := devDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	matched, predicted, gold := 0, 0, 0
	for _, p := range files {
		var g struct {
			Date  vndate.Date `json:"date"`
			Tasks []goldTask  `json:"tasks"`
		}
		b, _ := os.ReadFile(p)
		if json.Unmarshal(b, &g) != nil {
			t.Fatalf("%s: bad gold", p)
		}
		text, _ := os.ReadFile(strings.TrimSuffix(p, ".json") + ".txt")
		var timed []Task
		for _, task := range Find(string(text), Context{DocDate: g.Date}) {
			if !task.Deadline.IsZero() || task.Recurrence != "" {
				timed = append(timed, task)
			}
		}
		predicted += len(timed)
		used := map[int]bool{}
		for _, gt := range g.Tasks {
			rec := ""
			if gt.Recurrence != nil {
				rec = *gt.Recurrence
			}
			if gt.Deadline.IsZero() && rec == "" {
				continue
			}
			gold++
			for i, task := range timed {
				if !used[i] && task.Deadline == gt.Deadline && task.Recurrence == rec && sharesWords(task.Quote, gt.Quote) {
					used[i] = true
					matched++
					break
				}
			}
		}
	}
	f1 := 2 * float64(matched) / float64(predicted+gold)
	t.Logf("timed tasks: matched %d, found %d, gold %d, F1 %.3f", matched, predicted, gold, f1)
	if f1 < 0.99 { // just under the 1.000 measured
		t.Errorf("timed-task F1 %.3f below 0.99", f1)
	}
}

func sharesWords(a, b string) bool {
	wa := map[string]bool{}
	for _, w := range strings.Fields(lower(a)) {
		wa[w] = true
	}
	n, in := 0, 0
	for _, w := range strings.Fields(lower(b)) {
		n++
		if wa[w] {
			in++
		}
	}
	return n > 0 && in*2 >= n
}
