package registers

import (
	"context"
	"sort"
	"strings"

	"vanthu/docs/vndate"
	"vanthu/index/tracking"
)

// FollowUp is one line of the sổ theo dõi giải quyết văn bản đến: an
// incoming entry with its deadline, progress and reply.
type FollowUp struct {
	Entry
	Lead         string      `json:"lead"`          // the unit that handles it: the register's recipient, else the bút phê's lead
	Deadline     vndate.Date `json:"deadline"`      // thời hạn giải quyết
	DeadlineFrom string      `json:"deadline_from"` // văn bản, bút phê, sửa tay, theo quy chế
	Progress     string      `json:"progress"`      // tiến độ giải quyết, in Vietnamese
	Finished     vndate.Date `json:"finished"`      // the day it was answered or its last task done
	OnTime       bool        `json:"on_time"`
	Late         bool        `json:"late"` // finished after the deadline, or still open past it
	ReplyNumber  string      `json:"reply_number"`
}

type reply struct {
	number string
	date   vndate.Date
}

// FollowUps returns the follow-up register of a year, measured with tr
// (its clock and settings). Only confirmed tasks count; a document
// without one gets the office's default handling time from arrival.
func (r *Registers) FollowUps(ctx context.Context, year int, tr *tracking.Tracker) ([]FollowUp, error) {
	entries, err := r.List(ctx, Incoming, year)
	if err != nil {
		return nil, err
	}
	return r.followUps(ctx, entries, tr)
}

func (r *Registers) followUps(ctx context.Context, entries []Entry, tr *tracking.Tracker) ([]FollowUp, error) {
	items, err := tr.List(ctx, tracking.Query{States: []string{tracking.Confirmed}})
	if err != nil {
		return nil, err
	}
	byDoc := map[int64][]tracking.Item{}
	for _, it := range items {
		if !it.Occurrence {
			byDoc[it.DocumentID] = append(byDoc[it.DocumentID], it)
		}
	}
	replies := map[string]reply{}
	rows, err := r.st.DB().QueryContext(ctx, `SELECT doc_sha, reply_number, reply_date, entered_at FROM replies`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var sha, n, d, at string
		if err := rows.Scan(&sha, &n, &d, &at); err != nil {
			rows.Close()
			return nil, err
		}
		rp := reply{number: n, date: parseDate(d)}
		if rp.date.IsZero() && len(at) >= 10 {
			rp.date = parseDate(at[:10])
		}
		replies[sha] = rp
	}
	rows.Close()
	leads := map[string]string{}
	rows, err = r.st.DB().QueryContext(ctx, `SELECT doc_sha, lead FROM butphe`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var sha, lead string
		if err := rows.Scan(&sha, &lead); err != nil {
			rows.Close()
			return nil, err
		}
		leads[sha] = lead
	}
	rows.Close()

	cal := tr.Calendar()
	days := tr.Settings().HandlingDays
	today := tr.Today()
	out := make([]FollowUp, 0, len(entries))
	for _, e := range entries {
		f := FollowUp{Entry: e, Lead: e.Recipient}
		if f.Lead == "" {
			f.Lead = leads[e.DocSHA]
		}
		its := byDoc[e.DocumentID]
		allDone := len(its) > 0
		var lastDone vndate.Date
		for _, it := range its {
			if !it.Due.IsZero() && (f.Deadline.IsZero() || it.Due.Before(f.Deadline)) {
				f.Deadline, f.DeadlineFrom = it.Due, it.DeadlineFrom
			}
			if it.DoneAt == "" {
				allDone = false
			} else if d := parseDate(it.DoneAt[:min(10, len(it.DoneAt))]); lastDone.Before(d) {
				lastDone = d
			}
		}
		if f.Deadline.IsZero() && days > 0 {
			f.Deadline, f.DeadlineFrom = cal.AddWorkdays(e.EntryDate, days), tracking.FromDefault
		}
		if rp, ok := replies[e.DocSHA]; ok && e.DocSHA != "" {
			f.ReplyNumber, f.Finished = rp.number, rp.date
		} else if allDone {
			f.Finished = lastDone
		}
		switch {
		case !f.Finished.IsZero():
			f.OnTime = f.Deadline.IsZero() || !f.Deadline.Before(f.Finished)
			f.Late = !f.OnTime
			f.Progress = "Đã giải quyết " + dmy(f.Finished)
			if f.Late {
				f.Progress += " (trễ hạn)"
			}
		case !f.Deadline.IsZero() && f.Deadline.Before(today):
			f.Late = true
			f.Progress = "Quá hạn"
		default:
			f.Progress = "Đang giải quyết"
		}
		out = append(out, f)
	}
	return out, nil
}

// UnitCount is one line of the monthly report.
type UnitCount struct {
	Unit        string `json:"unit"`
	Received    int    `json:"received"`
	OnTime      int    `json:"on_time"`
	Late        int    `json:"late"`
	OpenInTime  int    `json:"open_in_time"` // still open, deadline not passed
	OpenOverdue int    `json:"open_overdue"` // still open, past the deadline
}

// MonthReport is the report on the handling of incoming documents (tình
// hình giải quyết văn bản đến) for one month: the documents that arrived in
// it, as they stand on the tracker's today.
type MonthReport struct {
	Year    int         `json:"year"`
	Month   int         `json:"month"`
	AsOf    vndate.Date `json:"as_of"`
	Units   []UnitCount `json:"units"`
	Total   UnitCount   `json:"total"`
	Entries []FollowUp  `json:"entries"`
}

// Month builds the report of a month.
func (r *Registers) Month(ctx context.Context, year, month int, tr *tracking.Tracker) (*MonthReport, error) {
	all, err := r.List(ctx, Incoming, year)
	if err != nil {
		return nil, err
	}
	var entries []Entry
	for _, e := range all {
		if e.EntryDate.Month == month {
			entries = append(entries, e)
		}
	}
	fus, err := r.followUps(ctx, entries, tr)
	if err != nil {
		return nil, err
	}
	rep := &MonthReport{Year: year, Month: month, AsOf: tr.Today(), Entries: fus, Total: UnitCount{Unit: "Tổng cộng"}}
	byUnit := map[string]*UnitCount{}
	for _, f := range fus {
		unit := strings.TrimSpace(f.Lead)
		if unit == "" {
			unit = "(chưa giao)"
		}
		u := byUnit[unit]
		if u == nil {
			u = &UnitCount{Unit: unit}
			byUnit[unit] = u
		}
		for _, c := range []*UnitCount{u, &rep.Total} {
			c.Received++
			switch {
			case !f.Finished.IsZero() && f.OnTime:
				c.OnTime++
			case !f.Finished.IsZero():
				c.Late++
			case f.Late:
				c.OpenOverdue++
			default:
				c.OpenInTime++
			}
		}
	}
	for _, u := range byUnit {
		rep.Units = append(rep.Units, *u)
	}
	sort.Slice(rep.Units, func(i, j int) bool { return rep.Units[i].Unit < rep.Units[j].Unit })
	return rep, nil
}
