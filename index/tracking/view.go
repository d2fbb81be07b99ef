package tracking

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"vanthu/docs/vndate"
)

// Status of an item, as the views group them.
const (
	StatusOverdue  = "overdue"  // past its due date
	StatusDue      = "due"      // due within the window
	StatusUpcoming = "upcoming" // due later
	StatusUndated  = "undated"  // no date anywhere (a recurring duty without a rule, a task of a dated document)
	StatusDone     = "done"
	StatusArchive  = "archive" // before follow-up started, or a deadline before its own document's date
)

// Where a deadline comes from.
const (
	FromDocument = "văn bản"
	FromButPhe   = "bút phê"
	FromClerk    = "nhập tay"
	FromDefault  = "theo quy chế"
)

// storedFrom is how the store spells where a deadline comes from: codes,
// not the labels, so a label can be reworded.
var storedFrom = map[string]string{FromClerk: "clerk", FromButPhe: "butphe", "": ""}

func labelFrom(stored string) string {
	for label, code := range storedFrom {
		if code == stored {
			return label
		}
	}
	return stored
}

// Item is one task as the views show it; a recurring duty gives one item per
// occurrence shown (the next one, and the last one if it was missed).
type Item struct {
	ID            int64       `json:"id"`
	TaskID        int64       `json:"task_id,omitempty"` // the extracted task (tasks.id); 0 for a task added by hand
	Key           string      `json:"key"`               // stable across libraries and re-imports: document hash + task fingerprint
	State         string      `json:"state"`
	Status        string      `json:"status"`
	DocumentID    int64       `json:"document_id"`
	DocSHA        string      `json:"-"`
	DocType       string      `json:"doc_type"`
	DocNumber     string      `json:"doc_number"`
	DocDate       vndate.Date `json:"doc_date"`
	DocIssuer     string      `json:"doc_issuer"`
	DocSubject    string      `json:"doc_subject"`
	Assignee      string      `json:"assignee"`
	CoAssignees   []string    `json:"co_assignees"`
	Action        string      `json:"action"`
	Deliverable   string      `json:"deliverable,omitempty"`
	Deadline      vndate.Date `json:"deadline"` // the one-off deadline in force
	DeadlineText  string      `json:"deadline_text,omitempty"`
	DeadlineFrom  string      `json:"deadline_from,omitempty"`
	Recurrence    string      `json:"recurrence,omitempty"`
	RecurrenceDue string      `json:"recurrence_due,omitempty"`
	Occurrence    bool        `json:"occurrence,omitempty"` // Due is an occurrence of a recurring duty
	Due           vndate.Date `json:"due"`                  // the date the views sort and warn on
	DaysLeft      int         `json:"days_left"`            // negative when late
	Kind          string      `json:"kind,omitempty"`
	Manual        bool        `json:"manual,omitempty"`
	Corrected     []string    `json:"corrected,omitempty"`
	DoneAt        string      `json:"done_at,omitempty"`
	Note          string      `json:"note,omitempty"`
	Quote         string      `json:"quote,omitempty"`
	ReplyNumber   string      `json:"reply_number,omitempty"`
	ArchiveReason string      `json:"archive_reason,omitempty"`
}

// Query selects items. Zero values do not filter.
type Query struct {
	Unit       string // only tasks naming this unit (assignee or co-assignees)
	DocumentID int64
	States     []string // default: proposed and confirmed
	Statuses   []string // default: all
	Window     int      // "due" means within this many days; 0 = the reminder setting
}

