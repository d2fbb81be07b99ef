package tracking

import (
	"context"
	"fmt"
	"strings"
)

// Reminder is what the window announces on start and once a day.
type Reminder struct {
	Overdue int `json:"overdue"`
	Due     int `json:"due"`    // due within Window days, today included
	Window  int `json:"window"` // the reminder setting
}

// Count is the number shown on the tab.
func (r Reminder) Count() int { return r.Overdue + r.Due }

// Text is the notification, in Vietnamese; "" when there is nothing to say.
func (r Reminder) Text() string {
	var parts []string
	if r.Overdue > 0 {
		parts = append(parts, fmt.Sprintf("%d việc quá hạn", r.Overdue))
	}
	if r.Due > 0 {
		parts = append(parts, fmt.Sprintf("%d việc đến hạn trong %d ngày tới", r.Due, r.Window))
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ", ") + "."
}

// Remind counts the followed-up tasks (proposals included: they still wait
// for the clerk) that are overdue or due within the reminder setting.
func (t *Tracker) Remind(ctx context.Context) (Reminder, error) {
	r := Reminder{Window: t.set.ReminderDays}
	items, err := t.List(ctx, Query{Statuses: []string{StatusOverdue, StatusDue}})
	if err != nil {
		return r, err
	}
	for _, it := range items {
		if it.Status == StatusOverdue {
			r.Overdue++
		} else {
			r.Due++
		}
	}
	return r, nil
}
