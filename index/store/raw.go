package store

import (
	"context"
	"database/sql"

	"vanthu/docs/vndate"
)

// The follow-up packages (index/tracking, index/registers) keep their own
// tables in this database. They get plain SQL access here instead of one
// store method per query, so the store stays the owner of the schema only.

// DB is the underlying database, for reads.
func (s *Store) DB() *sql.DB { return s.db }

// InTx runs fn inside one write transaction and commits when fn returns nil.
// Transactions begin IMMEDIATE (see Open), so two writers — also in two
// processes — run one after the other rather than interleaving.
func (s *Store) InTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// Audit records one change (who, when, old, new) inside tx.
func Audit(ctx context.Context, tx *sql.Tx, who, table string, rowID int64, field, old, new string) error {
	return audit(ctx, tx, who, table, rowID, field, old, new)
}

// Timestamp is the store's clock in the form the audit trail uses.
func Timestamp() string { return timestamp() }

// JSONList, ParseList and ParseDate are how the store writes lists and
// dates in its columns, for the packages that keep tables beside it.
func JSONList(ss []string) string { return jsonList(ss) }

// ParseList reads what JSONList writes; unreadable text gives nil.
func ParseList(s string) []string { return parseList(s) }

// ParseDate reads a YYYY-MM-DD column; "" or unreadable gives the zero Date.
func ParseDate(s string) vndate.Date { return parseDate(s) }
