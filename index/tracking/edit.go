package tracking

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"vanthu/docs/vn"
	"vanthu/docs/vndate"
	"vanthu/index/store"
)

// One tracked row as the edits need it.
type row struct {
	id        int64
	docSHA    string
	state     string
	fields    map[string]string
	corrected []string
	manual    bool
	doneAt    string
	note      string
	taskID    sql.NullInt64
}

var editable = append([]string{}, fieldNames...)

func loadRow(ctx context.Context, tx *sql.Tx, id int64) (*row, error) {
	r := &row{id: id, fields: map[string]string{}}
	vals := make([]any, 0, len(fieldNames))
	strs := make([]string, len(fieldNames))
	for i := range strs {
		vals = append(vals, &strs[i])
	}
	var corrected string
	err := tx.QueryRowContext(ctx, `SELECT doc_sha, state, corrected, manual, done_at, note, task_id, `+
		strings.Join(fieldNames, ", ")+` FROM tracked WHERE id = ?`, id).
		Scan(append([]any{&r.docSHA, &r.state, &corrected, &r.manual, &r.doneAt, &r.note, &r.taskID}, vals...)...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: việc số %d", ErrNotFound, id)
	}
	if err != nil {
		return nil, err
	}
	for i, n := range fieldNames {
		r.fields[n] = strs[i]
	}
	r.corrected = parseList(corrected)
	return r, nil
}

func (t *Tracker) change(ctx context.Context, tx *sql.Tx, id int64, column, old, new string) error {
	if old == new {
		return nil
	}
	// column is one of our own column names, never user text.
	if _, err := tx.ExecContext(ctx, `UPDATE tracked SET `+column+` = ? WHERE id = ?`, new, id); err != nil {
		return err
	}
	return store.Audit(ctx, tx, t.who, "tracked", id, column, old, new)
}

// SetState confirms, rejects or excludes a task.
func (t *Tracker) SetState(ctx context.Context, id int64, state string) error {
	switch state {
	case Proposed, Confirmed, Rejected, Excluded:
	default:
		return fmt.Errorf("trạng thái %q không có", state)
	}
	return t.st.InTx(ctx, func(tx *sql.Tx) error {
		r, err := loadRow(ctx, tx, id)
		if err != nil {
			return err
		}
		return t.change(ctx, tx, id, "state", r.state, state)
	})
}

// Confirm makes a proposal a followed-up task.
func (t *Tracker) Confirm(ctx context.Context, id int64) error { return t.SetState(ctx, id, Confirmed) }

// Reject drops a proposal from follow-up (it stays, and can be confirmed later).
func (t *Tracker) Reject(ctx context.Context, id int64) error { return t.SetState(ctx, id, Rejected) }

// Change is a clerk's correction of a task; nil fields are left alone.
type Change struct {
	Assignee      *string
	CoAssignees   []string // nil = unchanged; empty = none
	Action        *string
	Deadline      *vndate.Date // zero Date clears the deadline
	Recurrence    *string
	RecurrenceDue *string
	Note          *string
}

