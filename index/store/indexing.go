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
	ID                   int64
	Type, Number, Issuer string
	Subject, Signer      string
	Date                 vndate.Date
	Text                 string
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

// IndexDocs loads the documents to index. Task states are not indexed:
// they change with time and follow-up, and filters read them from the
// store (doc_status), so the index never goes stale when a day passes.
func (s *Store) IndexDocs(ctx context.Context, ids []int64) ([]IndexDoc, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.type, d.number, d.issuer, d.subject,
		trim(d.signer_title || ' ' || d.signer_name), d.date, d.text
		FROM documents d WHERE d.id IN (`+placeholders(len(ids))+`) ORDER BY d.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []IndexDoc
	for rows.Next() {
		var d IndexDoc
		var date string
		if err := rows.Scan(&d.ID, &d.Type, &d.Number, &d.Issuer, &d.Subject, &d.Signer, &date, &d.Text); err != nil {
			return nil, err
		}
		d.Date = parseDate(date)
		out = append(out, d)
	}
	return out, rows.Err()
}

// MarkIndexed records that the index holds these documents as given.
func (s *Store) MarkIndexed(ctx context.Context, docs []IndexDoc) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `UPDATE documents SET indexed = 1 WHERE id = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, d := range docs {
		if _, err := stmt.ExecContext(ctx, d.ID); err != nil {
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

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}
