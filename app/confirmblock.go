package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/index/library"
)

// confirmBlock asks the clerk to check the header fields the extractor was
// unsure of (a blank date line, an issuer read from a title block…), each
// with its reason, right under the fields. «Sửa thông tin…» corrects them;
// the button returned, «Đúng, đã kiểm tra», records that they are right.
// Either way they leave the list, and the audit trail keeps who checked.
// Nil when there is nothing to check.
func confirmBlock(ui *mainUI, v *library.DocumentView, reload func()) (fyne.CanvasObject, *widget.Button) {
	if len(v.ToConfirm) == 0 {
		return nil, nil
	}
	warn := widget.RichTextStyle{ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Bold: true}}
	segs := []widget.RichTextSegment{&widget.TextSegment{
		Text:  fmt.Sprintf("Cần kiểm tra (%d): máy đọc chưa chắc, hãy đối chiếu với bản gốc", len(v.ToConfirm)),
		Style: warn,
	}}
	for _, c := range v.ToConfirm {
		segs = append(segs,
			&widget.TextSegment{Text: "• " + c.Label + ": ", Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}},
			&widget.TextSegment{Text: c.Reason, Style: widget.RichTextStyleParagraph})
	}
	text := widget.NewRichText(segs...)
	text.Wrapping = fyne.TextWrapWord
	id := v.Document.ID
	ok := widget.NewButtonWithIcon("Đúng, đã kiểm tra", theme.ConfirmIcon(), func() {
		ui.goLib(func() {
			err := ui.lib.Confirm(context.Background(), id)
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(err, ui.win)
				}
				reload()
				ui.library.refreshLibrary() // «Cần kiểm tra» may no longer list it
			})
		})
	})
	ok.Importance = widget.WarningImportance
	return text, ok
}
