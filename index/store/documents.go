package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"vanthu/docs/vndate"
)

// Meta is the metadata of a document that a clerk may correct.
type Meta struct {
	Type            string      `json:"type"`
	Number          string      `json:"number"`
	Issuer          string      `json:"issuer"`
	ParentIssuer    string      `json:"parent_issuer"`
	Date            vndate.Date `json:"date"`
	Place           string      `json:"place"`
	Subject         string      `json:"subject"`
	SignerName      string      `json:"signer_name"`
	SignerTitle     string      `json:"signer_title"`
	SignerAuthority string      `json:"signer_authority"`
	Recipients      []string    `json:"recipients"`
	NoiNhan         []string    `json:"noi_nhan"`
	Urgency         string      `json:"urgency"`
	Secrecy         string      `json:"secrecy"`
}

// Document is one stored document.
type Document struct {
	ID         int64           `json:"id"`
	SHA256     string          `json:"sha256"`
	FileName   string          `json:"file_name"` // the name it was imported under
	Size       int64           `json:"size"`
	Format     string          `json:"format"` // docx, doc, odt, pdf, txt
	ImportedAt string          `json:"imported_at"`
	Text       string          `json:"-"`
	Meta                       // flattened into the JSON
	Scanned    bool            `json:"scanned"` // a PDF without a text layer
	Warnings   []string        `json:"warnings"`
	Extraction json.RawMessage `json:"-"` // the extractor's full result, as JSON
	Indexed    bool            `json:"-"`
}

// Task is one obligation of a document, with its follow-up state.
type Task struct {
	ID            int64       `json:"id"`
	DocumentID    int64       `json:"document_id"`
	Assignee      string      `json:"assignee"`
	CoAssignees   []string    `json:"co_assignees"`
	Action        string      `json:"action"`
	Deliverable   string      `json:"deliverable,omitempty"`
	Deadline      vndate.Date `json:"deadline"`
	DeadlineText  string      `json:"deadline_text"`
	Recurrence    string      `json:"recurrence"`
	RecurrenceDue string      `json:"recurrence_due"`
	Quote         string      `json:"quote"`
	Start         int         `json:"start"`
	End           int         `json:"end"`
	Status        string      `json:"status"` // StatusOpen or StatusDone
	DoneAt        string      `json:"done_at,omitempty"`
	Note          string      `json:"note,omitempty"`
}

// Task states.
const (
	StatusOpen = "open"
	StatusDone = "done"
)

// Ref is a document cited by another. CitedID is the cited document when
// the library holds it, 0 otherwise.
type Ref struct {
	DocumentID int64       `json:"document_id"`
	Type       string      `json:"type,omitempty"`
	Number     string      `json:"number"`
	Date       vndate.Date `json:"date"`
	Issuer     string      `json:"issuer,omitempty"`
	CitedID    int64       `json:"cited_id,omitempty"`
}

// Existing describes a document already in the library.
type Existing struct {
	ID       int64  `json:"id"`
	Number   string `json:"number"`
	FileName string `json:"file_name"`
}

// DuplicateError is returned when a document with the same content is
// already stored.
type DuplicateError struct{ Existing Existing }

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("store: duplicate of document %d", e.Existing.ID)
}

// Import log results.
const (
	LogImported  = "imported"
	LogDuplicate = "duplicate"
	LogFailed    = "failed"
)

// failAfterDocumentRow, when set by a test, fails the insert transaction
// after the document row is written, to prove nothing half-done remains.
var failAfterDocumentRow func() error

