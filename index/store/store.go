// Package store is the store of record of a vanthu library: one SQLite
// database (pure Go driver) holding every document's text and metadata, its
// tasks and references, the import log and the audit trail of edits. The
// search index and everything else are derived from it.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"vanthu/docs/vn"
)

// Store is an open database.
type Store struct {
	db      *sql.DB
	path    string
	created bool // Open found no schema and made one
}

// ErrTooNew means the database was written by a newer vanthu.
var ErrTooNew = errors.New("store: schema newer than this program")

// Open opens or creates the database at path and migrates it to the current
// schema.
func Open(path string) (*Store, error) {
	q := url.Values{}
	for _, p := range []string{
		"busy_timeout(10000)",
		"foreign_keys(1)",
		"journal_mode(WAL)",
		// FULL: a committed import survives a power cut, not only a crash.
		"synchronous(FULL)",
	} {
		q.Add("_pragma", p)
	}
	// Write transactions take the lock up front, so two writers wait on
	// busy_timeout instead of failing with SQLITE_BUSY mid-transaction.
	q.Set("_txlock", "immediate")
	// A plain path, not a file: URI, so Windows paths and names with
	// spaces, '#' or '%' need no escaping.
	db, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Created reports whether Open found a database without vanthu's schema
// (a new or empty file) and created the schema.
func (s *Store) Created() bool { return s.created }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Version is the schema version recorded in the database.
func (s *Store) Version() (int, error) {
	var v int
	err := s.db.QueryRow(`PRAGMA user_version`).Scan(&v)
	return v, err
}

func (s *Store) migrate() error {
	v, err := s.Version()
	if err != nil {
		return fmt.Errorf("store: read schema version: %w", err)
	}
	s.created = v == 0
	if v > len(migrations) {
		return fmt.Errorf("%w (version %d, this program knows %d)", ErrTooNew, v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("store: migration %d: %w", i+1, err)
		}
		// PRAGMA takes no bound parameters; i+1 is our own integer.
		if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("store: migration %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("store: migration %d: %w", i+1, err)
		}
	}
	return nil
}

// IntegrityCheck runs SQLite's own checks (structure and foreign keys) and
// returns every problem found, empty when the database is sound.
func (s *Store) IntegrityCheck(ctx context.Context) ([]string, error) {
	var problems []string
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			rows.Close()
			return nil, err
		}
		if msg != "ok" {
			problems = append(problems, msg)
		}
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return nil, err
		}
		problems = append(problems, fmt.Sprintf("%s row %d points to a missing %s", table, rowid.Int64, parent))
	}
	return problems, rows.Err()
}

// VacuumInto writes a consistent copy of the whole database to path, which
// must not exist. It is safe while other connections read and write.
func (s *Store) VacuumInto(ctx context.Context, path string) error {
	_, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, path)
	return err
}

// now is the clock, replaceable in tests.
var now = time.Now

func timestamp() string { return now().UTC().Format(time.RFC3339) }

// NumberKey is the form document numbers are matched on: accents folded,
// upper case, no spaces ("1585/KH-UBND" and "1585/kh - ubnd" agree).
func NumberKey(number string) string {
	var sb strings.Builder
	for _, r := range strings.ToUpper(vn.Fold(number)) {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
