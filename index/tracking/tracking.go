// Package tracking follows up the tasks of a library: extracted tasks start
// as proposals a clerk confirms, corrects or rejects; a clerk adds tasks by
// hand and enters the leader's note (bút phê); recurring duties produce
// their occurrences; a reply closes the follow-up. Decisions are keyed by
// the document's SHA-256 and a fingerprint of the task's source sentence, so
// they survive re-extraction and re-import. Every change is audited.
package tracking

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"vanthu/docs/extract/tasks"
	"vanthu/docs/vn"
	"vanthu/docs/vndate"
	"vanthu/index/settings"
	"vanthu/index/store"
)

// States of a tracked task.
const (
	Proposed  = "proposed"  // extracted, waiting for a clerk
	Confirmed = "confirmed" // followed up, counts in reports
	Rejected  = "rejected"  // not a task, or not ours
	Excluded  = "excluded"  // a rule of a legal normative text: left out unless a clerk confirms it
)

// Tracker follows up the tasks of one library.
type Tracker struct {
	st    *store.Store
	set   settings.Settings
	cal   Calendar
	today vndate.Date
	who   string
	start vndate.Date // start of follow-up
}

// New reads the library's settings and returns a tracker measuring time
// against today, recording changes in the name of who.
func New(ctx context.Context, st *store.Store, who string, today vndate.Date) (*Tracker, error) {
	set, err := settings.Load(ctx, st)
	if err != nil {
		return nil, err
	}
	t := &Tracker{st: st, set: set, cal: NewCalendar(set.Holidays), today: today, who: who}
	if set.ClerkName != "" {
		t.who = set.ClerkName
	}
	if d, err := vndate.ParseISO(set.FollowUpStart); err == nil {
		t.start = d
	} else {
		var first sql.NullString
		if err := st.DB().QueryRowContext(ctx, `SELECT min(imported_at) FROM documents`).Scan(&first); err != nil {
			return nil, err
		}
		if first.Valid && len(first.String) >= 10 {
			t.start, _ = vndate.ParseISO(first.String[:10])
		}
		if t.start.IsZero() {
			t.start = today
		}
	}
	return t, nil
}

// Settings are the settings the tracker works with.
func (t *Tracker) Settings() settings.Settings { return t.set }

// Today is the day time is measured against.
func (t *Tracker) Today() vndate.Date { return t.today }

// FollowUpStart is the day follow-up started: older documents are archive.
func (t *Tracker) FollowUpStart() vndate.Date { return t.start }

// Calendar is the working-day calendar of the library.
func (t *Tracker) Calendar() Calendar { return t.cal }

var reSpaces = regexp.MustCompile(`\s+`)

// Fingerprint is the key of an extracted task within its document: its
// source sentence (or action) folded, so that a re-extraction that finds
// the same sentence finds the same decisions.
func Fingerprint(t store.Task) string {
	src := t.Quote
	if strings.TrimSpace(src) == "" {
		src = t.Assignee + "|" + t.Action
	}
	src = reSpaces.ReplaceAllString(strings.TrimSpace(vn.Fold(src)), " ")
	h := sha256.Sum256([]byte(src))
	return "x" + hex.EncodeToString(h[:10])
}

// reQPPL is the number of a legal normative text: the year stands in it
// ("30/2020/NĐ-CP", "71/2025/QH15").
var reQPPL = regexp.MustCompile(`^\s*\d+\s*/\s*\d{4}\s*/`)

// IsLegalNormative reports whether a document is a law, decree, circular or
// other legal normative text, whose "tasks" are rules for whole classes of
// bodies rather than assignments to follow up.
func IsLegalNormative(docType, number string) bool {
	switch strings.ToUpper(vn.Fold(docType)) {
	case "LUAT", "BLUAT", "BO LUAT", "ND", "TT", "TTLT", "PL", "L", "LENH":
		return true
	}
	return reQPPL.MatchString(number)
}

type docRow struct {
	id         int64
	sha        string
	typ        string
	number     string
	issuer     string
	subject    string
	date       vndate.Date
	importedAt vndate.Date
}

