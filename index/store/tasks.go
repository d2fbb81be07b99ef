package store

import (
	"context"
	"database/sql"
	"errors"
)

const taskColumns = `id, document_id, assignee, co_assignees, action, deliverable, deadline, deadline_text,
	recurrence, recurrence_due, quote, start, "end", status, done_at, note`

func (s *Store) queryTasks(ctx context.Context, where string, args ...any) ([]Task, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+taskColumns+` FROM tasks `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Task
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *t)
	}
	return out, rows.Err()
}

func scanTask(sc interface{ Scan(...any) error }) (*Task, error) {
	var t Task
	var co, deadline string
	err := sc.Scan(&t.ID, &t.DocumentID, &t.Assignee, &co, &t.Action, &t.Deliverable, &deadline, &t.DeadlineText,
		&t.Recurrence, &t.RecurrenceDue, &t.Quote, &t.Start, &t.End, &t.Status, &t.DoneAt, &t.Note)
	if err != nil {
		return nil, err
	}
	t.CoAssignees = parseList(co)
	t.Deadline = parseDate(deadline)
	return &t, nil
}

// Task returns one task.
func (s *Store) Task(ctx context.Context, taskID int64) (*Task, error) {
	t, err := scanTask(s.db.QueryRowContext(ctx, `SELECT `+taskColumns+` FROM tasks WHERE id = ?`, taskID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return t, err
}
