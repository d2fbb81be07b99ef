package app

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/index/settings"
)

// TestSettingsSaved: every field of the «Cài đặt» tab reaches the library's
// settings, dates typed dd/mm/yyyy; a bad day is refused in Vietnamese.
func TestSettingsSaved(t *testing.T) {
	ui, _ := openUI(t, manyLetters(1))
	st := ui.setting
	waitFor(t, "the settings form", func() bool { return !st.save.Disabled() })
	fyne.DoAndWait(func() {
		test.Type(st.clerk, "Nguyễn Thị Lan")
		st.unit.SetText("Sở Y tế")
		st.parent.SetText("Ủy ban nhân dân tỉnh Kon Tum")
		st.symbol.SetText("SYT-VP")
		st.place.SetText("Kon Tum")
		st.authority.SetText("KT. GIÁM ĐỐC")
		st.signerTitle.SetText("PHÓ GIÁM ĐỐC")
		st.signerName.SetText("Trần Văn B")
		st.handling.SetText("10")
		st.reminder.SetText("2")
		st.start.SetText("1/1/2024")
		st.holidays.SetText("02/09/2024\n3/9/2024\n")
		test.Tap(st.save)
	})
	waitFor(t, "the save", func() bool { return strings.HasPrefix(st.status.Text, "Đã lưu") })
	s, err := settings.Load(context.Background(), ui.lib.Store())
	if err != nil {
		t.Fatal(err)
	}
	want := settings.Settings{ClerkName: "Nguyễn Thị Lan", Unit: "Sở Y tế", ParentBody: "Ủy ban nhân dân tỉnh Kon Tum",
		UnitSymbol: "SYT-VP", Place: "Kon Tum", SignerAuthority: "KT. GIÁM ĐỐC", SignerTitle: "PHÓ GIÁM ĐỐC", SignerName: "Trần Văn B",
		HandlingDays: 10, ReminderDays: 2, FollowUpStart: "2024-01-01", Holidays: []string{"2024-09-02", "2024-09-03"}}
	if got, w := strings.Join(s.Holidays, ","), strings.Join(want.Holidays, ","); got != w {
		t.Errorf("holidays %q, want %q", got, w)
	}
	s.Holidays, want.Holidays = nil, nil
	if !reflect.DeepEqual(s, want) {
		t.Errorf("saved %+v\nwant  %+v", s, want)
	}
	if who := ui.lib.Clerk(context.Background()); who != "Nguyễn Thị Lan" {
		t.Errorf("the audit trail would record %q", who)
	}

	fyne.DoAndWait(func() {
		st.holidays.SetText("30/02/2024")
		test.Tap(st.save)
	})
	if !strings.Contains(st.status.Text, "Chưa lưu: Ngày nghỉ lễ: ") || !strings.Contains(st.status.Text, "không có ngày 30/02/2024") {
		t.Errorf("status after a bad day: %q", st.status.Text)
	}
}

// TestThemeAndTextSize: the dark theme and the larger text apply at once
// and are kept for the next start.
func TestThemeAndTextSize(t *testing.T) {
	ui, _ := openUI(t, manyLetters(1))
	st := ui.setting
	a := fyne.CurrentApp()
	fyne.DoAndWait(func() {
		st.dark.SetSelected(darkChoice)
		st.size.SetSelectedIndex(1)
	})
	th := a.Settings().Theme()
	if got, want := th.Color(theme.ColorNameBackground, theme.VariantLight), theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark); got != want {
		t.Errorf("background %v, want the dark one %v", got, want)
	}
	if got, want := th.Size(theme.SizeNameText), theme.DefaultTheme().Size(theme.SizeNameText)*1.2; got != want {
		t.Errorf("text size %v, want %v", got, want)
	}
	if next := themeFromPreferences(a.Preferences()); !next.dark || next.scale != float32(1.2) {
		t.Errorf("kept for the next start: %+v", next)
	}
}

// TestFirstStart: an empty library asks the clerk's name once, then offers
// the samples, which import.
func TestFirstStart(t *testing.T) {
	ui, w := openUIWelcome(t, map[string]string{}, true)
	waitFor(t, "the welcome", func() bool {
		top := w.Canvas().Overlays().Top()
		return top != nil && strings.Contains(drawnTexts(top), "Họ và tên")
	})
	fyne.DoAndWait(func() { tapButton(t, w.Canvas().Overlays().Top(), "Để sau") })
	waitFor(t, "the offer of samples", func() bool {
		top := w.Canvas().Overlays().Top()
		return top != nil && strings.Contains(drawnTexts(top), "Nhập văn bản mẫu")
	})
	if !fyne.CurrentApp().Preferences().Bool(prefNameAsked) {
		t.Error("the name would be asked again at the next start")
	}
	fyne.DoAndWait(func() { tapButton(t, w.Canvas().Overlays().Top(), "Nhập văn bản mẫu") })
	waitFor(t, "the samples", func() bool { return ui.library.results != nil && ui.library.results.total >= 8 })
}

// drawnTexts are all the texts an object draws.
func drawnTexts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, x := range test.LaidOutObjects(o) {
		if c, ok := x.(*canvas.Text); ok && c.Visible() {
			b.WriteString(c.Text + "\n")
		}
	}
	return b.String()
}

// tapButton taps the button with this text inside o.
func tapButton(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := x.(*widget.Button); ok && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q", text)
}
