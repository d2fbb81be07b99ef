package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/read/docx"
	"vanthu/index/drafting/draftingtest"
	"vanthu/index/registers"
)

// draftLibrary is a library with the office settings and the seed letter.
func draftLibrary(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "lib")
	draftingtest.Library(t, dir, "../docs/read/testdata/cv-ubnd-kontum-cchc-2021.docx")
	return dir
}

// findButton returns the button with the given text in o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	switch v := o.(type) {
	case *widget.Button:
		if v.Text == text {
			return v
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	case *widget.Card:
		return findButton(v.Content, text)
	}
	return nil
}

// TestDraftTab answers the seed letter from its document view: the fields
// come prefilled, the unfilled ones marked, the draft is saved and checked,
// and a finding shows its place.
func TestDraftTab(t *testing.T) {
	newTestApp(t)
	dir := draftLibrary(t)
	ui := startUI(t, test.NewWindow(nil), Options{Library: dir}, nil)
	waitFor(t, "the library to open", func() bool { return ui.lib != nil })
	waitFor(t, "the templates", func() bool { return len(ui.draft.choice.Options) == 3 })

	v, err := ui.lib.Document(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	var reply *widget.Button
	fyne.DoAndWait(func() { reply = findButton(documentView(ui, v, func() {}), "Soạn văn bản trả lời") })
	if reply == nil {
		t.Fatal("the document view has no «Soạn văn bản trả lời» button")
	}
	fyne.DoAndWait(func() { test.Tap(reply) })
	waitFor(t, "the prefilled reply", func() bool {
		e := ui.draft.fields["trich_dan"]
		return ui.tabs.Selected() == ui.draftIt && e != nil && strings.Contains(e.Text, "Công văn số …/UBND-KTTH") &&
			strings.Contains(ui.draft.status.Text, "✱")
	})
	d := ui.draft
	fyne.DoAndWait(func() {
		if got := d.fields["co_quan"].Text; got != "SỞ Y TẾ" {
			t.Errorf("co_quan = %q", got)
		}
		if d.fields["so"].Text != "" || !strings.Contains(d.fields["so"].PlaceHolder, "chưa điền") {
			t.Errorf("the number is not marked unfilled: %q", d.fields["so"].PlaceHolder)
		}
		if !strings.Contains(d.status.Text, "✱") || !strings.Contains(d.source.Text, "UBND-KTTH") {
			t.Errorf("status %q source %q", d.status.Text, d.source.Text)
		}
		d.fields["noi_dung"].SetText("Sở Y tế đã xây dựng kế hoạch khắc phục.")
	})
	out := filepath.Join(t.TempDir(), "tra-loi.docx")
	fyne.DoAndWait(func() { d.saveTo(out) })
	waitFor(t, "the saved draft and its check", func() bool { return d.saved == out && d.result != nil })
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if text := doc.PlainText(); !strings.Contains(text, "Sở Y tế đã xây dựng kế hoạch khắc phục.") || !strings.Contains(text, "Kính gửi: Sở Nội vụ.") {
		t.Errorf("saved draft:\n%s", text)
	}
	// The only error left is the number; clicking it shows its paragraph.
	fyne.DoAndWait(func() {
		if n := d.result.Errors(); n != 1 {
			t.Errorf("%d errors: %+v", n, d.result.Findings)
		}
		for i, f := range d.result.Findings {
			if f.Code == "chua-dien" {
				d.findings.Select(i)
			}
		}
		if !strings.Contains(d.place.Text, "▶ Số: {{so}}/SYT-VP") {
			t.Errorf("place shown: %q", d.place.Text)
		}
	})

	// Another template: the plan lists the unit's tasks.
	fyne.DoAndWait(func() { d.choice.SetSelected("Kế hoạch khắc phục") })
	waitFor(t, "the plan", func() bool { return strings.Contains(d.lists.Text, "Nhiệm vụ: 7 dòng") })
	if !strings.Contains(d.lists.Text, "30/10/2021") {
		t.Errorf("lists %q", d.lists.Text)
	}
}

// With the library open, ticking «Lấy số» shows the next number of the
// outgoing register; the first save takes it (sổ văn bản đi) and links the
// reply to its letter, a second save keeps the same number.
func TestDraftTabNumber(t *testing.T) {
	newTestApp(t)
	dir := draftLibrary(t)
	ui := startUI(t, test.NewWindow(nil), Options{Library: dir}, nil)
	waitFor(t, "the library to open", func() bool { return ui.lib != nil })
	d := ui.draft
	waitFor(t, "«Lấy số» enabled by the register", func() bool { return !d.number.Disabled() })
	fyne.DoAndWait(func() { ui.newDraft(1) })
	waitFor(t, "the draft", func() bool { return d.fields["so"] != nil && strings.Contains(d.status.Text, "✱") })
	fyne.DoAndWait(func() { d.number.SetChecked(true) })
	waitFor(t, "the number", func() bool { return d.fields["so"] != nil && d.fields["so"].Text == "01" })

	out := filepath.Join(t.TempDir(), "tra-loi.docx")
	for i := 0; i < 2; i++ {
		fyne.DoAndWait(func() { d.saveTo(out) })
		waitFor(t, "the save", func() bool { return strings.HasPrefix(d.status.Text, "Đã lưu") })
		if i == 0 && !strings.Contains(d.status.Text, "Đã vào sổ văn bản đi số 01/") {
			t.Fatalf("first save: %q", d.status.Text)
		}
		fyne.DoAndWait(func() { d.status.SetText("") })
	}
	regs := registers.New(ui.lib.Store(), "test")
	if n, err := regs.NextNumber(context.Background(), registers.Outgoing, ui.lib.Today().Year, registers.OutgoingSeries(d.draft.Entry.Type, "")); err != nil || n != 2 {
		t.Fatalf("next outgoing number %d, %v; want 2 (one taken for two saves)", n, err)
	}
}
