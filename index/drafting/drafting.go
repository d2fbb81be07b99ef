// Package drafting joins the drafting domain (docs/draft) to the library:
// the office from the settings, a stored document as the source of a draft,
// the library's template folder, and what the library knows of documents
// replaced or repealed. The window and the CLI both use it.
package drafting

import (
	"context"
	"path/filepath"

	"vanthu/docs/draft/prefill"
	"vanthu/docs/extract/tasks"
	"vanthu/index/library"
	"vanthu/index/settings"
	"vanthu/index/store"
)

// TemplateDir is the folder where a clerk drops their own .docx templates.
func TemplateDir(libDir string) string { return filepath.Join(libDir, "templates") }

// Office converts the settings to what the prefill takes.
func Office(s settings.Settings) prefill.Office {
	return prefill.Office{
		Unit: s.Unit, ParentBody: s.ParentBody, UnitSymbol: s.UnitSymbol, Place: s.Place,
		SignerAuthority: s.SignerAuthority, SignerTitle: s.SignerTitle, SignerName: s.SignerName,
	}
}

// LoadOffice reads the office of a library.
func LoadOffice(ctx context.Context, lib *library.Library) (prefill.Office, error) {
	s, err := settings.Load(ctx, lib.Store())
	return Office(s), err
}

// Source makes a stored document the source of a draft, its tasks with
// their follow-up state.
func Source(v *library.DocumentView) *prefill.Source {
	s := &prefill.Source{Type: v.Type, Number: v.Number, Date: v.Date, Issuer: v.Issuer, Subject: v.Subject}
	for _, t := range v.Tasks {
		s.Tasks = append(s.Tasks, prefill.Task{Task: taskOf(t), Status: t.Status})
	}
	return s
}

func taskOf(t store.Task) tasks.Task {
	return tasks.Task{
		Assignee: t.Assignee, CoAssignees: t.CoAssignees, Action: t.Action, Deliverable: t.Deliverable,
		Deadline: t.Deadline, DeadlineText: t.DeadlineText, Recurrence: t.Recurrence, RecurrenceDue: t.RecurrenceDue,
		Quote: t.Quote, Start: t.Start, End: t.End,
	}
}