// Correct changes fields of a task. Corrected fields are remembered: a
// re-extraction no longer overwrites them. A corrected proposal becomes
// confirmed (a clerk who corrects a task has looked at it).
func (t *Tracker) Correct(ctx context.Context, id int64, c Change) error {
	if c.Recurrence != nil || c.RecurrenceDue != nil {
		rule := Rule{}
		if c.Recurrence != nil {
			rule.Recurrence = *c.Recurrence
		}
		if c.RecurrenceDue != nil {
			rule.Due = *c.RecurrenceDue
		}
		if rule.Recurrence != "" && !rule.Valid() {
			return fmt.Errorf("định kỳ %q / %q không hợp lệ (monthly, quarterly, semiannual, yearly; ---DD hoặc --MM-DD)",
				rule.Recurrence, rule.Due)
		}
	}
	return t.st.InTx(ctx, func(tx *sql.Tx) error {
		r, err := loadRow(ctx, tx, id)
		if err != nil {
			return err
		}
		set := map[string]string{}
		if c.Assignee != nil {
			set["assignee"] = vn.NFC(strings.TrimSpace(*c.Assignee))
		}
		if c.CoAssignees != nil {
			var co []string
			for _, s := range c.CoAssignees {
				if s = vn.NFC(strings.TrimSpace(s)); s != "" {
					co = append(co, s)
				}
			}
			set["co_assignees"] = jsonList(co)
		}
		if c.Action != nil {
			set["action"] = vn.NFC(strings.TrimSpace(*c.Action))
		}
		if c.Deadline != nil {
			set["deadline"] = c.Deadline.String()
		}
		if c.Recurrence != nil {
			set["recurrence"] = *c.Recurrence
		}
		if c.RecurrenceDue != nil {
			set["recurrence_due"] = *c.RecurrenceDue
		}
		corrected := append([]string{}, r.corrected...)
		for _, name := range fieldNames {
			v, ok := set[name]
			if !ok || v == r.fields[name] {
				continue
			}
			if err := t.change(ctx, tx, id, name, r.fields[name], v); err != nil {
				return err
			}
			if !slices.Contains(corrected, name) {
				corrected = append(corrected, name)
			}
		}
		if c.Deadline != nil {
			if err := t.change(ctx, tx, id, "deadline_from", "", storedFrom[FromClerk]); err != nil {
				return err
			}
		}
		if c.Note != nil {
			if err := t.change(ctx, tx, id, "note", r.note, vn.NFC(*c.Note)); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE tracked SET corrected = ? WHERE id = ?`, jsonList(corrected), id); err != nil {
			return err
		}
		if r.state == Proposed && len(corrected) > len(r.corrected) {
			return t.change(ctx, tx, id, "state", r.state, Confirmed)
		}
		return nil
	})
}

// Done marks a task done. For a recurring duty it marks one occurrence:
// due, or the earliest open one shown when due is zero. It returns the
// occurrence closed (zero for a one-off task), for Undo.
func (t *Tracker) Done(ctx context.Context, id int64, due vndate.Date) (vndate.Date, error) {
	if due.IsZero() {
		items, err := t.List(ctx, Query{States: []string{Proposed, Confirmed, Rejected, Excluded}})
		if err != nil {
			return due, err
		}
		for _, it := range items {
			if it.ID == id && it.Occurrence {
				due = it.Due
				break
			}
		}
	}
	err := t.st.InTx(ctx, func(tx *sql.Tx) error {
		r, err := loadRow(ctx, tx, id)
		if err != nil {
			return err
		}
		now := store.Timestamp()
		if !due.IsZero() && r.fields["recurrence"] != "" {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO occurrences_done (tracked_id, due, done_at) VALUES (?,?,?)`,
				id, due.String(), now); err != nil {
				return err
			}
			return store.Audit(ctx, tx, t.who, "tracked", id, "done "+due.String(), "", now)
		}
		due = vndate.Date{}
		if r.state == Proposed {
			if err := t.change(ctx, tx, id, "state", r.state, Confirmed); err != nil {
				return err
			}
		}
		if err := t.change(ctx, tx, id, "done_at", r.doneAt, now); err != nil {
			return err
		}
		return t.syncTaskStatus(ctx, tx, r, store.StatusDone, now)
	})
	return due, err
}

// Undo reopens what Done closed (the «Hoàn tác» of the window).
func (t *Tracker) Undo(ctx context.Context, id int64, due vndate.Date) error {
	return t.st.InTx(ctx, func(tx *sql.Tx) error {
		r, err := loadRow(ctx, tx, id)
		if err != nil {
			return err
		}
		if !due.IsZero() {
			res, err := tx.ExecContext(ctx, `DELETE FROM occurrences_done WHERE tracked_id = ? AND due = ?`, id, due.String())
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return nil
			}
			return store.Audit(ctx, tx, t.who, "tracked", id, "done "+due.String(), "done", "")
		}
		if err := t.change(ctx, tx, id, "done_at", r.doneAt, ""); err != nil {
			return err
		}
		return t.syncTaskStatus(ctx, tx, r, store.StatusOpen, "")
	})
}

