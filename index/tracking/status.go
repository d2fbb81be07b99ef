package tracking

import (
	"context"
	"slices"

	"vanthu/index/store"
)

// RefreshStatus keeps in the store, for each document, how many of its
// tasks the views show open (overdue, due, upcoming or undated) and how
// many overdue, so that the library's list, its filters and its search say
// what the tasks tab says (a letter older than the start of follow-up is
// archive, a law's rules and rejected proposals are nobody's work). It
// does nothing when the counts are today's and no input changed since
// (store.StatusStamp: every write to an input table bumps a counter).
func (t *Tracker) RefreshStatus(ctx context.Context) error {
	stamp, err := t.st.StatusStamp(ctx, t.today)
	if err != nil || stamp.Fresh {
		return err
	}
	if err := t.Sync(ctx); err != nil {
		return err
	}
	// Read the stamp after Sync, which may have written proposals: counts
	// taken from here on are those of this version.
	if stamp, err = t.st.StatusStamp(ctx, t.today); err != nil {
		return err
	}
	items, err := t.List(ctx, Query{})
	if err != nil {
		return err
	}
	counts := map[int64]store.DocStatus{}
	for _, it := range items {
		c := counts[it.DocumentID]
		switch it.Status {
		case StatusOverdue:
			c.Open++
			c.Late++
			if it.TaskID != 0 && !slices.Contains(c.LateTasks, it.TaskID) {
				c.LateTasks = append(c.LateTasks, it.TaskID)
			}
		case StatusDue, StatusUpcoming, StatusUndated:
			c.Open++
		}
		counts[it.DocumentID] = c
	}
	return t.st.SetDocStatus(ctx, stamp.Version, t.today, counts)
}
