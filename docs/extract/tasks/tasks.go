// Package tasks finds the obligations a Vietnamese official document places
// on named units: who must do what, with whom, by when, and how often.
package tasks

import "vanthu/docs/vndate"

// Task is one obligation. Offsets are byte offsets into the text given to Find.
type Task struct {
	Assignee      string      `json:"assignee"`
	CoAssignees   []string    `json:"co_assignees"`
	Action        string      `json:"action"`
	Deliverable   string      `json:"deliverable,omitempty"` // "báo cáo ... về Sở Nội vụ"
	Deadline      vndate.Date `json:"deadline"`
	DeadlineText  string      `json:"deadline_text"`
	Recurrence    string      `json:"recurrence"`     // monthly, quarterly, semiannual, yearly or ""
	RecurrenceDue string      `json:"recurrence_due"` // --MM-DD or ---DD, or ""
	Quote         string      `json:"quote"`
	Start         int         `json:"start"`
	End           int         `json:"end"`
}

// Context is what the document around the tasks tells.
type Context struct {
	DocDate vndate.Date // the date of issue, zero if blank
}

// Find returns the tasks in text, in order of appearance.
// TODO(tasks helper): replace this placeholder with the real finder.
func Find(text string, ctx Context) []Task {
	return nil
}
