package store

import (
	"context"
	"fmt"
	"strings"

	"vanthu/docs/vndate"
)

// Summary is a document as a list shows it.
type Summary struct {
	ID           int64       `json:"id"`
	Type         string      `json:"type"`
	Number       string      `json:"number"`
	Issuer       string      `json:"issuer"`
	Date         vndate.Date `json:"date"`
	Subject      string      `json:"subject"`
	FileName     string      `json:"file_name"`
	Scanned      bool        `json:"scanned"`
	OpenTasks    int         `json:"open_tasks"`
	OverdueTasks int         `json:"overdue_tasks"`
}

// Filter narrows a document list. Zero values do not filter.
type Filter struct {
	Type       string
	Year       int
	HasOpen    bool // at least one task follow-up counts open (doc_status)
	HasOverdue bool // at least one task follow-up counts overdue (doc_status)
	ToConfirm  bool // a header field the extractor was unsure of, not yet checked (see toConfirmSQL)
	Limit      int  // 0 = all
	Offset     int
	Sort       string // SortDate (default), SortNumber or SortIssuer
}

// Orders of a document list.
const (
	SortDate   = "date"   // newest first, undated last
	SortNumber = "number" // by the number before the slash, then the symbol; no number last
	SortIssuer = "issuer" // by issuing body, then newest first; no issuer last
)

var orderBy = map[string]string{
	"":         `d.date = '', d.date DESC, d.id DESC`,
	SortDate:   `d.date = '', d.date DESC, d.id DESC`,
	SortNumber: `d.number = '', CAST(d.number AS INTEGER), d.number, d.date DESC, d.id DESC`,
	SortIssuer: `d.issuer = '', d.issuer COLLATE vi, d.date DESC, d.id DESC`,
}

// List returns documents in the order of f.Sort, newest first by default
// (by date of issue, then import).
func (s *Store) List(ctx context.Context, f Filter) ([]Summary, error) {
	q, args := listQuery(f)
	order, ok := orderBy[f.Sort]
	if !ok {
		return nil, fmt.Errorf("store: unknown sort %q", f.Sort)
	}
	q += ` ORDER BY ` + order
	if f.Limit > 0 {
		q += ` LIMIT ? OFFSET ?`
		args = append(args, f.Limit, f.Offset)
	}
	return s.scanList(ctx, q, args)
}

// listQuery is the SELECT of List and Count for the filters of f. The
// counts of open and overdue tasks are follow-up's (doc_status), which the
// caller refreshes first (library.List does).
func listQuery(f Filter) (string, []any) {
	var where []string
	var args []any
	if f.Type != "" {
		where = append(where, `d.type = ?`)
		args = append(args, f.Type)
	}
	if f.Year != 0 {
		where = append(where, `substr(d.date, 1, 4) = printf('%04d', ?)`)
		args = append(args, f.Year)
	}
	if f.HasOpen {
		where = append(where, `open_tasks > 0`)
	}
	if f.HasOverdue {
		where = append(where, `overdue_tasks > 0`)
	}
	if f.ToConfirm {
		where = append(where, toConfirmSQL)
	}
	q := `SELECT * FROM (SELECT d.id, d.type, d.number, d.issuer, d.date, d.subject, d.file_name, d.scanned,
		coalesce(s.open, 0) AS open_tasks, coalesce(s.late, 0) AS overdue_tasks
		FROM documents d LEFT JOIN doc_status s ON s.document_id = d.id) d`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	return q, args
}

// CountList returns how many documents List would return without a limit.
func (s *Store) CountList(ctx context.Context, f Filter) (int, error) {
	q, args := listQuery(f)
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (`+q+`)`, args...).Scan(&n)
	return n, err
}

func (s *Store) scanList(ctx context.Context, q string, args []any) ([]Summary, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var sm Summary
		var date string
		if err := rows.Scan(&sm.ID, &sm.Type, &sm.Number, &sm.Issuer, &date, &sm.Subject, &sm.FileName,
			&sm.Scanned, &sm.OpenTasks, &sm.OverdueTasks); err != nil {
			return nil, err
		}
		sm.Date = parseDate(date)
		out = append(out, sm)
	}
	return out, rows.Err()
}
