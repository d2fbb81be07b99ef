// Package app is the Fyne window of vanthu. It only builds widgets and calls
// the plain Go APIs of docs/ and index/; it holds no domain logic. Each tab is
// built by a small constructor in its own file.
package app

import (
	"flag"
	"io"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"

	"vanthu/assets"
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

// mainUI owns the window's tabs and routes files dropped or opened to them.
type mainUI struct {
	win    fyne.Window
	opts   Options
	tabs   *container.AppTabs
	reader *readerTab
}

func newMainUI(w fyne.Window, opts Options) *mainUI {
	ui := &mainUI{win: w, opts: opts}
	ui.reader = newReaderTab(w)
	ui.reader.openBtn.OnTapped = ui.showOpenDialog
	ui.tabs = container.NewAppTabs(
		container.NewTabItem("Đọc văn bản", ui.reader.content()),
	)
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		for _, u := range uris {
			if u.Scheme() == "file" {
				ui.tabs.SelectIndex(0)
				ui.reader.open(u.Path())
				return
			}
		}
	})
	w.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { ui.showOpenDialog() })
	for _, f := range opts.Files {
		ui.reader.open(f)
	}
	return ui
}

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
		ui.tabs.SelectIndex(0)
		ui.reader.open(path)
	}, ui.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".docx", ".docm", ".doc", ".odt", ".pdf", ".txt"}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

func (ui *mainUI) close() {}