// Insert stores a document with its tasks and references and logs the
// import, all in one transaction: either everything is stored or nothing.
// The document starts not yet indexed. A document with the same SHA-256
// yields a *DuplicateError. References to documents already in the library
// are linked, and earlier references to this one are linked to it.
func (s *Store) Insert(ctx context.Context, d *Document, tasks []Task, refs []Ref, sourcePath string) (int64, error) {
	if d.SHA256 == "" {
		return 0, errors.New("store: document without sha256")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()

	if ex, err := existing(ctx, tx, d.SHA256); err != nil {
		return 0, err
	} else if ex != nil {
		return 0, &DuplicateError{*ex}
	}
	if d.ImportedAt == "" {
		d.ImportedAt = timestamp()
	}
	extraction := d.Extraction
	if len(extraction) == 0 {
		extraction = json.RawMessage("{}")
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO documents (
		sha256, file_name, size, format, imported_at, text,
		type, number, number_key, issuer, parent_issuer, date, place, subject,
		signer_name, signer_title, signer_authority, recipients, noi_nhan,
		urgency, secrecy, scanned, warnings, extraction, indexed)
		VALUES (?,?,?,?,?,?, ?,?,?,?,?,?,?,?, ?,?,?,?,?, ?,?,?,?,?,0)`,
		d.SHA256, d.FileName, d.Size, d.Format, d.ImportedAt, d.Text,
		d.Type, d.Number, NumberKey(d.Number), d.Issuer, d.ParentIssuer, d.Date.String(), d.Place, d.Subject,
		d.SignerName, d.SignerTitle, d.SignerAuthority, jsonList(d.Recipients), jsonList(d.NoiNhan),
		d.Urgency, d.Secrecy, d.Scanned, jsonList(d.Warnings), string(extraction))
	if err != nil {
		return 0, fmt.Errorf("store: insert document: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if failAfterDocumentRow != nil {
		if err := failAfterDocumentRow(); err != nil {
			return 0, err
		}
	}
	for i, t := range tasks {
		if t.Status == "" {
			t.Status = StatusOpen
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO tasks (document_id, seq, assignee, co_assignees, action,
			deliverable, deadline, deadline_text, recurrence, recurrence_due, quote, start, "end", status, done_at, note)
			VALUES (?,?,?,?,?, ?,?,?,?,?,?,?,?,?,?,?)`,
			id, i, t.Assignee, jsonList(t.CoAssignees), t.Action,
			t.Deliverable, t.Deadline.String(), t.DeadlineText, t.Recurrence, t.RecurrenceDue, t.Quote,
			t.Start, t.End, t.Status, t.DoneAt, t.Note)
		if err != nil {
			return 0, fmt.Errorf("store: insert task: %w", err)
		}
	}
	for i, r := range refs {
		key := NumberKey(r.Number)
		cited, err := findCited(ctx, tx, key, r.Date, id)
		if err != nil {
			return 0, err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO refs (document_id, seq, type, number, number_key, date, issuer, cited_document_id)
			VALUES (?,?,?,?,?,?,?,?)`, id, i, r.Type, r.Number, key, r.Date.String(), r.Issuer, cited)
		if err != nil {
			return 0, fmt.Errorf("store: insert reference: %w", err)
		}
	}
	if err := linkCitations(ctx, tx, id, NumberKey(d.Number), d.Date); err != nil {
		return 0, err
	}
	if err := logImport(ctx, tx, sourcePath, d.SHA256, LogImported, "", id); err != nil {
		return 0, err
	}
	return id, tx.Commit()
}

// linkable tells whether a number key is specific enough to link on: a
// bare "/UBND-VP" (number left blank) or a word is not.
func linkable(key string) bool {
	return strings.ContainsAny(key, "0123456789") && strings.Contains(key, "/")
}

// findCited returns the one document a reference points to, or nil when
// there is none or the number alone is ambiguous (plans are renumbered from
// 1 every year, so "01/KH-UBND" needs its date to tell them apart).
func findCited(ctx context.Context, tx *sql.Tx, key string, date vndate.Date, self int64) (any, error) {
	if !linkable(key) {
		return nil, nil
	}
	q := `SELECT id FROM documents WHERE number_key = ? AND id <> ?`
	args := []any{key, self}
	if !date.IsZero() {
		q += ` AND (date = ? OR date = '')`
		args = append(args, date.String())
	}
	q += ` LIMIT 2`
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if len(ids) != 1 {
		return nil, rows.Err()
	}
	return ids[0], rows.Err()
}

// linkCitations points the still-unlinked references to number (and date,
// when the reference gives one) at the document id.
func linkCitations(ctx context.Context, tx *sql.Tx, id int64, key string, date vndate.Date) error {
	if !linkable(key) {
		return nil
	}
	var err error
	if date.IsZero() {
		_, err = tx.ExecContext(ctx, `UPDATE refs SET cited_document_id = ?
			WHERE number_key = ? AND cited_document_id IS NULL AND document_id <> ?`, id, key, id)
	} else {
		_, err = tx.ExecContext(ctx, `UPDATE refs SET cited_document_id = ?
			WHERE number_key = ? AND cited_document_id IS NULL AND document_id <> ? AND (date = ? OR date = '')`,
			id, key, id, date.String())
	}
	return err
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func existing(ctx context.Context, q queryer, sha string) (*Existing, error) {
	var ex Existing
	err := q.QueryRowContext(ctx, `SELECT id, number, file_name FROM documents WHERE sha256 = ?`, sha).
		Scan(&ex.ID, &ex.Number, &ex.FileName)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &ex, nil
}

// BySHA returns the document with that content, or nil.
func (s *Store) BySHA(ctx context.Context, sha string) (*Existing, error) {
	return existing(ctx, s.db, sha)
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func logImport(ctx context.Context, x execer, path, sha, result, msg string, docID int64) error {
	var doc any
	if docID != 0 {
		doc = docID
	}
	_, err := x.ExecContext(ctx, `INSERT INTO import_log (time, path, sha256, result, message, document_id)
		VALUES (?,?,?,?,?,?)`, timestamp(), path, sha, result, msg, doc)
	if err != nil {
		return fmt.Errorf("store: import log: %w", err)
	}
	return nil
}

// LogImport records an import that stored nothing: a duplicate or a failure.
func (s *Store) LogImport(ctx context.Context, path, sha, result, msg string, docID int64) error {
	return logImport(ctx, s.db, path, sha, result, msg, docID)
}

// ErrNotFound is returned for an id the library does not hold.
var ErrNotFound = errors.New("store: not found")

const documentColumns = `id, sha256, file_name, size, format, imported_at, text,
	type, number, issuer, parent_issuer, date, place, subject,
	signer_name, signer_title, signer_authority, recipients, noi_nhan,
	urgency, secrecy, scanned, warnings, extraction, indexed`

func scanDocument(sc interface{ Scan(...any) error }) (*Document, error) {
	var d Document
	var date, recipients, noiNhan, warnings, extraction string
	err := sc.Scan(&d.ID, &d.SHA256, &d.FileName, &d.Size, &d.Format, &d.ImportedAt, &d.Text,
		&d.Type, &d.Number, &d.Issuer, &d.ParentIssuer, &date, &d.Place, &d.Subject,
		&d.SignerName, &d.SignerTitle, &d.SignerAuthority, &recipients, &noiNhan,
		&d.Urgency, &d.Secrecy, &d.Scanned, &warnings, &extraction, &d.Indexed)
	if err != nil {
		return nil, err
	}
	d.Date = parseDate(date)
	d.Recipients = parseList(recipients)
	d.NoiNhan = parseList(noiNhan)
	d.Warnings = parseList(warnings)
	d.Extraction = json.RawMessage(extraction)
	return &d, nil
}

// Get returns one document.
func (s *Store) Get(ctx context.Context, id int64) (*Document, error) {
	d, err := scanDocument(s.db.QueryRowContext(ctx, `SELECT `+documentColumns+` FROM documents WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return d, err
}

// Tasks returns the tasks of a document in order.
func (s *Store) Tasks(ctx context.Context, docID int64) ([]Task, error) {
	return s.queryTasks(ctx, `WHERE document_id = ? ORDER BY seq`, docID)
}

// Refs returns what a document cites, in order.
func (s *Store) Refs(ctx context.Context, docID int64) ([]Ref, error) {
	return s.queryRefs(ctx, `SELECT document_id, type, number, date, issuer, cited_document_id
		FROM refs WHERE document_id = ? ORDER BY seq`, docID)
}

// CitedBy returns the references of other documents that point at docID.
func (s *Store) CitedBy(ctx context.Context, docID int64) ([]Ref, error) {
	return s.queryRefs(ctx, `SELECT document_id, type, number, date, issuer, cited_document_id
		FROM refs WHERE cited_document_id = ? AND document_id <> ? ORDER BY document_id, seq`, docID, docID)
}

func (s *Store) queryRefs(ctx context.Context, q string, args ...any) ([]Ref, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Ref
	for rows.Next() {
		var r Ref
		var date string
		var cited sql.NullInt64
		if err := rows.Scan(&r.DocumentID, &r.Type, &r.Number, &date, &r.Issuer, &cited); err != nil {
			return nil, err
		}
		r.Date = parseDate(date)
		r.CitedID = cited.Int64
		out = append(out, r)
	}
	return out, rows.Err()
}

// Count returns the number of documents.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents`).Scan(&n)
	return n, err
}

// Original is what locates and verifies a document's original file.
type Original struct {
	ID       int64
	SHA256   string
	Format   string
	Size     int64
	FileName string // the name it was imported under, for messages
}

// Originals lists every document's original, by id.
func (s *Store) Originals(ctx context.Context) ([]Original, error) {
	return originalsOf(ctx, s.db)
}

func originalsOf(ctx context.Context, db *sql.DB) ([]Original, error) {
	rows, err := db.QueryContext(ctx, `SELECT id, sha256, format, size, file_name FROM documents ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Original
	for rows.Next() {
		var o Original
		if err := rows.Scan(&o.ID, &o.SHA256, &o.Format, &o.Size, &o.FileName); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

func jsonList(ss []string) string {
	if ss == nil {
		ss = []string{}
	}
	b, _ := json.Marshal(ss) // a []string always marshals
	return string(b)
}

func parseList(s string) []string {
	var out []string
	if json.Unmarshal([]byte(s), &out) != nil {
		return nil
	}
	return out
}

func parseDate(s string) vndate.Date {
	if s == "" {
		return vndate.Date{}
	}
	d, err := vndate.ParseISO(s)
	if err != nil {
		return vndate.Date{}
	}
	return d
}

// LogEntry is one line of the import log.
type LogEntry struct {
	Time       string `json:"time"`
	Path       string `json:"path"`
	SHA256     string `json:"sha256"`
	Result     string `json:"result"` // LogImported, LogDuplicate or LogFailed
	Message    string `json:"message"`
	DocumentID int64  `json:"document_id,omitempty"`
}

// ImportLog returns the latest entries of the import log, newest first.
func (s *Store) ImportLog(ctx context.Context, limit int) ([]LogEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT time, path, sha256, result, message, document_id
		FROM import_log ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []LogEntry
	for rows.Next() {
		var e LogEntry
		var doc sql.NullInt64
		if err := rows.Scan(&e.Time, &e.Path, &e.SHA256, &e.Result, &e.Message, &doc); err != nil {
			return nil, err
		}
		e.DocumentID = doc.Int64
		out = append(out, e)
	}
	return out, rows.Err()
}
