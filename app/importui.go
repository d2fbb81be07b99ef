package app

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"vanthu/index/library"
	"vanthu/internal/safely"
)

func (t *libraryTab) chooseFileToImport() {
	showFileDialog(dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		t.importPaths([]string{path})
	}, t.ui.win), t.ui.win)
}

func (t *libraryTab) chooseFolderToImport() {
	showFileDialog(dialog.NewFolderOpen(func(lu fyne.ListableURI, err error) {
		if err != nil || lu == nil {
			return
		}
		t.importPaths([]string{lu.Path()})
	}, t.ui.win), t.ui.win)
}

// importPaths imports files and folders in the background, with the
// progress bar following each file, then shows what happened to each.
func (t *libraryTab) importPaths(paths []string) { t.importPathsThen(paths, nil) }

// importPathsThen imports, then calls done (if any) on the UI goroutine.
func (t *libraryTab) importPathsThen(paths []string, done func()) {
	lib := t.ui.lib
	if lib == nil {
		dialog.ShowInformation("Chưa mở được thư viện", "Thư viện chưa sẵn sàng, hãy thử lại sau giây lát.", t.ui.win)
		return
	}
	t.progress.SetValue(0)
	t.progress.Show()
	t.status.SetText("Đang nhập " + strings.Join(baseNames(paths), ", ") + " …")
	t.ui.goLib(func() {
		// Keep the heap small while bleve analyses batches (see ImportMemoryLimit).
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(library.ImportMemoryLimit))
		results, err := safely.Call("nhập văn bản", func() ([]library.FileResult, error) {
			return lib.Import(context.Background(), paths, library.ImportOptions{
				Progress: func(p library.Progress) {
					fyne.Do(func() {
						if p.Total > 0 {
							t.progress.SetValue(float64(p.Done) / float64(p.Total))
						}
						t.status.SetText(fmt.Sprintf("Đang nhập %d/%d: %s", p.Done, p.Total, filepath.Base(p.File)))
					})
				},
				PageProgress: func(file string, page, pages int) {
					fyne.Do(func() {
						t.status.SetText(fmt.Sprintf("Đang nhận dạng chữ bản quét %s: trang %d/%d", filepath.Base(file), page, pages))
					})
				},
			})
		})
		fyne.Do(func() {
			t.progress.Hide()
			if err != nil {
				dialog.ShowError(err, t.ui.win)
			}
			t.showImportReport(results)
			t.ui.registers.offerAfterImport(results)
			t.refreshLibrary()
			if id := lastImported(results); id != 0 {
				t.ui.tabs.SelectIndex(libraryTabIndex)
				t.selectDocument(id)
			}
			t.ui.tasksChanged()
			if done != nil {
				done()
			}
		})
	})
}

// lastImported is the document the clerk most likely wants to see after an
// import: the last one stored (or found already there).
func lastImported(results []library.FileResult) int64 {
	for i := len(results) - 1; i >= 0; i-- {
		if r := results[i]; (r.Status == library.Imported || r.Status == library.Duplicate) && r.DocID != 0 {
			return r.DocID
		}
	}
	return 0
}

func baseNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Base(p)
	}
	return out
}

// showImportReport lists every file with its outcome in the clerk's words.
func (t *libraryTab) showImportReport(results []library.FileResult) {
	var imported, dup, failed int
	var lines []string
	for _, r := range results {
		name := filepath.Base(r.Path)
		switch r.Status {
		case library.Imported:
			imported++
			line := "✓ " + name
			if r.Number != "" {
				line += " → " + r.Number
			}
			if r.Message != "" {
				line += " (" + r.Message + ")"
			}
			lines = append(lines, line)
		case library.Duplicate:
			dup++
			lines = append(lines, "= "+name+": "+r.Message)
		default:
			failed++
			lines = append(lines, "✗ "+name+": "+r.Message)
		}
	}
	summary := fmt.Sprintf("Đã nhập %d văn bản, %d đã có sẵn, %d lỗi.", imported, dup, failed)
	t.status.SetText(summary)
	if len(results) <= 1 && failed == 0 && dup == 0 {
		return
	}
	l := widget.NewLabel(strings.Join(lines, "\n"))
	l.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(l)
	scroll.SetMinSize(fyne.NewSize(640, 320))
	t.ui.win.Canvas().Unfocus() // so that Esc reaches the window and closes the report
	dialog.ShowCustom(summary, "Đóng", scroll, t.ui.win)
}
