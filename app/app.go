// Package app is the Fyne window of vanthu. It only builds widgets and calls
// the plain Go APIs of docs/ and index/; it holds no domain logic. Each tab is
// built by a small constructor in its own file.
package app

import (
	"context"
	"flag"
	"io"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"

	"vanthu/assets"
	"vanthu/docs/read/pdf"
	"vanthu/index/library"
)

// Options are the command-line options of the window.
type Options struct {
	Library string   // library folder; "" = the default one
	Files   []string // files to open at start
}

// ParseArgs reads `vanthu [--library DIR] [FILE...]`.
func ParseArgs(args []string) (Options, error) {
	fs := flag.NewFlagSet("vanthu", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o Options
	fs.StringVar(&o.Library, "library", os.Getenv("VANTHU_LIBRARY"), "thư mục thư viện")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	o.Files = fs.Args()
	return o, nil
}

// Run opens the main window and blocks until it is closed.
func Run(args []string) {
	opts, err := ParseArgs(args)
	pdf.Warm() // compile the PDF engine in the background: the first PDF then opens at once
	defer pdf.Close()
	a := fyneapp.NewWithID("vn.vanthu.app")
	a.Settings().SetTheme(officeTheme{})
	a.SetIcon(fyne.NewStaticResource("vanthu.png", assets.IconPNG))
	w := a.NewWindow("vanthu — Văn thư")
	w.Resize(fyne.NewSize(1180, 760))
	ui := newMainUI(w, opts)
	w.SetContent(ui.content())
	w.SetMainMenu(ui.menu())
	if err != nil {
		dialog.ShowError(err, w)
	}
	w.ShowAndRun()
	ui.close()
}

// Tab positions, so other tabs can jump to them.
const (
	tasksTabIndex = iota
	libraryTabIndex
	readerTabIndex
)

// mainUI owns the window's tabs and the open library, and routes files
// dropped or opened to the right tab.
type mainUI struct {
	win     fyne.Window
	opts    Options
	tabs    *container.AppTabs
	lib     *library.Library // nil until opened (or if it could not be)
	tasks   *tasksTab
	library *libraryTab
	reader  *readerTab
}

func newMainUI(w fyne.Window, opts Options) *mainUI {
	ui := &mainUI{win: w, opts: opts}
	ui.tasks = newTasksTab(ui)
	ui.library = newLibraryTab(ui)
	ui.reader = newReaderTab(w)
	ui.reader.openBtn.OnTapped = ui.showOpenDialog
	ui.reader.lib = func() *library.Library { return ui.lib }
	ui.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Việc cần làm", theme.HistoryIcon(), ui.tasks.content()),
		container.NewTabItemWithIcon("Thư viện", theme.SearchIcon(), ui.library.content()),
		container.NewTabItemWithIcon("Đọc văn bản", theme.DocumentIcon(), ui.reader.content()),
	)
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		var paths []string
		for _, u := range uris {
			if u.Scheme() == "file" {
				paths = append(paths, u.Path())
			}
		}
		if len(paths) == 0 {
			return
		}
		if ui.tabs.SelectedIndex() == libraryTabIndex {
			ui.library.importPaths(paths)
			return
		}
		ui.tabs.SelectIndex(readerTabIndex)
		ui.reader.open(paths[0])
	})
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { ui.showOpenDialog() })
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) {
			ui.tabs.SelectIndex(libraryTabIndex)
			w.Canvas().Focus(ui.library.query)
		})
	for _, f := range opts.Files {
		ui.tabs.SelectIndex(readerTabIndex)
		ui.reader.open(f)
	}
	go ui.openLibrary()
	return ui
}

// openLibrary opens the library off the UI goroutine: after a crash it may
// have documents to index first.
func (ui *mainUI) openLibrary() {
	dir := ui.opts.Library
	var err error
	if dir == "" {
		dir, err = library.DefaultDir()
	}
	var lib *library.Library
	if err == nil {
		lib, err = library.Open(context.Background(), dir, library.Options{})
	}
	fyne.Do(func() {
		if err != nil {
			msg := "Không mở được thư viện: " + err.Error()
			ui.library.status.SetText(msg)
			ui.tasks.summary.SetText(msg)
			dialog.ShowError(err, ui.win)
			return
		}
		ui.lib = lib
		ui.win.SetTitle("vanthu — " + lib.Dir())
		for _, n := range lib.Notices() {
			dialog.ShowInformation("Thư viện", n, ui.win)
		}
		ui.library.refresh()
		ui.tasks.refresh()
	})
}

// tasksChanged refreshes what depends on task states.
func (ui *mainUI) tasksChanged() { ui.tasks.refresh() }

func (ui *mainUI) content() fyne.CanvasObject { return ui.tabs }

func (ui *mainUI) menu() *fyne.MainMenu {
	open := fyne.NewMenuItem("Mở văn bản…", ui.showOpenDialog)
	open.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	return fyne.NewMainMenu(fyne.NewMenu("Tệp", open))
}

// showOpenDialog lets the clerk pick a document to read.
func (ui *mainUI) showOpenDialog() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		ui.tabs.SelectIndex(readerTabIndex)
		ui.reader.open(path)
	}, ui.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".docx", ".docm", ".doc", ".odt", ".pdf", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

func (ui *mainUI) close() {
	if ui.lib != nil {
		ui.lib.Close()
	}
}
