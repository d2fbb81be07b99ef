package app

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"

	"vanthu/docs/vndate"
	"vanthu/index/tracking"
)

// reminderCheck is how often the window looks whether a new day started,
// to announce that day's tasks once.
const reminderCheck = 30 * time.Minute

// updateReminder puts the number of overdue and soon-due tasks on the tab
// (called off the UI goroutine after each refresh).
func (ui *mainUI) updateReminder(tr *tracking.Tracker) {
	r, err := tr.Remind(context.Background())
	if err != nil {
		return
	}
	fyne.Do(func() { ui.setTasksBadge(r.Count()) })
}

func (ui *mainUI) setTasksBadge(n int) {
	if ui.tabs == nil || len(ui.tabs.Items) <= tasksTabIndex {
		return
	}
	text := "Việc cần làm"
	if n > 0 {
		text = fmt.Sprintf("Việc cần làm (%d)", n)
	}
	if ui.tabs.Items[tasksTabIndex].Text != text {
		ui.tabs.Items[tasksTabIndex].Text = text
		ui.tabs.Refresh()
	}
}

// startReminders announces the overdue and soon-due tasks with a desktop
// notification now and then once each new day, while the window is open.
func (ui *mainUI) startReminders() {
	var last vndate.Date
	check := func() {
		lib := ui.lib
		if lib == nil || lib.Today() == last {
			return
		}
		tr, err := ui.tracker(context.Background())
		if err != nil {
			return
		}
		r, err := tr.Remind(context.Background())
		if err != nil {
			return
		}
		last = lib.Today()
		text := r.Text()
		fyne.Do(func() {
			ui.setTasksBadge(r.Count())
			if text != "" {
				ui.notify(fyne.NewNotification("vanthu — Việc cần làm", text))
			}
		})
	}
	go func() {
		check()
		tick := time.NewTicker(reminderCheck)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				check()
			case <-ui.done:
				return
			}
		}
	}()
}

// notify sends a desktop notification (replaced in tests).
func (ui *mainUI) notify(n *fyne.Notification) {
	if ui.notifier != nil {
		ui.notifier(n)
		return
	}
	if a := fyne.CurrentApp(); a != nil {
		a.SendNotification(n)
	}
}
