package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"vanthu/docs/vndate"
)

// statusInputs are the tables whose rows decide which tasks follow-up
// counts open or overdue. A write to any of them bumps status_version, so
// the counts kept in doc_status are known stale whatever program wrote.
var statusInputs = []struct{ table, updateOf string }{
	{"documents", "UPDATE OF date, sha256"}, // not the indexed flag, written after every index batch
	{"tasks", "UPDATE"},
	{"tracked", "UPDATE"},
	{"occurrences_done", "UPDATE"},
	{"butphe", "UPDATE"},
	{"replies", "UPDATE"},
	{"register_entries", "UPDATE"},
	{"settings", "UPDATE"},
}

func docStatusSchema() string {
	var b strings.Builder
	b.WriteString(`
CREATE TABLE doc_status (
	document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
	open        INTEGER NOT NULL DEFAULT 0,
	late        INTEGER NOT NULL DEFAULT 0,
	late_tasks  TEXT    NOT NULL DEFAULT '[]' -- ids of the extracted tasks (tasks.id) counted overdue
);
CREATE TABLE status_version (
	id       INTEGER PRIMARY KEY CHECK (id = 1),
	n        INTEGER NOT NULL,        -- bumped by every write to a table of statusInputs
	day      TEXT    NOT NULL DEFAULT '', -- the day doc_status was counted for
	computed INTEGER NOT NULL DEFAULT -1  -- the n doc_status was counted at
);
INSERT INTO status_version (id, n) VALUES (1, 0);
`)
	for _, in := range statusInputs {
		for _, ev := range []string{"INSERT", in.updateOf, "DELETE"} {
			name := in.table + "_" + strings.ToLower(strings.Fields(ev)[0]) + "_status"
			fmt.Fprintf(&b, "CREATE TRIGGER %s AFTER %s ON %s BEGIN UPDATE status_version SET n = n + 1; END;\n", name, ev, in.table)
		}
	}
	return b.String()
}

// StatusStamp says what doc_status was counted for: Fresh when it holds
// the counts of Day and no input changed since.
type StatusStamp struct {
	Version int64 // status_version.n now
	Day     string
	Fresh   bool
}

// StatusStamp reads the stamp of doc_status against today.
func (s *Store) StatusStamp(ctx context.Context, today vndate.Date) (StatusStamp, error) {
	var st StatusStamp
	var computed int64
	err := s.db.QueryRowContext(ctx, `SELECT n, day, computed FROM status_version WHERE id = 1`).Scan(&st.Version, &st.Day, &computed)
	if err != nil {
		return st, err
	}
	st.Fresh = computed == st.Version && st.Day == today.String()
	return st, nil
}

// DocStatus is how many of a document's tasks follow-up counts open (not
// done, not archived) and overdue, and which extracted tasks are overdue.
type DocStatus struct {
	Open      int     `json:"open"`
	Late      int     `json:"late"`
	LateTasks []int64 `json:"late_tasks,omitempty"`
}

// SetDocStatus replaces every document's counts with those computed at
// version for day. A write since version leaves the stamp stale, so the
// next reader counts again.
func (s *Store) SetDocStatus(ctx context.Context, version int64, day vndate.Date, counts map[int64]DocStatus) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM doc_status`); err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO doc_status (document_id, open, late, late_tasks)
		SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM documents WHERE id = ?1)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for id, c := range counts {
		if c.Open == 0 && c.Late == 0 {
			continue
		}
		if _, err := stmt.ExecContext(ctx, id, c.Open, c.Late, jsonIDs(c.LateTasks)); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE status_version SET day = ?, computed = ? WHERE id = 1`, day.String(), version); err != nil {
		return err
	}
	return tx.Commit()
}

// DocStatuses returns the counts of the given documents (those with no
// open task are left out).
func (s *Store) DocStatuses(ctx context.Context, ids []int64) (map[int64]DocStatus, error) {
	out := map[int64]DocStatus{}
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, `SELECT document_id, open, late, late_tasks FROM doc_status
		WHERE document_id IN (`+placeholders(len(ids))+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var c DocStatus
		var late string
		if err := rows.Scan(&id, &c.Open, &c.Late, &late); err != nil {
			return nil, err
		}
		json.Unmarshal([]byte(late), &c.LateTasks) // written by jsonIDs; a bad value shows no task late
		out[id] = c
	}
	return out, rows.Err()
}

func jsonIDs(ids []int64) string {
	if len(ids) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(ids)
	return string(b)
}

// DocsWithStatus lists the documents with an open task (late false) or an
// overdue one (late true), by id.
func (s *Store) DocsWithStatus(ctx context.Context, late bool) ([]int64, error) {
	col := "open"
	if late {
		col = "late"
	}
	return s.ids(ctx, `SELECT document_id FROM doc_status WHERE `+col+` > 0 ORDER BY document_id`)
}

// toConfirmSQL holds for a document d whose stored extraction marks a
// header field unsure ("unsure" keys, named as the extractor names them)
// that no audit entry shows a clerk corrected or confirmed.
const toConfirmSQL = `EXISTS (SELECT 1 FROM documents x, json_each(x.extraction, '$.unsure') u
	WHERE x.id = d.id AND json_valid(x.extraction)
	AND u.key IN ('type', 'number', 'date', 'place', 'issuer', 'subject', 'signer', 'signer.title')
	AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.tbl = 'documents' AND a.row_id = d.id
		AND a.field = CASE u.key WHEN 'signer' THEN 'signer_name' WHEN 'signer.title' THEN 'signer_title' ELSE u.key END))`

// DocsToConfirm lists, by id, the documents with a header field to check.
func (s *Store) DocsToConfirm(ctx context.Context) ([]int64, error) {
	return s.ids(ctx, `SELECT d.id FROM documents d WHERE `+toConfirmSQL+` ORDER BY d.id`)
}