// syncTaskStatus keeps the extracted task's own status in step (the
// document view shows it; the lists read follow-up's counts).
func (t *Tracker) syncTaskStatus(ctx context.Context, tx *sql.Tx, r *row, status, doneAt string) error {
	if !r.taskID.Valid {
		return nil
	}
	_, err := tx.ExecContext(ctx, `UPDATE tasks SET status = ?, done_at = ? WHERE id = ?`, status, doneAt, r.taskID.Int64)
	return err
}

// SetTaskDone marks done or reopens the task extracted as row taskID of the
// store (the library tab's «Đã xong» on a document's task); a recurring duty
// closes or reopens its current occurrence.
func (t *Tracker) SetTaskDone(ctx context.Context, taskID int64, done bool) error {
	if err := t.Sync(ctx); err != nil {
		return err
	}
	var id int64
	err := t.st.DB().QueryRowContext(ctx, `SELECT t.id FROM tracked t JOIN tasks k ON k.id = t.task_id
		JOIN documents d ON d.id = k.document_id AND d.sha256 = t.doc_sha WHERE t.task_id = ?`, taskID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: nhiệm vụ %d", ErrNotFound, taskID)
	}
	if err != nil {
		return err
	}
	if done {
		_, err = t.Done(ctx, id, vndate.Date{})
		return err
	}
	var due vndate.Date
	var last sql.NullString
	t.st.DB().QueryRowContext(ctx, `SELECT max(due) FROM occurrences_done WHERE tracked_id = ?`, id).Scan(&last)
	due = parseDate(last.String)
	return t.Undo(ctx, id, due)
}

// NewTask is a task a clerk adds by hand.
type NewTask struct {
	Assignee      string
	CoAssignees   []string
	Action        string
	Deadline      vndate.Date
	Recurrence    string
	RecurrenceDue string
	Note          string
}

// Add adds a task to a document by hand; it is confirmed at once.
func (t *Tracker) Add(ctx context.Context, docID int64, n NewTask) (int64, error) {
	if strings.TrimSpace(n.Action) == "" && strings.TrimSpace(n.Assignee) == "" {
		return 0, errors.New("việc cần có nội dung hoặc đơn vị thực hiện")
	}
	if n.Recurrence != "" && !(Rule{n.Recurrence, n.RecurrenceDue}).Valid() {
		return 0, fmt.Errorf("định kỳ %q / %q không hợp lệ", n.Recurrence, n.RecurrenceDue)
	}
	var id int64
	err := t.st.InTx(ctx, func(tx *sql.Tx) error {
		sha, err := docSHA(ctx, tx, docID)
		if err != nil {
			return err
		}
		id, err = t.insertManual(ctx, tx, sha, fmt.Sprintf("tay-%d", time.Now().UnixNano()), n, "")
		return err
	})
	return id, err
}

func (t *Tracker) insertManual(ctx context.Context, tx *sql.Tx, sha, key string, n NewTask, from string) (int64, error) {
	if from == "" && !n.Deadline.IsZero() {
		from = FromClerk
	}
	from = storedFrom[from]
	res, err := tx.ExecContext(ctx, `INSERT INTO tracked (doc_sha, task_key, state, assignee, co_assignees, action,
		deadline, deadline_from, recurrence, recurrence_due, note, manual, corrected, created_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?,?)`,
		sha, key, Confirmed, vn.NFC(n.Assignee), jsonList(n.CoAssignees), vn.NFC(n.Action), n.Deadline.String(), from,
		n.Recurrence, n.RecurrenceDue, vn.NFC(n.Note), jsonList(fieldNames), store.Timestamp())
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	return id, store.Audit(ctx, tx, t.who, "tracked", id, "created", "", vn.NFC(n.Assignee+": "+n.Action))
}

func docSHA(ctx context.Context, tx *sql.Tx, docID int64) (string, error) {
	var sha string
	err := tx.QueryRowContext(ctx, `SELECT sha256 FROM documents WHERE id = ?`, docID).Scan(&sha)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("%w: văn bản mã %d", ErrNotFound, docID)
	}
	return sha, err
}

