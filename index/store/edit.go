package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"vanthu/docs/vn"
	"vanthu/docs/vndate"
)

// EditableFields are the metadata columns a clerk may correct, by the name
// UpdateField takes. Lists (recipients, nơi nhận) are edited as JSON arrays.
var EditableFields = []string{
	"type", "number", "issuer", "parent_issuer", "date", "place", "subject",
	"signer_name", "signer_title", "signer_authority", "urgency", "secrecy",
}

func editable(field string) bool {
	for _, f := range EditableFields {
		if f == field {
			return true
		}
	}
	return false
}

// ErrBadField is returned for a field that cannot be edited or a value
// that does not fit it.
var ErrBadField = errors.New("store: field cannot take this value")

// UpdateField changes one metadata field of a document and records the old
// and new values in the audit trail. A date is given as YYYY-MM-DD or "".
// The document is marked not yet indexed so the index picks up the change.
func (s *Store) UpdateField(ctx context.Context, docID int64, field, value, who string) error {
	if !editable(field) {
		return fmt.Errorf("%w: %q", ErrBadField, field)
	}
	value = vn.NFC(value)
	if field == "date" && value != "" {
		if _, err := vndate.ParseISO(value); err != nil {
			return fmt.Errorf("%w: date %q", ErrBadField, value)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var old string
	// field is one of EditableFields, never user text, so it is safe in SQL.
	err = tx.QueryRowContext(ctx, `SELECT `+field+` FROM documents WHERE id = ?`, docID).Scan(&old)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	if old == value {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET `+field+` = ?, indexed = 0 WHERE id = ?`, value, docID); err != nil {
		return err
	}
	if field == "number" || field == "date" {
		if err := relink(ctx, tx, docID); err != nil {
			return err
		}
	}
	if err := audit(ctx, tx, who, "documents", docID, field, old, value); err != nil {
		return err
	}
	return tx.Commit()
}

// relink recomputes which references point at a document whose number or
// date changed.
func relink(ctx context.Context, tx *sql.Tx, docID int64) error {
	var number, date string
	if err := tx.QueryRowContext(ctx, `SELECT number, date FROM documents WHERE id = ?`, docID).Scan(&number, &date); err != nil {
		return err
	}
	key := NumberKey(number)
	if _, err := tx.ExecContext(ctx, `UPDATE documents SET number_key = ? WHERE id = ?`, key, docID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE refs SET cited_document_id = NULL WHERE cited_document_id = ?`, docID); err != nil {
		return err
	}
	return linkCitations(ctx, tx, docID, key, parseDate(date))
}

func audit(ctx context.Context, x execer, who, table string, rowID int64, field, old, new string) error {
	_, err := x.ExecContext(ctx, `INSERT INTO audit (time, who, tbl, row_id, field, old, new) VALUES (?,?,?,?,?,?,?)`,
		timestamp(), who, table, rowID, field, old, new)
	if err != nil {
		return fmt.Errorf("store: audit: %w", err)
	}
	return nil
}

// Change is one audit trail entry.
type Change struct {
	Time  string `json:"time"`
	Who   string `json:"who"`
	Table string `json:"table"`
	RowID int64  `json:"row_id"`
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// History returns the audit trail of a document and its tasks, oldest first.
func (s *Store) History(ctx context.Context, docID int64) ([]Change, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT time, who, tbl, row_id, field, old, new FROM audit
		WHERE (tbl = 'documents' AND row_id = ?)
		   OR (tbl = 'tasks' AND row_id IN (SELECT id FROM tasks WHERE document_id = ?))
		ORDER BY id`, docID, docID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		if err := rows.Scan(&c.Time, &c.Who, &c.Table, &c.RowID, &c.Field, &c.Old, &c.New); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ConfirmField records that the clerk checked a metadata field and found it
// right: an audit entry whose old and new values are the same.
func (s *Store) ConfirmField(ctx context.Context, docID int64, field, who string) error {
	if !editable(field) {
		return fmt.Errorf("%w: %q", ErrBadField, field)
	}
	var value string
	err := s.db.QueryRowContext(ctx, `SELECT `+field+` FROM documents WHERE id = ?`, docID).Scan(&value)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	return audit(ctx, s.db, who, "documents", docID, field, value, value)
}

// CheckedFields names the metadata fields of a document a clerk has
// corrected or confirmed: those with an entry in the audit trail.
func (s *Store) CheckedFields(ctx context.Context, docID int64) (map[string]bool, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT field FROM audit WHERE tbl = 'documents' AND row_id = ?`, docID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var f string
		if err := rows.Scan(&f); err != nil {
			return nil, err
		}
		out[f] = true
	}
	return out, rows.Err()
}
