package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
)

// Inspection is what Inspect found in a database file.
type Inspection struct {
	Version   int        // schema version; 0 for an empty database
	Problems  []string   // from SQLite's integrity and foreign key checks
	Documents []Original // every document, by id (none when Version is 0)
}

// ErrEmptyDatabase is returned by Inspect for a database without vanthu's
// tables: an empty file, or a database some other program made.
var ErrEmptyDatabase = errors.New("store: database has no vanthu schema")

// PeekVersion reads the schema version of the database file at path
// without changing or migrating it: 0 means it has no vanthu schema.
func PeekVersion(path string) (int, error) {
	if _, err := os.Stat(path); err != nil {
		return 0, err
	}
	db, err := openReadOnly(path)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	return (&Store{db: db, path: path}).Version()
}

func openReadOnly(path string) (*sql.DB, error) {
	q := url.Values{}
	q.Add("_pragma", "query_only(1)")
	return sql.Open("sqlite", path+"?"+q.Encode())
}

// Inspect looks at the database file at path without changing it and
// without migrating it: a backup and a restore use it to verify a copy
// before trusting it. A file that is not a database, or is damaged so that
// it cannot be read, is an error.
func Inspect(ctx context.Context, path string) (*Inspection, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err // opening a missing file would create it
	}
	db, err := openReadOnly(path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	s := &Store{db: db, path: path}
	in := &Inspection{}
	if in.Version, err = s.Version(); err != nil {
		return nil, err
	}
	if in.Version > SchemaVersion {
		return nil, fmt.Errorf("%w (version %d, this program knows %d)", ErrTooNew, in.Version, SchemaVersion)
	}
	if in.Problems, err = s.IntegrityCheck(ctx); err != nil {
		return nil, err
	}
	if in.Version == 0 {
		return in, ErrEmptyDatabase
	}
	if len(in.Problems) > 0 {
		return in, nil // reading rows of a damaged database proves nothing
	}
	in.Documents, err = originalsOf(ctx, db)
	return in, err
}
