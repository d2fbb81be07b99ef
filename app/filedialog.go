package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// placeNames are the Vietnamese names of the places Fyne's file dialog
// lists on its left. Fyne writes them in English without going through its
// translations, so the list's items are renamed as they are drawn.
var placeNames = map[string]string{
	"Home":      "Thư mục riêng",
	"Computer":  "Máy tính",
	"Desktop":   "Màn hình nền",
	"Documents": "Tài liệu",
	"Downloads": "Tải về",
	"Music":     "Nhạc",
	"Pictures":  "Ảnh",
	"Videos":    "Video",
	"Movies":    "Video",
	"App Files": "Tệp của vanthu",
}

// fileDialog is what showFileDialog needs of Fyne's file and folder dialogs.
type fileDialog interface {
	Show()
	Resize(fyne.Size)
}

// showFileDialog shows a Fyne file or folder dialog at a comfortable size
// with its places in Vietnamese.
func showFileDialog(d fileDialog, win fyne.Window) {
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
	if top := win.Canvas().Overlays().Top(); top != nil {
		renamePlaces(top)
	}
}

// renamePlaces walks the dialog's layout down through the containers whose
// children are public, and makes every list rename the places it draws.
func renamePlaces(o fyne.CanvasObject) {
	switch v := o.(type) {
	case *widget.PopUp:
		renamePlaces(v.Content)
	case *fyne.Container:
		for _, c := range v.Objects {
			renamePlaces(c)
		}
	case *container.Split:
		renamePlaces(v.Leading)
		renamePlaces(v.Trailing)
	case *container.Scroll:
		renamePlaces(v.Content)
	case *widget.List:
		update := v.UpdateItem
		if update == nil {
			return
		}
		v.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
			update(id, item)
			renameLabels(item)
		}
		v.Refresh()
	}
}

func renameLabels(o fyne.CanvasObject) {
	switch v := o.(type) {
	case *widget.Label:
		if vi, ok := placeNames[v.Text]; ok {
			v.SetText(vi)
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			renameLabels(c)
		}
	}
}