// docRef is the day a bút phê's dates without a year are read against: the
// arrival of a registered document, else today (the note is written when
// the document comes in, not when it was signed).
func (t *Tracker) docRef(ctx context.Context, tx interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, sha string) vndate.Date {
	var arrival sql.NullString
	tx.QueryRowContext(ctx, `SELECT min(entry_date) FROM register_entries WHERE book = 'den' AND doc_sha = ?`, sha).Scan(&arrival)
	if d := parseDate(arrival.String); !d.IsZero() {
		return d
	}
	return t.today
}

// ButPheRef is the day a note on document docID reads its dates without a
// year against (for a preview while the note is typed).
func (t *Tracker) ButPheRef(ctx context.Context, docID int64) vndate.Date {
	var sha string
	if t.st.DB().QueryRowContext(ctx, `SELECT sha256 FROM documents WHERE id = ?`, docID).Scan(&sha) != nil {
		return t.today
	}
	return t.docRef(ctx, t.st.DB(), sha)
}

// SetButPhe records the leader's note on a document: it becomes the
// document's own confirmed task (lead, helpers, deadline) and its deadline
// overrides the extracted one-off deadlines of the document.
func (t *Tracker) SetButPhe(ctx context.Context, docID int64, text string) (ButPhe, error) {
	var bp ButPhe
	err := t.st.InTx(ctx, func(tx *sql.Tx) error {
		sha, err := docSHA(ctx, tx, docID)
		if err != nil {
			return err
		}
		bp = ParseButPhe(text, t.docRef(ctx, tx, sha))
		if bp.Lead == "" && bp.Deadline.IsZero() {
			return fmt.Errorf("bút phê %q không nêu đơn vị chủ trì hay thời hạn (ví dụ: «Sở Y tế chủ trì, Sở Tài chính phối hợp, trước 15/10»)", text)
		}
		var old string
		tx.QueryRowContext(ctx, `SELECT text FROM butphe WHERE doc_sha = ?`, sha).Scan(&old)
		if _, err := tx.ExecContext(ctx, `INSERT INTO butphe (doc_sha, text, lead, helpers, deadline, entered_at)
			VALUES (?,?,?,?,?,?) ON CONFLICT(doc_sha) DO UPDATE SET text = excluded.text, lead = excluded.lead,
			helpers = excluded.helpers, deadline = excluded.deadline, entered_at = excluded.entered_at`,
			sha, bp.Text, bp.Lead, jsonList(bp.Helpers), bp.Deadline.String(), store.Timestamp()); err != nil {
			return err
		}
		if err := store.Audit(ctx, tx, t.who, "butphe", docID, "text", old, bp.Text); err != nil {
			return err
		}
		var subject string
		tx.QueryRowContext(ctx, `SELECT subject FROM documents WHERE sha256 = ?`, sha).Scan(&subject)
		action := "Xử lý văn bản theo bút phê"
		if subject != "" {
			action += ": " + subject
		}
		var id int64
		err = tx.QueryRowContext(ctx, `SELECT id FROM tracked WHERE doc_sha = ? AND task_key = 'butphe'`, sha).Scan(&id)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			_, err = t.insertManual(ctx, tx, sha, "butphe", NewTask{Assignee: bp.Lead, CoAssignees: bp.Helpers,
				Action: action, Deadline: bp.Deadline}, FromButPhe)
			return err
		case err != nil:
			return err
		}
		r, err := loadRow(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := t.change(ctx, tx, id, "assignee", r.fields["assignee"], bp.Lead); err != nil {
			return err
		}
		if err := t.change(ctx, tx, id, "co_assignees", r.fields["co_assignees"], jsonList(bp.Helpers)); err != nil {
			return err
		}
		return t.change(ctx, tx, id, "deadline", r.fields["deadline"], bp.Deadline.String())
	})
	return bp, err
}

