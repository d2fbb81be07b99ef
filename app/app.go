// Package app is the Fyne window of vanthu. It only builds widgets and calls
// the plain Go APIs of docs/ and index/; it holds no domain logic. Each tab is
// built by a small constructor in its own file.
package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

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
	"vanthu/index/registers"
	"vanthu/internal/safely"
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
	safely.LogStdTo() // Fyne's messages go to vanthu.log, never the terminal
	useVietnamese()
	pdf.Warm() // compile the PDF engine in the background: the first PDF then opens at once
	defer pdf.Close()
	a := fyneapp.NewWithID("vn.vanthu.app")
	a.Settings().SetTheme(themeFromPreferences(a.Preferences()))
	a.SetIcon(fyne.NewStaticResource("vanthu.png", assets.IconPNG))
	w := a.NewWindow("vanthu — Văn thư")
	w.Resize(fyne.NewSize(1180, 760))
	ui := newMainUI(w, opts)
	w.SetContent(ui.content())
	w.SetMainMenu(ui.menu())
	if err != nil {
		dialog.ShowError(fmt.Errorf("Tham số dòng lệnh không hợp lệ; cách dùng: vanthu [--library THƯ_MỤC] [TỆP…] (%w)", err), w)
	}
	w.ShowAndRun()
	ui.close()
}

// Tab positions, so other tabs can jump to them.
const (
	tasksTabIndex = iota
	libraryTabIndex
	readerTabIndex
	registersTabIndex
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
	draft   *draftTab
	draftIt *container.TabItem
	setting *settingsTab
	jobs    sync.WaitGroup // background jobs on the library
	// Follow-up: the registers tab, the reminder loop and where its
	// notifications go (nil: the desktop).
	registers *registersTab
	done      chan struct{}
	notifier  func(*fyne.Notification)
}

func newMainUI(w fyne.Window, opts Options) *mainUI {
	ui := &mainUI{win: w, opts: opts, done: make(chan struct{})}
	ui.tasks = newTasksTab(ui)
	ui.registers = newRegistersTab(ui)
	ui.library = newLibraryTab(ui)
	ui.reader = newReaderTab(w)
	ui.reader.openBtn.OnTapped = ui.showOpenDialog
	ui.draft = newDraftTab(ui)
	ui.draftIt = container.NewTabItemWithIcon("Soạn thảo", theme.DocumentCreateIcon(), ui.draft.content())
	ui.setting = newSettingsTab(ui)
	ui.reader.lib = func() *library.Library { return ui.lib }
	ui.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Việc cần làm", theme.HistoryIcon(), ui.tasks.content()),
		container.NewTabItemWithIcon("Thư viện", theme.SearchIcon(), ui.library.content()),
		container.NewTabItemWithIcon("Đọc văn bản", theme.DocumentIcon(), ui.reader.content()),
		container.NewTabItemWithIcon("Sổ văn bản", theme.ListIcon(), ui.registers.content()),
		ui.draftIt,
		container.NewTabItemWithIcon("Cài đặt", theme.SettingsIcon(), ui.setting.content()),
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
	ui.addShortcuts()
	ui.draft.loadTemplates()
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
		lib, err = safely.Call("mở thư viện", func() (*library.Library, error) {
			return library.Open(context.Background(), dir, library.Options{})
		})
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
		ui.library.refreshLibrary()
		ui.tasks.refresh()
		ui.draft.loadTemplates()
		ui.draft.useRegister(registers.New(lib.Store(), lib.Clerk(context.Background())))
		ui.setting.refresh()
		ui.firstStart()
		ui.registers.refresh()
		ui.startReminders()
	})
}

// newDraft opens «Soạn thảo» on a reply to a library document, or on a
// draft without a source when docID is 0 (Ctrl+N).
func (ui *mainUI) newDraft(docID int64) {
	ui.tabs.Select(ui.draftIt)
	if docID == 0 {
		ui.draft.startNew()
		return
	}
	ui.draft.startFrom(docID)
}

// settingsChanged refreshes what depends on the library's settings.
func (ui *mainUI) settingsChanged() {
	ui.tasks.refresh()
	if ui.lib != nil { // the clerk's name may have changed
		ui.draft.useRegister(registers.New(ui.lib.Store(), ui.lib.Clerk(context.Background())))
	}
}

// focusSearch (Ctrl+F) puts the cursor in the search box with its old
// query selected, so what the clerk types replaces it.
func (ui *mainUI) focusSearch() {
	ui.tabs.SelectIndex(libraryTabIndex)
	ui.win.Canvas().Focus(ui.library.query)
	ui.library.query.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// tasksChanged refreshes what depends on task states.
func (ui *mainUI) tasksChanged() {
	ui.tasks.refresh()
	ui.registers.refresh()
}

func (ui *mainUI) content() fyne.CanvasObject { return ui.tabs }

// Keyboard shortcuts: Ctrl+O imports (the main job), Ctrl+Shift+O reads a
// file without importing it, Ctrl+F searches; Esc closes the open dialog.
var (
	importShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	readShortcut   = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	searchShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	draftShortcut  = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
)

func (ui *mainUI) addShortcuts() {
	c := ui.win.Canvas()
	c.AddShortcut(importShortcut, func(fyne.Shortcut) { ui.importFile() })
	c.AddShortcut(readShortcut, func(fyne.Shortcut) { ui.showOpenDialog() })
	c.AddShortcut(searchShortcut, func(fyne.Shortcut) { ui.focusSearch() })
	c.AddShortcut(draftShortcut, func(fyne.Shortcut) { ui.newDraft(0) })
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			ui.closeTopDialog()
		}
	})
}

// closeTopDialog closes the dialog (or pop-up) on top, as «Hủy» would.
func (ui *mainUI) closeTopDialog() {
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		top.Hide()
		ui.win.Canvas().Overlays().Remove(top)
	}
}

// importFile (Ctrl+O) imports a file into the library from any tab.
func (ui *mainUI) importFile() {
	ui.tabs.SelectIndex(libraryTabIndex)
	ui.library.chooseFileToImport()
}

func (ui *mainUI) menu() *fyne.MainMenu {
	imp := fyne.NewMenuItem("Nhập tệp vào thư viện…", ui.importFile)
	imp.Shortcut = importShortcut
	impDir := fyne.NewMenuItem("Nhập thư mục vào thư viện…", func() {
		ui.tabs.SelectIndex(libraryTabIndex)
		ui.library.chooseFolderToImport()
	})
	open := fyne.NewMenuItem("Đọc một tệp (không nhập)…", ui.showOpenDialog)
	open.Shortcut = readShortcut
	find := fyne.NewMenuItem("Tìm trong thư viện", ui.focusSearch)
	find.Shortcut = searchShortcut
	return fyne.NewMainMenu(fyne.NewMenu("Tệp", imp, impDir, open, fyne.NewMenuItemSeparator(), find))
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
	showFileDialog(d, ui.win)
}

// goLib runs a job on the library in the background; close waits for it.
func (ui *mainUI) goLib(job func()) {
	ui.jobs.Add(1)
	go func() {
		defer ui.jobs.Done()
		job()
	}()
}

// close waits (a few seconds at most) for the jobs under way, so that a
// query still running is not cut off by the library closing under it.
func (ui *mainUI) close() {
	close(ui.done) // stops the reminders
	done := make(chan struct{})
	go func() { ui.jobs.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	if ui.lib != nil {
		ui.lib.Close()
	}
}
