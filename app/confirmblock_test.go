package app

import (
	"context"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vanthu/index/library"
)

// undatedLetter's date line is blank and it names no signer: the
// document view asks the clerk to check both, and «Đúng, đã kiểm tra»
// records it and clears the block.
const undatedLetter = "../index/library/testdata/undated-letter.txt"

func TestConfirmBlock(t *testing.T) {
	newTestApp(t)
	letter, err := os.ReadFile(undatedLetter)
	if err != nil {
		t.Fatal(err)
	}
	lib, dir := openTestLibrary(t, map[string]string{"cv.txt": string(letter)})
	lib.Close()
	ui := startUI(t, test.NewWindow(nil), Options{Library: dir}, nil)
	waitFor(t, "the library to open", func() bool { return ui.lib != nil })

	view := func() (*library.DocumentView, fyne.CanvasObject, *atomic.Bool) {
		v, err := ui.lib.Document(context.Background(), 1)
		if err != nil {
			t.Fatal(err)
		}
		var o fyne.CanvasObject
		reloaded := new(atomic.Bool)
		fyne.DoAndWait(func() { o = documentView(ui, v, func() { reloaded.Store(true) }) })
		return v, o, reloaded
	}
	v, o, reloaded := view()
	if len(v.ToConfirm) != 2 || v.ToConfirm[0].Field != "date" || v.ToConfirm[1].Field != "signer_name" {
		t.Fatalf("to confirm %+v, want the date and the signer", v.ToConfirm)
	}
	var text string
	fyne.DoAndWait(func() {
		head := o.(*fyne.Container).Objects[0].(*widget.Card).Content.(*fyne.Container)
		for _, c := range head.Objects {
			if rt, ok := c.(*widget.RichText); ok {
				text = rt.String()
			}
		}
	})
	if !strings.HasPrefix(text, "Cần kiểm tra (2)") || !strings.Contains(text, "Ngày: dòng ngày tháng để trống") {
		t.Fatalf("the document card does not ask to check the date: %q", text)
	}
	ok := findButton(o, "Đúng, đã kiểm tra")
	if ok == nil {
		t.Fatal("no «Đúng, đã kiểm tra» button")
	}
	fyne.DoAndWait(func() { test.Tap(ok) })
	waitFor(t, "the view to reload", reloaded.Load)
	if v, o, _ := view(); len(v.ToConfirm) != 0 || findButton(o, "Đúng, đã kiểm tra") != nil {
		t.Errorf("still to confirm after «Đúng, đã kiểm tra»: %+v", v.ToConfirm)
	}
}

// TestToConfirmFilter: «Cần kiểm tra» keeps the documents with a field to
// confirm, in the listing and in a search.
func TestToConfirmFilter(t *testing.T) {
	letter, err := os.ReadFile(undatedLetter)
	if err != nil {
		t.Fatal(err)
	}
	// A letter whose header and signature are all there: nothing to check.
	whole := "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
		"Số: 4541/KH-UBND\nKon Tum, ngày 07 tháng 12 năm 2020\nKẾ HOẠCH\nCải cách hành chính năm 2021\n" +
		"Sở Nội vụ tổng hợp, báo cáo kết quả tiêm chủng trước ngày 15/12/2020.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Hòa\n"
	ui, _ := openUI(t, map[string]string{"cv.txt": string(letter), "kh.txt": whole})
	lt := ui.library
	for _, text := range []string{"", "tiem chung"} {
		fyne.DoAndWait(func() {
			lt.query.SetText(text)
			lt.checkChk.SetChecked(true)
		})
		waitFor(t, "the filtered list", func() bool {
			r, ok := lt.results.row(0)
			return lt.results.spec.ToConfirm && lt.results.spec.Text == text && lt.results.total == 1 && ok &&
				strings.Contains(r.Title, "15/UBND-VX")
		})
		fyne.DoAndWait(func() { lt.checkChk.SetChecked(false) })
		waitFor(t, "the whole list", func() bool { return !lt.results.spec.ToConfirm })
	}
}
