package library

import (
	"context"
	"strconv"

	"vanthu/index/search"
	"vanthu/index/store"
	"vanthu/index/tracking"
)

// refreshStatus brings each document's counts of open and overdue tasks
// up to what follow-up shows today (tracking.RefreshStatus). The common
// case, nothing changed, is one small query; a recount (after a change,
// or on a new day) runs once however many views ask for it at the time.
func (l *Library) refreshStatus(ctx context.Context) error {
	today := l.today()
	if st, err := l.store.StatusStamp(ctx, today); err != nil || st.Fresh {
		return err
	}
	l.statusMu.Lock()
	defer l.statusMu.Unlock()
	tr, err := tracking.New(ctx, l.store, l.Clerk(ctx), today)
	if err != nil {
		return err
	}
	return tr.RefreshStatus(ctx) // checks the stamp again: another caller may have just recounted
}

// SetTaskDone marks the task extracted as row taskID done, or open again,
// through follow-up: the tasks tab, the registers and the lists agree, and
// the audit trail names the clerk.
func (l *Library) SetTaskDone(ctx context.Context, taskID int64, done bool) error {
	tr, err := tracking.New(ctx, l.store, l.Clerk(ctx), l.today())
	if err != nil {
		return err
	}
	return tr.SetTaskDone(ctx, taskID, done)
}

// DocStatuses returns the follow-up counts of these documents, for a list
// of search hits to show "n việc quá hạn" as the tasks tab counts them.
func (l *Library) DocStatuses(ctx context.Context, ids []int64) (map[int64]store.DocStatus, error) {
	if err := l.refreshStatus(ctx); err != nil {
		return nil, err
	}
	return l.store.DocStatuses(ctx, ids)
}

// StatusFilter narrows a search to documents with open or overdue tasks,
// or with a header field to confirm (ToConfirm, as DocumentView lists them).
type StatusFilter struct{ Open, Overdue, ToConfirm bool }

// restrict turns a status filter into the ids a search may return (nil
// when there is no filter).
func (l *Library) restrict(ctx context.Context, f StatusFilter) ([]string, error) {
	if !f.Open && !f.Overdue && !f.ToConfirm {
		return nil, nil
	}
	var keep map[int64]bool // nil: every document so far
	and := func(ids []int64) {
		next := map[int64]bool{}
		for _, id := range ids {
			if keep == nil || keep[id] {
				next[id] = true
			}
		}
		keep = next
	}
	if f.Open || f.Overdue {
		if err := l.refreshStatus(ctx); err != nil {
			return nil, err
		}
		ids, err := l.store.DocsWithStatus(ctx, f.Overdue)
		if err != nil {
			return nil, err
		}
		and(ids)
	}
	if f.ToConfirm {
		ids, err := l.store.DocsToConfirm(ctx)
		if err != nil {
			return nil, err
		}
		and(ids)
	}
	out := make([]string, 0, len(keep))
	for id := range keep {
		out = append(out, strconv.FormatInt(id, 10))
	}
	return out, nil
}

// SearchWithStatus runs a search kept to the documents with open or
// overdue tasks as follow-up counts them.
func (l *Library) SearchWithStatus(ctx context.Context, q search.Query, f StatusFilter) (*search.Results, error) {
	only, err := l.restrict(ctx, f)
	if err != nil {
		return nil, err
	}
	if only != nil {
		q.Only = only
	}
	return l.Search(q)
}
