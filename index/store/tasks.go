package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"vanthu/docs/vndate"
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

// DueTask is an open task with the document it comes from.
type DueTask struct {
	Task
	DocNumber  string `json:"doc_number"`
	DocSubject string `json:"doc_subject"`
}

// Overdue returns the open tasks whose deadline is before today, oldest
// deadline first.
func (s *Store) Overdue(ctx context.Context, today vndate.Date) ([]DueTask, error) {
	return s.dueTasks(ctx, `t.status = 'open' AND t.deadline <> '' AND t.deadline < ?`, today.String())
}

// Due returns the open tasks with a deadline from today to until, inclusive.
func (s *Store) Due(ctx context.Context, today, until vndate.Date) ([]DueTask, error) {
	return s.dueTasks(ctx, `t.status = 'open' AND t.deadline >= ? AND t.deadline <= ?`, today.String(), until.String())
}

func (s *Store) dueTasks(ctx context.Context, where string, args ...any) ([]DueTask, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT t.id, t.document_id, t.assignee, t.co_assignees, t.action,
		t.deliverable, t.deadline, t.deadline_text, t.recurrence, t.recurrence_due, t.quote, t.start, t."end",
		t.status, t.done_at, t.note, d.number, d.subject
		FROM tasks t JOIN documents d ON d.id = t.document_id
		WHERE `+where+` ORDER BY t.deadline, t.document_id, t.seq`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DueTask
	for rows.Next() {
		var dt DueTask
		var co, deadline string
		t := &dt.Task
		if err := rows.Scan(&t.ID, &t.DocumentID, &t.Assignee, &co, &t.Action, &t.Deliverable, &deadline,
			&t.DeadlineText, &t.Recurrence, &t.RecurrenceDue, &t.Quote, &t.Start, &t.End, &t.Status, &t.DoneAt,
			&t.Note, &dt.DocNumber, &dt.DocSubject); err != nil {
			return nil, err
		}
		t.CoAssignees = parseList(co)
		t.Deadline = parseDate(deadline)
		out = append(out, dt)
	}
	return out, rows.Err()
}

// SetTaskStatus marks a task open or done, with an optional note, and
// records the change in the audit trail. The task's document goes back to
// "not indexed" because its open/overdue flags in the index changed.
func (s *Store) SetTaskStatus(ctx context.Context, taskID int64, status, note, who string) error {
	if status != StatusOpen && status != StatusDone {
		return fmt.Errorf("store: unknown task status %q", status)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	t, err := scanTask(tx.QueryRowContext(ctx, `SELECT `+taskColumns+` FROM tasks WHERE id = ?`, taskID))
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	doneAt := ""
	if status == StatusDone {
		doneAt = timestamp()
	}
	if _, err := tx.ExecContext(ctx, `UPDATE tasks SET status = ?, done_at = ?, note = ? WHERE id = ?`,
		status, doneAt, note, taskID); err != nil {
		return err
	}
	if err := audit(ctx, tx, who, "tasks", taskID, "status", t.Status, status); err != nil {
		return err
	}
	if note != t.Note {
		if err := audit(ctx, tx, who, "tasks", taskID, "note", t.Note, note); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET indexed = 0 WHERE id = ?`, t.DocumentID); err != nil {
		return err
	}
	return tx.Commit()
}

// Task returns one task.
func (s *Store) Task(ctx context.Context, taskID int64) (*Task, error) {
	t, err := scanTask(s.db.QueryRowContext(ctx, `SELECT `+taskColumns+` FROM tasks WHERE id = ?`, taskID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return t, err
}
