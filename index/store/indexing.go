package store

import (
	"context"
	"strings"

	"vanthu/docs/vndate"
)

// The search index is derived and may lag behind the store (a crash between
// the insert and the indexing). Every document carries an "indexed" flag;
// the library indexes the pending ones when it opens.

// IndexDoc is what the search index needs of a document.
type IndexDoc struct {
	ID                      int64
	Type, Number, Issuer    string
	Subject, Signer         string
	Date                    vndate.Date
	Text                    string
	OpenTasks, OverdueTasks bool
}

// Pending returns the ids of documents not yet indexed, in id order.
func (s *Store) Pending(ctx context.Context) ([]int64, error) {
	return s.ids(ctx, `SELECT id FROM documents WHERE indexed = 0 ORDER BY id`)
}

// IDs returns every document id in order.
func (s *Store) IDs(ctx context.Context) ([]int64, error) {
	return s.ids(ctx, `SELECT id FROM documents ORDER BY id`)
}

func (s *Store) ids(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// IndexDocs loads the documents to index, with their task flags as of today.
func (s *Store) IndexDocs(ctx context.Context, ids []int64, today vndate.Date) ([]IndexDoc, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := []any{today.String()}
	for _, id := range ids {
		args = append(args, id)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.type, d.number, d.issuer, d.subject,
		trim(d.signer_title || ' ' || d.signer_name), d.date, d.text,
		EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id AND t.status = 'open'),
		EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = d.id AND t.status = 'open'
			AND t.deadline <> '' AND t.deadline < ?1)
		FROM documents d WHERE d.id IN (`+placeholders(len(ids))+`) ORDER BY d.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []IndexDoc
	for rows.Next() {
		var d IndexDoc
		var date string
		if err := rows.Scan(&d.ID, &d.Type, &d.Number, &d.Issuer, &d.Subject, &d.Signer, &date, &d.Text,
			&d.OpenTasks, &d.OverdueTasks); err != nil {
			return nil, err
		}
		d.Date = parseDate(date)
		out = append(out, d)
	}
	return out, rows.Err()
}

// MarkIndexed records that the index holds these documents as given, with
// the overdue flag they were indexed with.
func (s *Store) MarkIndexed(ctx context.Context, docs []IndexDoc) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `UPDATE documents SET indexed = 1, indexed_overdue = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, d := range docs {
		if _, err := stmt.ExecContext(ctx, d.OverdueTasks, d.ID); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// MarkAllPending marks every document not yet indexed, before a rebuild.
func (s *Store) MarkAllPending(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `UPDATE documents SET indexed = 0`)
	return err
}

// MarkStaleOverdue marks pending the documents whose tasks became overdue
// since they were indexed (time passes; the index's flag does not), and
// returns how many.
func (s *Store) MarkStaleOverdue(ctx context.Context, today vndate.Date) (int64, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE documents SET indexed = 0 WHERE indexed = 1 AND indexed_overdue <>
		EXISTS (SELECT 1 FROM tasks t WHERE t.document_id = documents.id AND t.status = 'open'
			AND t.deadline <> '' AND t.deadline < ?)`, today.String())
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}
