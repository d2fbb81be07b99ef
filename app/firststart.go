package app

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"vanthu/assets"
	"vanthu/index/settings"
)

// prefNameAsked is set once the clerk has been asked their name, so a
// clerk who prefers not to give it is not asked at every start.
const prefNameAsked = "da_hoi_ten"

// firstStart greets a new clerk once the library is open: their name for
// the audit trail (asked once), then, if the library is empty, the sample
// documents to try the app on.
func (ui *mainUI) firstStart() {
	lib := ui.lib
	ui.goLib(func() {
		ctx := context.Background()
		s, err := settings.Load(ctx, lib.Store())
		n, err2 := lib.Store().Count(ctx)
		fyne.Do(func() {
			if err != nil || err2 != nil {
				return
			}
			offer := func() {
				if n == 0 {
					ui.offerSamples()
				}
			}
			prefs := fyne.CurrentApp().Preferences()
			if strings.TrimSpace(s.ClerkName) == "" && !prefs.Bool(prefNameAsked) {
				ui.askClerkName(s, offer)
				return
			}
			offer()
		})
	})
}

// askClerkName asks the clerk's name once and keeps it in the settings.
func (ui *mainUI) askClerkName(s settings.Settings, then func()) {
	var d dialog.Dialog
	name := newEscEntry(false, func() { d.Hide() })
	name.SetPlaceHolder("Ví dụ: Nguyễn Thị Lan")
	items := []*widget.FormItem{widget.NewFormItem("Họ và tên", name)}
	items[0].HintText = "Ghi vào nhật ký mỗi khi anh/chị sửa thông tin hay đánh dấu việc đã xong. Đổi được ở thẻ «Cài đặt»."
	d = dialog.NewForm("Chào mừng anh/chị đến với vanthu", "Lưu", "Để sau", items, func(ok bool) {
		fyne.CurrentApp().Preferences().SetBool(prefNameAsked, true)
		if !ok || strings.TrimSpace(name.Text) == "" {
			then()
			return
		}
		s.ClerkName = strings.TrimSpace(name.Text)
		ui.goLib(func() {
			err := settings.Save(context.Background(), ui.lib.Store(), s, s.ClerkName)
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(fmt.Errorf("Chưa lưu được tên: %w", err), ui.win)
				}
				ui.setting.refresh()
				then()
			})
		})
	}, ui.win)
	d.Resize(fyne.NewSize(560, 240))
	d.Show()
	ui.win.Canvas().Focus(name)
}

// offerSamples offers to import the sample documents into an empty library.
func (ui *mainUI) offerSamples() {
	names, _ := fs.Glob(assets.Samples, "samples/*")
	msg := fmt.Sprintf("Thư viện chưa có văn bản nào. Anh/chị có muốn nhập %d văn bản mẫu đi kèm vanthu "+
		"(công văn, quyết định, kế hoạch…) để xem thử cách tìm kiếm và theo dõi nhiệm vụ không?\n\n"+
		"Để nhập văn bản của cơ quan: thẻ «Thư viện», nút «Nhập tệp…» (Ctrl+O) hoặc «Nhập thư mục…», "+
		"hoặc kéo tệp vào cửa sổ.", len(names))
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Thư viện còn trống", "Nhập văn bản mẫu", "Không, cảm ơn", label, func(ok bool) {
		if ok {
			ui.importSamples()
		}
	}, ui.win)
	d.Resize(fyne.NewSize(620, 260))
	ui.win.Canvas().Unfocus() // Esc closes it
	d.Show()
}

// importSamples copies the embedded samples to a temporary folder (import
// reads files) and imports them; the folder is removed afterwards.
func (ui *mainUI) importSamples() {
	dir, err := os.MkdirTemp("", "vanthu-mau-")
	if err == nil {
		err = writeSamples(dir)
	}
	if err != nil {
		dialog.ShowError(fmt.Errorf("Không chép được văn bản mẫu ra thư mục tạm: %w", err), ui.win)
		return
	}
	ui.tabs.SelectIndex(libraryTabIndex)
	ui.library.importPathsThen([]string{dir}, func() { os.RemoveAll(dir) })
}

func writeSamples(dir string) error {
	names, err := fs.Glob(assets.Samples, "samples/*")
	if err != nil {
		return err
	}
	for _, n := range names {
		b, err := assets.Samples.ReadFile(n)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, path.Base(n)), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
