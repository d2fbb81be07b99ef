// Package app is the Fyne window of vanthu. It only builds widgets and calls
// the plain Go APIs of docs/ and index/; it holds no domain logic.
package app

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

// Run opens the main window; files named in args are opened in it.
func Run(args []string) {
	a := app.NewWithID("vn.vanthu.app")
	w := a.NewWindow("vanthu")
	w.SetContent(widget.NewLabel("vanthu"))
	w.ShowAndRun()
}
