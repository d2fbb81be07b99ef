// Package registers keeps the Decree 30 registers of a library (Appendix
// IV): the incoming register (sổ đăng ký văn bản đến), the outgoing register
// (sổ đăng ký văn bản đi) and the follow-up register (sổ theo dõi giải quyết
// văn bản đến). Numbers run from 1 each year, per series (secret documents
// apart, outgoing documents per type); each number is taken inside one
// SQLite write transaction, so two registrations — also from two processes
// on the same library — never get the same number.
package registers

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"vanthu/docs/vn"
	"vanthu/docs/vndate"
	"vanthu/index/store"
	"vanthu/index/tracking"
)

// Books.
const (
	Incoming = "den" // sổ đăng ký văn bản đến
	Outgoing = "di"  // sổ đăng ký văn bản đi
)

// SecretSeries is the series of secret documents in the incoming register;
// in the outgoing register it prefixes the type ("MẬT-QĐ").
const SecretSeries = "MẬT"

// Entry is one line of a register.
type Entry struct {
	ID         int64       `json:"id"`
	Book       string      `json:"book"`
	Year       int         `json:"year"`
	Series     string      `json:"series,omitempty"`
	Number     int         `json:"number"`      // số đến, or the number of an outgoing document
	EntryDate  vndate.Date `json:"entry_date"`  // ngày đến; for an outgoing document its date
	DocumentID int64       `json:"document_id"` // 0 when the library does not hold the document
	DocSHA     string      `json:"-"`
	DocType    string      `json:"doc_type"`
	DocNumber  string      `json:"doc_number"` // số, ký hiệu
	DocDate    vndate.Date `json:"doc_date"`
	Issuer     string      `json:"issuer"`
	Subject    string      `json:"subject"`
	Recipient  string      `json:"recipient"` // đơn vị hoặc người nhận; for an outgoing document, nơi nhận
	Signer     string      `json:"signer,omitempty"`
	Copies     int         `json:"copies,omitempty"`
	Secrecy    string      `json:"secrecy,omitempty"`
	Urgency    string      `json:"urgency,omitempty"`
	AnswersDoc int64       `json:"answers_document_id,omitempty"` // the incoming document an outgoing one answers
	Note       string      `json:"note,omitempty"`
	Source     string      `json:"source,omitempty"` // where an imported line came from: "sổ 2023.xlsx, dòng 12"
	CreatedAt  string      `json:"created_at"`
	Who        string      `json:"who"`
}

// Registers works on the registers of one library.
type Registers struct {
	st  *store.Store
	who string
}

// New returns the registers of the library whose store is st; changes are
// recorded in the name of who.
func New(st *store.Store, who string) *Registers { return &Registers{st: st, who: who} }

// IncomingSeries is the series of an incoming document: secret ones apart.
func IncomingSeries(secrecy string) string {
	if strings.TrimSpace(secrecy) != "" {
		return SecretSeries
	}
	return ""
}

// OutgoingSeries is the series of an outgoing document: its type code
// (Appendix III; "CV" for a công văn), secret ones apart.
func OutgoingSeries(docType, secrecy string) string {
	s := strings.ToUpper(vn.NFC(strings.TrimSpace(docType)))
	if s == "" {
		s = "CV"
	}
	if strings.TrimSpace(secrecy) != "" {
		s = SecretSeries + "-" + s
	}
	return s
}

// NextNumber is the number the next registration in a series of a year
// will get, shown before it is taken. Another registration may take it
// first; the number actually given is the one in the returned Entry.
func (r *Registers) NextNumber(ctx context.Context, book string, year int, series string) (int, error) {
	return next(ctx, r.st.DB(), book, year, series)
}