// Sync creates a proposal for every extracted task that has none yet and
// refreshes the fields a clerk has not corrected from the latest
// extraction. It never deletes: a decision whose task disappeared from a
// re-extraction stays, as the clerk's own task.
func (t *Tracker) Sync(ctx context.Context) error {
	db := t.st.DB()
	// Nothing to do when the extracted tasks are as this process last
	// synced them (the common case: a view refreshing).
	var sig string
	if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' ||
		total(length(assignee) + length(co_assignees) + length(action) + length(deliverable) + length(deadline) +
		length(deadline_text) + length(recurrence) + length(recurrence_due) + length(quote)) || ':' ||
		total(status = 'done') FROM tasks)
		|| '/' || (SELECT count(*) || ':' || coalesce(max(id), 0) FROM documents)`).Scan(&sig); err != nil {
		return err
	}
	if v, ok := synced.Load(t.st.Path()); ok && v.(string) == sig {
		return nil
	}
	if err := t.sync(ctx); err != nil {
		return err
	}
	synced.Store(t.st.Path(), sig)
	return nil
}

// synced remembers, per database file, the state of the tasks table at the
// last complete sync of this process.
var synced sync.Map

func (t *Tracker) sync(ctx context.Context) error {
	db := t.st.DB()
	type trow struct {
		id        int64
		corrected map[string]bool
		taskID    sql.NullInt64
		fields    []string
		doneAt    string
	}
	existing := map[string]*trow{}
	rows, err := db.QueryContext(ctx, `SELECT id, doc_sha, task_key, corrected, task_id, done_at, assignee, co_assignees,
		action, deliverable, deadline, deadline_text, recurrence, recurrence_due, quote FROM tracked WHERE manual = 0`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r trow
		var sha, key, corr string
		f := make([]string, 9)
		if err := rows.Scan(&r.id, &sha, &key, &corr, &r.taskID, &r.doneAt, &f[0], &f[1], &f[2], &f[3], &f[4], &f[5], &f[6], &f[7], &f[8]); err != nil {
			rows.Close()
			return err
		}
		r.corrected = map[string]bool{}
		for _, c := range parseList(corr) {
			r.corrected[c] = true
		}
		r.fields = f
		existing[sha+"\x00"+key] = &r
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	docs, err := t.documents(ctx, "")
	if err != nil {
		return err
	}
	byID := map[int64]docRow{}
	for _, d := range docs {
		byID[d.id] = d
	}
	trows, err := db.QueryContext(ctx, `SELECT id, document_id, assignee, co_assignees, action, deliverable, deadline,
		deadline_text, recurrence, recurrence_due, quote, status, done_at FROM tasks ORDER BY document_id, seq`)
	if err != nil {
		return err
	}
	type pending struct {
		doc  docRow
		task store.Task
		key  string
		seq  int
	}
	var inserts []pending
	type update struct {
		id         int64
		taskID     int64
		set        map[string]string
		taskStatus string // a re-extracted task takes the clerk's decision
	}
	var updates []update
	seen := map[string]int{}
	seqInDoc := map[int64]int{}
	for trows.Next() {
		var tk store.Task
		var co, deadline string
		if err := trows.Scan(&tk.ID, &tk.DocumentID, &tk.Assignee, &co, &tk.Action, &tk.Deliverable, &deadline,
			&tk.DeadlineText, &tk.Recurrence, &tk.RecurrenceDue, &tk.Quote, &tk.Status, &tk.DoneAt); err != nil {
			trows.Close()
			return err
		}
		tk.CoAssignees = parseList(co)
		tk.Deadline = parseDate(deadline)
		d, ok := byID[tk.DocumentID]
		seq := seqInDoc[tk.DocumentID]
		seqInDoc[tk.DocumentID]++
		if !ok {
			continue
		}
		key := Fingerprint(tk)
		seen[d.sha+key]++
		if n := seen[d.sha+key]; n > 1 {
			key = fmt.Sprintf("%s-%d", key, n)
		}
		ex := existing[d.sha+"\x00"+key]
		if ex == nil {
			inserts = append(inserts, pending{d, tk, key, seq})
			continue
		}
		fresh := taskFields(tk)
		set := map[string]string{}
		for i, name := range fieldNames {
			if !ex.corrected[name] && ex.fields[i] != fresh[i] {
				set[name] = fresh[i]
			}
		}
		u := update{id: ex.id, taskID: tk.ID, set: set}
		if tk.Recurrence == "" && (tk.Status == store.StatusDone) != (ex.doneAt != "") {
			// The clerk's decision is the truth (every «Đã xong» goes
			// through Done and Undo); a re-extracted row takes it.
			u.taskStatus = store.StatusOpen
			if ex.doneAt != "" {
				u.taskStatus = store.StatusDone
			}
		}
		if len(set) > 0 || !ex.taskID.Valid || ex.taskID.Int64 != tk.ID || u.taskStatus != "" {
			updates = append(updates, u)
		}
	}
	trows.Close()
	if err := trows.Err(); err != nil {
		return err
	}
	if len(inserts) == 0 && len(updates) == 0 {
		return nil
	}
	kinds := map[int64][]string{}
	return t.st.InTx(ctx, func(tx *sql.Tx) error {
		now := store.Timestamp()
		for _, p := range inserts {
			ks, ok := kinds[p.doc.id]
			if !ok {
				ks = t.kinds(ctx, tx, p.doc.id)
				kinds[p.doc.id] = ks
			}
			kind := ""
			if p.seq < len(ks) {
				kind = ks[p.seq]
			}
			state := Proposed
			if kind == tasks.KindRule || IsLegalNormative(p.doc.typ, p.doc.number) {
				state = Excluded
			}
			f := taskFields(p.task)
			doneAt := ""
			if p.task.Status == store.StatusDone && p.task.Recurrence == "" {
				doneAt = p.task.DoneAt
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO tracked (doc_sha, task_key, state, assignee, co_assignees,
				action, deliverable, deadline, deadline_text, recurrence, recurrence_due, quote, kind, task_id, done_at,
				created_at) VALUES (?,?,?,?,?, ?,?,?,?,?,?,?,?,?,?,?)
				ON CONFLICT (doc_sha, task_key) DO NOTHING`, // another window or process synced first
				p.doc.sha, p.key, state, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], kind, p.task.ID, doneAt,
				now); err != nil {
				return fmt.Errorf("theo dõi việc: %w", err)
			}
		}
		for _, u := range updates {
			q := `UPDATE tracked SET task_id = ?`
			args := []any{u.taskID}
			for _, name := range fieldNames {
				if v, ok := u.set[name]; ok {
					q += `, ` + name + ` = ?`
					args = append(args, v)
				}
			}
			args = append(args, u.id)
			if _, err := tx.ExecContext(ctx, q+` WHERE id = ?`, args...); err != nil {
				return fmt.Errorf("theo dõi việc: %w", err)
			}
			if u.taskStatus != "" {
				if _, err := tx.ExecContext(ctx, `UPDATE tasks SET status = ? WHERE id = ?`, u.taskStatus, u.taskID); err != nil {
					return fmt.Errorf("theo dõi việc: %w", err)
				}
			}
		}
		return nil
	})
}

