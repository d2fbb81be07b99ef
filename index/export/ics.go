package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"vanthu/index/tracking"
)

// ICSOptions shape the calendar.
type ICSOptions struct {
	Name         string    // calendar name shown by Outlook and Thunderbird
	ReminderDays int       // the alarm fires this many days before a deadline (0: on the day, at 8:00)
	Now          time.Time // DTSTAMP and SEQUENCE; zero = time.Now()
}

// WriteICS writes the deadlines of items as an RFC 5545 calendar: one
// all-day event per one-off deadline (and per missed occurrence), one
// event with an RRULE per recurring duty starting at its next open
// occurrence, each with a display alarm. UIDs come from the document's
// hash and the task's fingerprint, and SEQUENCE grows with time, so that
// importing a later export updates the events instead of duplicating them.
// Done and archived items are left out.
func WriteICS(w io.Writer, items []tracking.Item, o ICSOptions) error {
	now := o.Now
	if now.IsZero() {
		now = time.Now()
	}
	cal := ics.NewCalendarFor("vanthu")
	cal.SetMethod(ics.MethodPublish)
	cal.SetProductId("-//vanthu//Theo dõi văn bản//VI")
	name := o.Name
	if name == "" {
		name = "vanthu — hạn xử lý văn bản"
	}
	cal.SetName(name)
	cal.SetXWRCalName(name)
	// Minutes since 2020: grows with every export, as SEQUENCE must for an update.
	seq := int(now.Sub(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)).Minutes())
	seen := map[string]bool{}
	for _, it := range items {
		if it.Due.IsZero() || it.Status == tracking.StatusDone || it.Status == tracking.StatusArchive {
			continue
		}
		uid := it.Key + "@vanthu"
		rrule := ""
		if it.Occurrence {
			if it.Status == tracking.StatusOverdue {
				uid = it.Key + "-" + it.Due.String() + "@vanthu" // a missed occurrence stands alone
			} else {
				rrule = RRule(tracking.Rule{Recurrence: it.Recurrence, Due: it.RecurrenceDue})
			}
		}
		if seen[uid] {
			continue
		}
		seen[uid] = true
		ev := cal.AddEvent(uid)
		ev.SetDtStampTime(now)
		ev.SetSequence(seq)
		ev.SetAllDayStartAt(it.Due.Time())
		ev.SetAllDayEndAt(it.Due.AddDays(1).Time())
		summary := "Hạn: " + strings.TrimSpace(it.Action)
		if it.Assignee != "" {
			summary = "Hạn: " + it.Assignee + " — " + strings.TrimSpace(it.Action)
		}
		ev.SetSummary(truncate(summary, 200))
		ev.SetDescription(describe(it))
		if rrule != "" {
			ev.AddRrule(rrule)
		}
		ev.SetProperty(ics.ComponentPropertyCategories, "vanthu")
		al := ev.AddAlarm()
		al.SetAction(ics.ActionDisplay)
		al.SetProperty(ics.ComponentPropertyDescription, truncate(summary, 200))
		if o.ReminderDays > 0 {
			al.SetTrigger("-P" + strconv.Itoa(o.ReminderDays) + "D")
		} else {
			al.SetTrigger("PT8H")
		}
	}
	// RFC 5545: CRLF line ends, lines folded at 75 octets.
	return cal.SerializeTo(w, ics.WithNewLine("\r\n"), ics.WithLineLength(75))
}

func describe(it tracking.Item) string {
	var b strings.Builder
	if doc := strings.TrimSpace(it.DocNumber + " " + dmy(it.DocDate)); doc != "" {
		fmt.Fprintf(&b, "Văn bản: %s %s\n", typeName(it.DocType), doc)
	}
	if it.DocSubject != "" {
		fmt.Fprintf(&b, "Trích yếu: %s\n", it.DocSubject)
	}
	if len(it.CoAssignees) > 0 {
		fmt.Fprintf(&b, "Phối hợp: %s\n", strings.Join(it.CoAssignees, "; "))
	}
	if it.Occurrence {
		fmt.Fprintf(&b, "Định kỳ: %s\n", tracking.Rule{Recurrence: it.Recurrence, Due: it.RecurrenceDue}.Describe())
	}
	if it.DeadlineFrom != "" {
		fmt.Fprintf(&b, "Hạn theo: %s\n", it.DeadlineFrom)
	}
	return strings.TrimSpace(b.String())
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// RRule is the RFC 5545 recurrence of a rule, read from the event's start
// (which is an occurrence): the day of month clamped to the month's end as
// the rule does ("BYMONTHDAY=28,29,30;BYSETPOS=-1" is the 30th, or the last
// day of a shorter month).
func RRule(r tracking.Rule) string {
	if !r.Valid() {
		return ""
	}
	if r.Recurrence == tracking.Weekly {
		day := r.Due
		if day == "" {
			day = "FR" // the rule's default: the last working day of the week
		}
		return "FREQ=WEEKLY;BYDAY=" + day
	}
	month, day := dueParts(r.Due)
	byDay := "BYMONTHDAY=-1"
	if day > 0 && day <= 28 {
		byDay = "BYMONTHDAY=" + strconv.Itoa(day)
	} else if day > 28 {
		days := []string{}
		for d := 28; d <= day; d++ {
			days = append(days, strconv.Itoa(d))
		}
		byDay = "BYMONTHDAY=" + strings.Join(days, ",") + ";BYSETPOS=-1"
	}
	switch r.Recurrence {
	case tracking.Monthly:
		return "FREQ=MONTHLY;" + byDay
	case tracking.Quarterly:
		return "FREQ=MONTHLY;INTERVAL=3;" + byDay
	case tracking.Semiannual:
		return "FREQ=MONTHLY;INTERVAL=6;" + byDay
	}
	if month == 0 {
		month = 12
	}
	return "FREQ=YEARLY;BYMONTH=" + strconv.Itoa(month) + ";" + byDay
}

// dueParts reads "---DD" and "--MM-DD" (an optional leading "+").
func dueParts(due string) (month, day int) {
	due = strings.TrimPrefix(due, "+")
	switch {
	case strings.HasPrefix(due, "---"):
		day, _ = strconv.Atoi(due[3:])
	case strings.HasPrefix(due, "--") && len(due) == 7:
		month, _ = strconv.Atoi(due[2:4])
		day, _ = strconv.Atoi(due[5:])
	}
	return month, day
}