type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func next(ctx context.Context, q queryRower, book string, year int, series string) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT coalesce(max(number), 0) + 1 FROM register_entries
		WHERE book = ? AND year = ? AND series = ?`, book, year, series).Scan(&n)
	return n, err
}

// DuplicateError warns that a document with the same number, symbol and
// issuer is already in the register.
type DuplicateError struct{ Existing Entry }

func (e *DuplicateError) Error() string {
	x := e.Existing
	return fmt.Sprintf("văn bản số %s của %s đã có trong sổ %s năm %d (số %d, ngày %s)", x.DocNumber, x.Issuer,
		BookName(x.Book), x.Year, x.Number, dmy(x.EntryDate))
}

// AlreadyError says the document itself is already registered.
type AlreadyError struct{ Existing Entry }

func (e *AlreadyError) Error() string {
	return fmt.Sprintf("văn bản này đã vào sổ %s năm %d, số %d", BookName(e.Existing.Book), e.Existing.Year, e.Existing.Number)
}

// BookName is the Vietnamese name of a book.
func BookName(book string) string {
	switch book {
	case Incoming:
		return "văn bản đến"
	case Outgoing:
		return "văn bản đi"
	}
	return book
}

// ErrNotFound is returned for a document or entry the library does not hold.
var ErrNotFound = errors.New("không có trong thư viện")

// In is what registering an incoming document needs besides the document.
type In struct {
	Arrival        vndate.Date // ngày đến; zero = today
	Recipient      string      // đơn vị hoặc người nhận
	Note           string
	AllowDuplicate bool // register even if the number + symbol + issuer is already there
}

// RegisterIncoming gives an imported document the next số đến of the year
// of its arrival. The register keeps its own copy of the metadata.
func (r *Registers) RegisterIncoming(ctx context.Context, docID int64, in In, today vndate.Date) (*Entry, error) {
	doc, err := r.st.Get(ctx, docID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("%w: văn bản mã %d", ErrNotFound, docID)
	}
	if err != nil {
		return nil, err
	}
	if in.Arrival.IsZero() {
		in.Arrival = today
	}
	e := Entry{Book: Incoming, Year: in.Arrival.Year, Series: IncomingSeries(doc.Secrecy), EntryDate: in.Arrival,
		DocumentID: doc.ID, DocSHA: doc.SHA256, DocType: doc.Type, DocNumber: doc.Number, DocDate: doc.Date,
		Issuer: doc.Issuer, Subject: doc.Subject, Recipient: in.Recipient, Secrecy: doc.Secrecy, Urgency: doc.Urgency,
		Note: in.Note}
	err = r.st.InTx(ctx, func(tx *sql.Tx) error {
		if ex, err := r.byDoc(ctx, tx, Incoming, doc.SHA256); err != nil {
			return err
		} else if ex != nil {
			return &AlreadyError{*ex}
		}
		if !in.AllowDuplicate {
			if ex, err := r.duplicate(ctx, tx, Incoming, e.DocNumber, e.Issuer); err != nil {
				return err
			} else if ex != nil {
				return &DuplicateError{*ex}
			}
		}
		return r.insert(ctx, tx, &e)
	})
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// Out is an outgoing document to register.
type Out struct {
	DocumentID   int64       // the issued document, when the library holds it (0 otherwise)
	Type         string      // Appendix III code; "" or "CV" for a công văn
	Symbol       string      // what follows the number: "QĐ-SYT", "SYT-VP"
	Date         vndate.Date // date of issue; zero = today
	Subject      string      // trích yếu
	Signer       string
	Recipients   string // nơi nhận
	Copies       int
	Secrecy      string
	Urgency      string
	AnswersDocID int64 // the incoming document it answers: its follow-up is closed
	Note         string
}

// RegisterOutgoing gives a document the office issues the next number of
// its series in the year of its date, in one transaction; when it answers
// an incoming document, that document's follow-up is closed and its
// "số, ký hiệu văn bản trả lời" filled in the same transaction.
func (r *Registers) RegisterOutgoing(ctx context.Context, o Out, today vndate.Date) (*Entry, error) {
	if o.Date.IsZero() {
		o.Date = today
	}
	o.Symbol = strings.TrimPrefix(strings.TrimSpace(vn.NFC(o.Symbol)), "/")
	if o.Symbol == "" {
		return nil, errors.New("thiếu ký hiệu văn bản (phần sau số, như «QĐ-SYT» hoặc «SYT-VP»)")
	}
	e := Entry{Book: Outgoing, Year: o.Date.Year, Series: OutgoingSeries(o.Type, o.Secrecy), EntryDate: o.Date,
		DocType: strings.TrimSpace(o.Type), DocDate: o.Date, Subject: vn.NFC(o.Subject), Signer: vn.NFC(o.Signer),
		Recipient: vn.NFC(o.Recipients), Copies: o.Copies, Secrecy: o.Secrecy, Urgency: o.Urgency, Note: vn.NFC(o.Note)}
	var answersSHA string
	err := r.st.InTx(ctx, func(tx *sql.Tx) error {
		if o.DocumentID != 0 {
			var subject string
			if err := tx.QueryRowContext(ctx, `SELECT sha256, issuer, subject FROM documents WHERE id = ?`, o.DocumentID).
				Scan(&e.DocSHA, &e.Issuer, &subject); errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("%w: văn bản mã %d", ErrNotFound, o.DocumentID)
			} else if err != nil {
				return err
			}
			e.DocumentID = o.DocumentID
			if e.Subject == "" {
				e.Subject = subject
			}
			if ex, err := r.byDoc(ctx, tx, Outgoing, e.DocSHA); err != nil {
				return err
			} else if ex != nil {
				return &AlreadyError{*ex}
			}
		}
		if o.AnswersDocID != 0 {
			if err := tx.QueryRowContext(ctx, `SELECT sha256 FROM documents WHERE id = ?`, o.AnswersDocID).
				Scan(&answersSHA); errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("%w: văn bản được trả lời, mã %d", ErrNotFound, o.AnswersDocID)
			} else if err != nil {
				return err
			}
		}
		n, err := next(ctx, tx, Outgoing, e.Year, e.Series)
		if err != nil {
			return err
		}
		e.Number = n
		e.DocNumber = FormatNumber(n, o.Symbol)
		if err := r.insert(ctx, tx, &e); err != nil {
			return err
		}
		if answersSHA != "" {
			if _, err := tx.ExecContext(ctx, `UPDATE register_entries SET answers_sha = ? WHERE id = ?`, answersSHA, e.ID); err != nil {
				return err
			}
			e.AnswersDoc = o.AnswersDocID
			return tracking.LinkReplyTx(ctx, tx, r.who, answersSHA, e.DocNumber, e.DocDate, e.DocSHA)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// FormatNumber writes a number and symbol as Decree 30 does: numbers under
// 10 get a leading zero ("05/QĐ-SYT").
func FormatNumber(n int, symbol string) string {
	return fmt.Sprintf("%02d/%s", n, symbol)
}

// insert takes the next number of e's series (unless e has one, as an
// imported line has) and writes e.
func (r *Registers) insert(ctx context.Context, tx *sql.Tx, e *Entry) error {
	if e.Number == 0 {
		n, err := next(ctx, tx, e.Book, e.Year, e.Series)
		if err != nil {
			return err
		}
		e.Number = n
	}
	e.CreatedAt, e.Who = store.Timestamp(), r.who
	res, err := tx.ExecContext(ctx, `INSERT INTO register_entries (book, year, series, number, doc_sha, entry_date,
		doc_type, doc_number, number_key, doc_date, issuer, subject, recipient, signer, copies, secrecy, urgency,
		note, source, created_at, who) VALUES (?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?,?,?, ?,?,?,?)`,
		e.Book, e.Year, e.Series, e.Number, e.DocSHA, e.EntryDate.String(),
		e.DocType, e.DocNumber, store.NumberKey(e.DocNumber), e.DocDate.String(), e.Issuer, e.Subject, e.Recipient,
		e.Signer, e.Copies, e.Secrecy, e.Urgency, e.Note, e.Source, e.CreatedAt, e.Who)
	if err != nil {
		return fmt.Errorf("vào sổ %s: %w", BookName(e.Book), err)
	}
	if e.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	return store.Audit(ctx, tx, r.who, "register_entries", e.ID, "number", "",
		fmt.Sprintf("%s %d %s %d", e.Book, e.Year, e.Series, e.Number))
}

const entryColumns = `e.id, e.book, e.year, e.series, e.number, e.doc_sha, e.entry_date, e.doc_type, e.doc_number,
	e.doc_date, e.issuer, e.subject, e.recipient, e.signer, e.copies, e.secrecy, e.urgency, e.note, e.source,
	e.created_at, e.who, coalesce(d.id, 0), coalesce(a.id, 0)`

const entryFrom = ` FROM register_entries e LEFT JOIN documents d ON d.sha256 = e.doc_sha AND e.doc_sha <> ''
	LEFT JOIN documents a ON a.sha256 = e.answers_sha AND e.answers_sha <> '' `

func scanEntry(sc interface{ Scan(...any) error }) (*Entry, error) {
	var e Entry
	var entryDate, docDate string
	if err := sc.Scan(&e.ID, &e.Book, &e.Year, &e.Series, &e.Number, &e.DocSHA, &entryDate, &e.DocType, &e.DocNumber,
		&docDate, &e.Issuer, &e.Subject, &e.Recipient, &e.Signer, &e.Copies, &e.Secrecy, &e.Urgency, &e.Note,
		&e.Source, &e.CreatedAt, &e.Who, &e.DocumentID, &e.AnswersDoc); err != nil {
		return nil, err
	}
	e.EntryDate, e.DocDate = parseDate(entryDate), parseDate(docDate)
	return &e, nil
}

func (r *Registers) one(ctx context.Context, q queryRower, where string, args ...any) (*Entry, error) {
	e, err := scanEntry(q.QueryRowContext(ctx, `SELECT `+entryColumns+entryFrom+where+` LIMIT 1`, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return e, err
}

func (r *Registers) byDoc(ctx context.Context, q queryRower, book, sha string) (*Entry, error) {
	return r.one(ctx, q, `WHERE e.book = ? AND e.doc_sha = ?`, book, sha)
}

// duplicate finds an entry with the same number + symbol and issuer.
func (r *Registers) duplicate(ctx context.Context, q queryRower, book, number, issuer string) (*Entry, error) {
	key := store.NumberKey(number)
	if !strings.ContainsAny(key, "0123456789") {
		return nil, nil // "/UBND-KTTH": the number was left blank, nothing to compare
	}
	return r.one(ctx, q, `WHERE e.book = ? AND e.number_key = ? AND lower(e.issuer) = lower(?)`, book, key, vn.NFC(issuer))
}

// Duplicate returns the entry of the register with the same number, symbol
// and issuer, or nil: the warning Appendix VI asks for.
func (r *Registers) Duplicate(ctx context.Context, book, number, issuer string) (*Entry, error) {
	return r.duplicate(ctx, r.st.DB(), book, number, issuer)
}

// ByDocument returns the entry of a document in a book, or nil.
func (r *Registers) ByDocument(ctx context.Context, book string, docID int64) (*Entry, error) {
	return r.one(ctx, r.st.DB(), `WHERE e.book = ? AND d.id = ?`, book, docID)
}

// List returns the entries of a book for a year, by series then number.
func (r *Registers) List(ctx context.Context, book string, year int) ([]Entry, error) {
	rows, err := r.st.DB().QueryContext(ctx, `SELECT `+entryColumns+entryFrom+
		`WHERE e.book = ? AND e.year = ? ORDER BY e.series, e.number`, book, year)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *e)
	}
	return out, rows.Err()
}

// Years lists the years a book has entries for, newest first.
func (r *Registers) Years(ctx context.Context, book string) ([]int, error) {
	rows, err := r.st.DB().QueryContext(ctx, `SELECT DISTINCT year FROM register_entries WHERE book = ? ORDER BY year DESC`, book)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var y int
		if err := rows.Scan(&y); err != nil {
			return nil, err
		}
		out = append(out, y)
	}
	return out, rows.Err()
}

var parseDate = store.ParseDate

func dmy(d vndate.Date) string {
	if d.IsZero() {
		return "—"
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
}
