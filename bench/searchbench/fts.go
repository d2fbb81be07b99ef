package main

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite"

	"vanthu/docs/vn"
	"vanthu/index/search"
)

// ftsEngine is SQLite FTS5 over the pre-folded text (unicode61 alone would
// keep đ), with the metadata in a plain table.
type ftsEngine struct {
	db   *sql.DB
	path string
}

func openFTS(dir string) (*ftsEngine, error) {
	path := filepath.Join(dir, "fts.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	for _, s := range []string{
		`PRAGMA journal_mode=WAL`,
		`PRAGMA synchronous=NORMAL`,
		`CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, typ TEXT, year INT)`,
		`CREATE VIRTUAL TABLE fts USING fts5(body, tokenize='unicode61 remove_diacritics 2')`,
	} {
		if _, err := db.Exec(s); err != nil {
			db.Close()
			return nil, fmt.Errorf("%s: %w", s, err)
		}
	}
	return &ftsEngine{db: db, path: path}, nil
}

// put inserts one batch in one transaction.
func (f *ftsEngine) put(docs []search.Doc) error {
	tx, err := f.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	meta, err := tx.Prepare(`INSERT INTO docs(id, typ, year) VALUES(?,?,?)`)
	if err != nil {
		return err
	}
	body, err := tx.Prepare(`INSERT INTO fts(rowid, body) VALUES(?,?)`)
	if err != nil {
		return err
	}
	for _, d := range docs {
		res, err := meta.Exec(d.ID, d.Type, d.Date.Year())
		if err != nil {
			return err
		}
		rowid, _ := res.LastInsertId()
		if _, err := body.Exec(rowid, vn.Fold(d.Text)); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// matchExpr is the FTS5 query for q: quoted words (implicitly ANDed), one
// quoted phrase, or a final prefix.
func matchExpr(q benchQuery) string {
	if q.phrase {
		return `"` + strings.Join(q.words, " ") + `"`
	}
	parts := make([]string, len(q.words))
	for i, w := range q.words {
		parts[i] = `"` + w + `"`
		if q.prefix && i == len(q.words)-1 {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " ")
}

// search runs what a results page needs: the total and the first 20 hits
// by rank with a snippet.
func (f *ftsEngine) search(q benchQuery) (int, error) {
	where, args := `fts MATCH ?`, []any{matchExpr(q)}
	if q.typ != "" {
		where += ` AND d.typ = ?`
		args = append(args, q.typ)
	}
	var total int
	if err := f.db.QueryRow(`SELECT count(*) FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE `+where, args...).Scan(&total); err != nil {
		return 0, err
	}
	rows, err := f.db.Query(`SELECT d.id, snippet(fts, 0, '<mark>', '</mark>', '…', 24) FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE `+where+` ORDER BY rank LIMIT 20`, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, snip string
		if err := rows.Scan(&id, &snip); err != nil {
			return 0, err
		}
	}
	return total, rows.Err()
}

func (f *ftsEngine) close() error {
	if _, err := f.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return err
	}
	return f.db.Close()
}

func sqlOpen(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}
