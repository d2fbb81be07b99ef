package extract

import (
	"os"
	"path/filepath"
	"testing"

	"vanthu/docs/extract/tasks"
)

// TestLegalCorpusHasNoPastDeadlines: importing ../shared/corpus/legal must
// not put one deadline before its document's date (a 2024 land law's
// "trước ngày 18 tháng 12 năm 1980") in the overdue list, and a law's duties
// on whole classes of bodies are rules, left out of follow-up.
func TestLegalCorpusHasNoPastDeadlines(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 37 MB of laws")
	}
	dir := filepath.Join(filepath.Dir(devCorpusPath()), "legal")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/corpus/legal not present")
	}
	followed, rules := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := FromText(string(data))
		for _, w := range r.Warnings {
			t.Errorf("%s: %s", filepath.Base(f), w)
		}
		for _, task := range r.Tasks {
			if task.Kind == tasks.KindRule {
				rules++
				continue
			}
			followed++
			if !task.Deadline.IsZero() && (task.Deadline.Year < 1990 || (!r.Date.IsZero() && task.Deadline.Before(r.Date))) {
				t.Errorf("%s: deadline %s before the document (%s): %q", filepath.Base(f), task.Deadline, r.Date, task.DeadlineText)
			}
		}
	}
	t.Logf("%d documents: %d rules, %d tasks to follow up", len(files), rules, followed)
}
