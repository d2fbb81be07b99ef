package library

import (
	"context"
	"errors"
	"strings"

	"vanthu/docs/vndate"
	"vanthu/index/store"
)

// Link is a reference between two documents, as the window shows it.
type Link struct {
	store.Ref
	// The other document when the library holds it: for "what it cites"
	// the cited one, for "what cites it" the citing one.
	Other *store.Existing `json:"other,omitempty"`
}

// DocumentView is one document with everything shown beside it.
type DocumentView struct {
	*store.Document
	Tasks   []store.Task `json:"tasks"`
	Cites   []Link       `json:"cites"`    // what it cites
	CitedBy []Link       `json:"cited_by"` // what cites it
	// ToConfirm lists the header fields the extractor was unsure of that
	// the clerk has not checked yet.
	ToConfirm []ToConfirm `json:"to_confirm"`
	// FollowUp counts the tasks open and overdue as the tasks tab does
	// (a letter older than the start of follow-up is archive, not late).
	FollowUp store.DocStatus `json:"follow_up"`
}

// ErrNotFound is returned for a document id the library does not hold.
var ErrNotFound = store.ErrNotFound

// Document returns a document with its tasks and both directions of
// references.
func (l *Library) Document(ctx context.Context, id int64) (*DocumentView, error) {
	d, err := l.store.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &DocumentView{Document: d}
	if v.Tasks, err = l.store.Tasks(ctx, id); err != nil {
		return nil, err
	}
	if v.ToConfirm, err = l.toConfirm(ctx, d); err != nil {
		return nil, err
	}
	st, err := l.DocStatuses(ctx, []int64{id})
	if err != nil {
		return nil, err
	}
	v.FollowUp = st[id]
	refs, err := l.store.Refs(ctx, id)
	if err != nil {
		return nil, err
	}
	for _, r := range refs {
		lk := Link{Ref: r}
		if r.CitedID != 0 {
			lk.Other, err = l.existing(ctx, r.CitedID)
			if err != nil {
				return nil, err
			}
		}
		v.Cites = append(v.Cites, lk)
	}
	citing, err := l.store.CitedBy(ctx, id)
	if err != nil {
		return nil, err
	}
	for _, r := range citing {
		other, err := l.existing(ctx, r.DocumentID)
		if err != nil {
			return nil, err
		}
		v.CitedBy = append(v.CitedBy, Link{Ref: r, Other: other})
	}
	return v, nil
}

func (l *Library) existing(ctx context.Context, id int64) (*store.Existing, error) {
	d, err := l.store.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &store.Existing{ID: d.ID, Number: d.Number, FileName: d.FileName}, nil
}

// List lists documents with filters, each with its open and overdue
// tasks as follow-up counts them today.
func (l *Library) List(ctx context.Context, f store.Filter) ([]store.Summary, error) {
	if err := l.refreshStatus(ctx); err != nil {
		return nil, err
	}
	return l.store.List(ctx, f)
}

// CountList counts what List returns without its limit.
func (l *Library) CountList(ctx context.Context, f store.Filter) (int, error) {
	if err := l.refreshStatus(ctx); err != nil {
		return 0, err
	}
	return l.store.CountList(ctx, f)
}

// UpdateField corrects one metadata field (see store.EditableFields),
// recording who changed what, and updates the search index.
func (l *Library) UpdateField(ctx context.Context, docID int64, field, value string) error {
	if field == "date" && strings.TrimSpace(value) != "" {
		d, err := vndate.ParseTyped(value) // 28/09/2013 as a clerk types it, or 2013-09-28
		if err != nil {
			return err
		}
		value = d.String()
	}
	if err := l.store.UpdateField(ctx, docID, field, value, l.Clerk(ctx)); err != nil {
		return err
	}
	return l.reindexOne(ctx, docID)
}

// reindexOne refreshes one document in the index. If that fails the
// document stays pending and the next open catches up, so the edit itself
// is not lost.
func (l *Library) reindexOne(ctx context.Context, docID int64) error {
	return l.indexIDs(ctx, []int64{docID}, nil)
}

// Today is the day overdue is measured against.
func (l *Library) Today() vndate.Date { return l.today() }