// ButPheOf returns the note entered for a document, if any.
func (t *Tracker) ButPheOf(ctx context.Context, docID int64) (ButPhe, bool, error) {
	var bp ButPhe
	var helpers, deadline string
	err := t.st.DB().QueryRowContext(ctx, `SELECT b.text, b.lead, b.helpers, b.deadline FROM butphe b
		JOIN documents d ON d.sha256 = b.doc_sha WHERE d.id = ?`, docID).Scan(&bp.Text, &bp.Lead, &helpers, &deadline)
	if errors.Is(err, sql.ErrNoRows) {
		return bp, false, nil
	}
	bp.Helpers, bp.Deadline = parseList(helpers), parseDate(deadline)
	return bp, err == nil, err
}

// LinkReply records that the document docID was answered by the document
// numbered replyNumber (dated replyDate; replySHA when the library holds
// it): the "số, ký hiệu văn bản trả lời" of the follow-up register is
// filled and the document's open one-off tasks are closed.
func (t *Tracker) LinkReply(ctx context.Context, docID int64, replyNumber string, replyDate vndate.Date, replySHA string) error {
	return t.st.InTx(ctx, func(tx *sql.Tx) error {
		sha, err := docSHA(ctx, tx, docID)
		if err != nil {
			return err
		}
		return LinkReplyTx(ctx, tx, t.who, sha, replyNumber, replyDate, replySHA)
	})
}

// LinkReplyTx is LinkReply inside a caller's transaction (the outgoing
// register links a reply in the same transaction that takes its number).
func LinkReplyTx(ctx context.Context, tx *sql.Tx, who, docSHA, replyNumber string, replyDate vndate.Date, replySHA string) error {
	replyNumber = vn.NFC(strings.TrimSpace(replyNumber))
	if replyNumber == "" {
		return errors.New("thiếu số, ký hiệu văn bản trả lời")
	}
	var old string
	tx.QueryRowContext(ctx, `SELECT reply_number FROM replies WHERE doc_sha = ?`, docSHA).Scan(&old)
	now := store.Timestamp()
	if _, err := tx.ExecContext(ctx, `INSERT INTO replies (doc_sha, reply_number, reply_date, reply_sha, entered_at)
		VALUES (?,?,?,?,?) ON CONFLICT(doc_sha) DO UPDATE SET reply_number = excluded.reply_number,
		reply_date = excluded.reply_date, reply_sha = excluded.reply_sha, entered_at = excluded.entered_at`,
		docSHA, replyNumber, replyDate.String(), replySHA, now); err != nil {
		return err
	}
	var docID int64
	tx.QueryRowContext(ctx, `SELECT id FROM documents WHERE sha256 = ?`, docSHA).Scan(&docID)
	if err := store.Audit(ctx, tx, who, "replies", docID, "reply_number", old, replyNumber); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, task_id FROM tracked WHERE doc_sha = ? AND done_at = ''
		AND recurrence = '' AND state IN ('proposed', 'confirmed')`, docSHA)
	if err != nil {
		return err
	}
	type open struct {
		id     int64
		taskID sql.NullInt64
	}
	var opens []open
	for rows.Next() {
		var o open
		if err := rows.Scan(&o.id, &o.taskID); err != nil {
			rows.Close()
			return err
		}
		opens = append(opens, o)
	}
	rows.Close()
	for _, o := range opens {
		if _, err := tx.ExecContext(ctx, `UPDATE tracked SET done_at = ?, note = CASE WHEN note = '' THEN ? ELSE note END
			WHERE id = ?`, now, "Đã trả lời bằng văn bản số "+replyNumber, o.id); err != nil {
			return err
		}
		if err := store.Audit(ctx, tx, who, "tracked", o.id, "done_at", "", now); err != nil {
			return err
		}
		if o.taskID.Valid {
			if _, err := tx.ExecContext(ctx, `UPDATE tasks SET status = 'done', done_at = ? WHERE id = ?`, now, o.taskID.Int64); err != nil {
				return err
			}
		}
	}
	return nil
}

// Reply returns the number of the reply to a document, "" if none.
func (t *Tracker) Reply(ctx context.Context, docID int64) (string, error) {
	var n string
	err := t.st.DB().QueryRowContext(ctx, `SELECT r.reply_number FROM replies r JOIN documents d ON d.sha256 = r.doc_sha
		WHERE d.id = ?`, docID).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return n, err
}