// List returns the items of the library, overdue first, then by due date.
func (t *Tracker) List(ctx context.Context, q Query) ([]Item, error) {
	if err := t.Sync(ctx); err != nil {
		return nil, err
	}
	window := q.Window
	if window <= 0 {
		window = t.set.ReminderDays
	}
	states := q.States
	if len(states) == 0 {
		states = []string{Proposed, Confirmed}
	}
	docs, err := t.documents(ctx, "")
	if err != nil {
		return nil, err
	}
	bySHA := map[string]docRow{}
	for _, d := range docs {
		if _, dup := bySHA[d.sha]; !dup {
			bySHA[d.sha] = d
		}
	}
	arrivals, err := t.arrivals(ctx)
	if err != nil {
		return nil, err
	}
	butphe, replies, err := t.docNotes(ctx)
	if err != nil {
		return nil, err
	}
	done, err := t.occurrencesDone(ctx)
	if err != nil {
		return nil, err
	}
	raw, err := t.tracked(ctx, "")
	if err != nil {
		return nil, err
	}
	timed := map[string]bool{} // documents whose text gives a date for some task
	for _, it := range raw {
		if !it.Manual && (!it.Deadline.IsZero() || it.Recurrence != "") {
			timed[it.DocSHA] = true
		}
	}
	var out []Item
	for _, it := range raw {
		d, ok := bySHA[it.DocSHA]
		if !ok {
			continue // the document is no longer in the library; its decisions wait for a re-import
		}
		if !slices.Contains(states, it.State) || (q.DocumentID != 0 && d.id != q.DocumentID) {
			continue
		}
		if q.Unit != "" && !MatchUnit(q.Unit, it.Assignee+"; "+strings.Join(it.CoAssignees, "; ")) {
			continue
		}
		it.DocumentID, it.DocType, it.DocNumber, it.DocDate = d.id, d.typ, d.number, d.date
		it.DocIssuer, it.DocSubject = d.issuer, d.subject
		it.ReplyNumber = replies[it.DocSHA]
		if bp, ok := butphe[it.DocSHA]; ok && !bp.IsZero() && it.Recurrence == "" &&
			!slices.Contains(it.Corrected, "deadline") && !it.Manual {
			it.Deadline, it.DeadlineFrom = bp, FromButPhe
		}
		if it.DeadlineFrom == "" && !it.Deadline.IsZero() {
			it.DeadlineFrom = FromDocument
			if slices.Contains(it.Corrected, "deadline") {
				it.DeadlineFrom = FromClerk
			}
		}
		for _, item := range t.expand(it, d, arrivals[it.DocSHA], timed[it.DocSHA], done[it.ID], window) {
			if len(q.Statuses) == 0 || slices.Contains(q.Statuses, item.Status) {
				out = append(out, item)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ra, rb := statusRank[a.Status], statusRank[b.Status]; ra != rb {
			return ra < rb
		}
		if a.Due != b.Due {
			if a.Due.IsZero() || b.Due.IsZero() {
				return b.Due.IsZero()
			}
			return a.Due.Before(b.Due)
		}
		if a.DocumentID != b.DocumentID {
			return a.DocumentID < b.DocumentID
		}
		return a.ID < b.ID
	})
	return out, nil
}

var statusRank = map[string]int{StatusOverdue: 0, StatusDue: 1, StatusUpcoming: 2, StatusUndated: 3,
	StatusDone: 4, StatusArchive: 5}

// expand computes the status of a tracked task today: the occurrences of a
// recurring duty, the default handling time of an untimed document, archive.
func (t *Tracker) expand(it Item, d docRow, arrival vndate.Date, docTimed bool, doneOcc map[vndate.Date]string,
	window int) []Item {
	status := func(due vndate.Date) (string, int) {
		days := int(due.Time().Sub(t.today.Time()).Hours() / 24)
		switch {
		case days < 0:
			return StatusOverdue, days
		case days <= window:
			return StatusDue, days
		}
		return StatusUpcoming, days
	}
	if rule := (Rule{it.Recurrence, it.RecurrenceDue}); rule.Valid() {
		// Occurrences run from the document's date or the start of
		// follow-up, whichever is later.
		from := t.start
		if from.Before(d.date) {
			from = d.date
		}
		// Shown: a one-off first deadline beside the recurrence ("riêng năm
		// 2020 hoàn thành trong quý II"), the last occurrence if it was
		// missed, and the next open one.
		var dates []vndate.Date
		open := func(d vndate.Date) bool { _, done := doneOcc[d]; return !done }
		if !it.Deadline.IsZero() && !it.Deadline.Before(from) && open(it.Deadline) {
			dates = append(dates, it.Deadline)
		}
		if prev := rule.Before(t.today); !prev.IsZero() && !prev.Before(from) && open(prev) {
			dates = append(dates, prev)
		}
		next := rule.OnOrAfter(maxDate(t.today, from))
		for i := 0; i < 400 && !open(next); i++ {
			next = rule.OnOrAfter(next.AddDays(1))
		}
		dates = append(dates, next)
		slices.SortFunc(dates, func(a, b vndate.Date) int { return strings.Compare(a.String(), b.String()) })
		dates = slices.Compact(dates)
		var out []Item
		for _, due := range dates {
			o := it
			o.Occurrence, o.Due = true, due
			o.Status, o.DaysLeft = status(due)
			out = append(out, o)
		}
		return out
	}
	if it.DoneAt != "" {
		it.Status = StatusDone
		it.Due = it.Deadline
		return []Item{it}
	}
	// A clerk's own word (a task added by hand, a bút phê, a corrected
	// deadline) and a document registered as arriving after follow-up
	// started are followed up whatever the document's age.
	followed := it.Manual || it.DeadlineFrom == FromButPhe || it.DeadlineFrom == FromClerk ||
		(!arrival.IsZero() && !arrival.Before(t.start))
	if !it.Deadline.IsZero() {
		it.Due = it.Deadline
		switch {
		case !followed && !d.date.IsZero() && it.Deadline.Before(d.date):
			it.Status, it.ArchiveReason = StatusArchive, "hạn trước ngày của chính văn bản (cần xem lại)"
		case !followed && (it.Deadline.Before(t.start) || (!d.date.IsZero() && d.date.Before(t.start))):
			it.Status, it.ArchiveReason = StatusArchive, "trước ngày bắt đầu theo dõi "+dmy(t.start)
		default:
			it.Status, it.DaysLeft = status(it.Deadline)
		}
		return []Item{it}
	}
	if !followed && !d.date.IsZero() && d.date.Before(t.start) {
		it.Status, it.ArchiveReason = StatusArchive, "trước ngày bắt đầu theo dõi "+dmy(t.start)
		return []Item{it}
	}
	if !docTimed && t.set.HandlingDays > 0 {
		// No deadline anywhere in the document: the office's handling time
		// from arrival.
		if arrival.IsZero() {
			arrival = d.importedAt
		}
		if !arrival.IsZero() && !arrival.Before(t.start) {
			it.Due = t.cal.AddWorkdays(arrival, t.set.HandlingDays)
			it.DeadlineFrom = FromDefault
			it.Status, it.DaysLeft = status(it.Due)
			return []Item{it}
		}
	}
	it.Status = StatusUndated
	return []Item{it}
}

func maxDate(a, b vndate.Date) vndate.Date {
	if a.Before(b) {
		return b
	}
	return a
}

// tracked reads tracked rows as items (document fields left empty).
func (t *Tracker) tracked(ctx context.Context, where string, args ...any) ([]Item, error) {
	rows, err := t.st.DB().QueryContext(ctx, `SELECT id, doc_sha, task_key, state, assignee, co_assignees, action, deliverable,
		deadline, deadline_text, deadline_from, recurrence, recurrence_due, kind, quote, corrected, manual, done_at, note,
		coalesce(task_id, 0)
		FROM tracked `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Item
	for rows.Next() {
		var it Item
		var co, deadline, corrected, key string
		if err := rows.Scan(&it.ID, &it.DocSHA, &key, &it.State, &it.Assignee, &co, &it.Action, &it.Deliverable,
			&deadline, &it.DeadlineText, &it.DeadlineFrom, &it.Recurrence, &it.RecurrenceDue, &it.Kind, &it.Quote,
			&corrected, &it.Manual, &it.DoneAt, &it.Note, &it.TaskID); err != nil {
			return nil, err
		}
		it.Key = it.DocSHA[:min(16, len(it.DocSHA))] + "-" + key
		it.CoAssignees = parseList(co)
		it.Deadline = parseDate(deadline)
		it.Corrected = parseList(corrected)
		it.DeadlineFrom = labelFrom(it.DeadlineFrom)
		out = append(out, it)
	}
	return out, rows.Err()
}

// arrivals are the arrival dates of registered incoming documents.
func (t *Tracker) arrivals(ctx context.Context) (map[string]vndate.Date, error) {
	out := map[string]vndate.Date{}
	rows, err := t.st.DB().QueryContext(ctx, `SELECT doc_sha, min(entry_date) FROM register_entries
		WHERE book = 'den' AND doc_sha <> '' GROUP BY doc_sha`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var sha, date string
		if err := rows.Scan(&sha, &date); err != nil {
			return nil, err
		}
		out[sha] = parseDate(date)
	}
	return out, rows.Err()
}

// docNotes are the bút phê deadlines and the reply numbers, by document.
func (t *Tracker) docNotes(ctx context.Context) (map[string]vndate.Date, map[string]string, error) {
	bp := map[string]vndate.Date{}
	rows, err := t.st.DB().QueryContext(ctx, `SELECT doc_sha, deadline FROM butphe`)
	if err != nil {
		return nil, nil, err
	}
	for rows.Next() {
		var sha, d string
		if err := rows.Scan(&sha, &d); err != nil {
			rows.Close()
			return nil, nil, err
		}
		bp[sha] = parseDate(d)
	}
	rows.Close()
	replies := map[string]string{}
	rows, err = t.st.DB().QueryContext(ctx, `SELECT doc_sha, reply_number FROM replies`)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var sha, n string
		if err := rows.Scan(&sha, &n); err != nil {
			return nil, nil, err
		}
		replies[sha] = n
	}
	return bp, replies, rows.Err()
}

func (t *Tracker) occurrencesDone(ctx context.Context) (map[int64]map[vndate.Date]string, error) {
	out := map[int64]map[vndate.Date]string{}
	rows, err := t.st.DB().QueryContext(ctx, `SELECT tracked_id, due, done_at FROM occurrences_done`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var due, at string
		if err := rows.Scan(&id, &due, &at); err != nil {
			return nil, err
		}
		if out[id] == nil {
			out[id] = map[vndate.Date]string{}
		}
		out[id][parseDate(due)] = at
	}
	return out, rows.Err()
}

func dmy(d vndate.Date) string {
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
}
