package tracking_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"vanthu/docs/vndate"
	"vanthu/index/library"
	"vanthu/index/settings"
	"vanthu/index/tracking"
)

// TestDevCorpus imports ../shared/corpus/dev as a clerk would and checks the
// follow-up the issue asks for: the seed letter's task for Sở Y tế (due
// 30/10/2021) under that unit, its quarterly duty at its next occurrence,
// and the yearly duties of the older decisions at this year's date.
func TestDevCorpus(t *testing.T) {
	dev := filepath.Join("..", "..", "..", "shared", "corpus", "dev")
	if _, err := os.Stat(dev); err != nil {
		t.Skip("../shared/corpus/dev not present")
	}
	ctx := context.Background()
	lib, err := library.Open(ctx, t.TempDir(), library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if _, err := lib.Import(ctx, []string{dev}, library.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	set := settings.Defaults()
	set.FollowUpStart = "2021-01-01"
	if err := settings.Save(ctx, lib.Store(), set, "test"); err != nil {
		t.Fatal(err)
	}
	day := func(s string) vndate.Date { d, _ := vndate.ParseISO(s); return d }
	tr, err := tracking.New(ctx, lib.Store(), "test", day("2021-10-20"))
	if err != nil {
		t.Fatal(err)
	}
	mine, err := tr.List(ctx, tracking.Query{Unit: "so y te"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range mine {
		found = found || (it.Due.String() == "2021-10-30" && it.Status == tracking.StatusUpcoming)
	}
	if !found {
		t.Errorf("Sở Y tế does not see its 30/10/2021 task: %+v", mine)
	}
	all, err := tr.List(ctx, tracking.Query{})
	if err != nil {
		t.Fatal(err)
	}
	var quarterly, yearly []string
	for _, it := range all {
		if !it.Occurrence {
			continue
		}
		switch it.Recurrence {
		case tracking.Quarterly:
			quarterly = append(quarterly, it.Due.String())
		case tracking.Yearly:
			if it.RecurrenceDue == "--11-15" || it.RecurrenceDue == "--11-30" {
				yearly = append(yearly, it.Due.String())
			}
		}
	}
	// The seed letter (blank date) was imported today, after 2021, so its
	// quarterly duty starts from the start of follow-up: missed 30/09/2021,
	// next 31/12/2021.
	if len(quarterly) != 2 || quarterly[0] != "2021-09-30" || quarterly[1] != "2021-12-31" {
		t.Errorf("quarterly occurrences %v", quarterly)
	}
	// 435/QĐ-UBND (2020): yearly reports before 15/11 and 30/11 — this year's.
	if len(yearly) != 2 || yearly[0] != "2021-11-15" || yearly[1] != "2021-11-30" {
		t.Errorf("yearly occurrences %v", yearly)
	}
}