// fieldNames are the task fields the extraction fills, in the order
// taskFields returns them; they are also the column names.
var fieldNames = []string{"assignee", "co_assignees", "action", "deliverable", "deadline", "deadline_text",
	"recurrence", "recurrence_due", "quote"}

func taskFields(t store.Task) []string {
	return []string{t.Assignee, jsonList(t.CoAssignees), t.Action, t.Deliverable, t.Deadline.String(),
		t.DeadlineText, t.Recurrence, t.RecurrenceDue, t.Quote}
}

// kinds reads the kind of each extracted task from the stored extraction.
func (t *Tracker) kinds(ctx context.Context, tx *sql.Tx, docID int64) []string {
	var raw string
	if tx.QueryRowContext(ctx, `SELECT extraction FROM documents WHERE id = ?`, docID).Scan(&raw) != nil {
		return nil
	}
	var r struct {
		Tasks []struct {
			Kind string `json:"kind"`
		} `json:"tasks"`
	}
	if json.Unmarshal([]byte(raw), &r) != nil {
		return nil
	}
	out := make([]string, len(r.Tasks))
	for i, k := range r.Tasks {
		out[i] = k.Kind
	}
	return out
}

func (t *Tracker) documents(ctx context.Context, where string, args ...any) ([]docRow, error) {
	rows, err := t.st.DB().QueryContext(ctx, `SELECT id, sha256, type, number, issuer, subject, date, imported_at
		FROM documents `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []docRow
	for rows.Next() {
		var d docRow
		var date, imp string
		if err := rows.Scan(&d.id, &d.sha, &d.typ, &d.number, &d.issuer, &d.subject, &date, &imp); err != nil {
			return nil, err
		}
		d.date = parseDate(date)
		if len(imp) >= 10 {
			d.importedAt = parseDate(imp[:10])
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// ErrNotFound is returned for a task or document the library does not hold.
var ErrNotFound = errors.New("không có trong thư viện")

var (
	jsonList  = store.JSONList
	parseList = store.ParseList
	parseDate = store.ParseDate
)

// Who is the name changes are recorded under.
func (t *Tracker) Who() string { return t.who }
