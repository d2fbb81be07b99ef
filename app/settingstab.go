package app

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/vndate"
	"vanthu/index/settings"
)

// settingsTab («Cài đặt») edits the library's settings (who the clerk is,
// their office, how follow-up counts time) and the look of the window.
type settingsTab struct {
	ui     *mainUI
	loaded settings.Settings // as last read from or written to the library

	clerk, unit, parent, symbol, place *widget.Entry
	authority, signerTitle, signerName *widget.Entry
	handling, reminder, holidays       *widget.Entry
	start                              *escEntry
	dark                               *widget.RadioGroup
	size                               *widget.Select
	save                               *widget.Button
	status                             *widget.Label
	root                               fyne.CanvasObject
}

const (
	lightChoice = "Sáng"
	darkChoice  = "Tối"
)

func newSettingsTab(ui *mainUI) *settingsTab {
	t := &settingsTab{ui: ui}
	entry := func(placeholder string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(placeholder)
		return e
	}
	t.clerk = entry("Họ và tên, ví dụ Nguyễn Thị Lan")
	t.unit = entry("Ví dụ: Sở Y tế")
	t.parent = entry("Ví dụ: Ủy ban nhân dân tỉnh Kon Tum")
	t.symbol = entry("Ký hiệu sau mã loại văn bản, ví dụ SYT-VP")
	t.place = entry("Địa danh ghi ở dòng ngày tháng, ví dụ Kon Tum")
	t.authority = entry("Ví dụ: KT. GIÁM ĐỐC (để trống nếu người đứng đầu ký)")
	t.signerTitle = entry("Ví dụ: PHÓ GIÁM ĐỐC")
	t.signerName = entry("Họ và tên người ký")
	t.handling = entry("Số ngày làm việc, ví dụ 7")
	t.handling.Validator = dayCount
	t.reminder = entry("Số ngày, ví dụ 3")
	t.reminder.Validator = dayCount
	t.start = newDateEntry(ui.win, nil)
	t.start.SetPlaceHolder("để trống: ngày nhập văn bản đầu tiên")
	t.holidays = widget.NewMultiLineEntry()
	t.holidays.SetPlaceHolder("Mỗi dòng một ngày nghỉ (ngày/tháng/năm), ngoài thứ Bảy, Chủ nhật.\nĐể trống: dùng lịch nghỉ lễ có sẵn.")
	t.holidays.SetMinRowsVisible(4)
	t.holidays.Validator = func(s string) error { _, err := settings.ParseHolidays(s); return err }

	t.dark = widget.NewRadioGroup([]string{lightChoice, darkChoice}, func(string) { t.applyLook() })
	t.dark.Horizontal = true
	t.size = widget.NewSelect(scaleNames(), func(string) { t.applyLook() })
	t.save = widget.NewButtonWithIcon("Lưu cài đặt", theme.DocumentSaveIcon(), t.saveSettings)
	t.save.Importance = widget.HighImportance
	t.status = widget.NewLabel("")
	t.status.Wrapping = fyne.TextWrapWord

	form := widget.NewForm(
		widget.NewFormItem("Người dùng", t.clerk),
		widget.NewFormItem("Đơn vị", t.unit),
		widget.NewFormItem("Cơ quan cấp trên", t.parent),
		widget.NewFormItem("Ký hiệu đơn vị", t.symbol),
		widget.NewFormItem("Địa danh", t.place),
		widget.NewFormItem("Quyền hạn ký", t.authority),
		widget.NewFormItem("Chức vụ người ký", t.signerTitle),
		widget.NewFormItem("Họ tên người ký", t.signerName),
		widget.NewFormItem("Thời hạn xử lý", t.handling),
		widget.NewFormItem("Nhắc trước hạn (ngày)", t.reminder),
		widget.NewFormItem("Theo dõi từ ngày", t.start),
		widget.NewFormItem("Ngày nghỉ lễ", t.holidays),
	)
	form.Items[0].HintText = "Ghi vào nhật ký mỗi khi sửa thông tin hay đánh dấu việc đã xong."
	form.Items[8].HintText = "Số ngày làm việc để xử lý một văn bản đến, khi văn bản không ghi hạn."
	form.Items[10].HintText = "Văn bản cũ hơn ngày này được coi là lưu trữ, không tính quá hạn."
	look := widget.NewForm(
		widget.NewFormItem("Giao diện", t.dark),
		widget.NewFormItem("Cỡ chữ", t.size),
	)
	body := container.NewVBox(
		widget.NewCard("Thư viện và đơn vị", "Lưu trong thư viện, đi cùng bản sao lưu.", form),
		widget.NewCard("Hiển thị", "Lưu trên máy này, áp dụng ngay.", look),
		container.NewHBox(t.save), t.status,
	)
	t.root = container.NewVScroll(container.NewPadded(body))
	t.showLook()
	t.setEnabled(false)
	return t
}

func (t *settingsTab) content() fyne.CanvasObject { return t.root }

func scaleNames() []string {
	names := make([]string, len(textScales))
	for i, s := range textScales {
		names[i] = s.name
	}
	return names
}

func dayCount(s string) error {
	_, err := settings.ParseDayCount(s)
	return err
}

func (t *settingsTab) setEnabled(on bool) {
	for _, e := range []*widget.Entry{t.clerk, t.unit, t.parent, t.symbol, t.place, t.authority, t.signerTitle,
		t.signerName, t.handling, t.reminder, &t.start.Entry, t.holidays} {
		if on {
			e.Enable()
		} else {
			e.Disable()
		}
	}
	if on {
		t.save.Enable()
	} else {
		t.save.Disable()
	}
}

// refresh reads the library's settings into the form.
func (t *settingsTab) refresh() {
	lib := t.ui.lib
	if lib == nil {
		return
	}
	t.ui.goLib(func() {
		s, err := settings.Load(context.Background(), lib.Store())
		fyne.Do(func() {
			if err != nil {
				t.status.SetText("Không đọc được cài đặt của thư viện: " + err.Error())
				return
			}
			t.show(s)
			t.setEnabled(true)
		})
	})
}

func (t *settingsTab) show(s settings.Settings) {
	t.loaded = s
	t.clerk.SetText(s.ClerkName)
	t.unit.SetText(s.Unit)
	t.parent.SetText(s.ParentBody)
	t.symbol.SetText(s.UnitSymbol)
	t.place.SetText(s.Place)
	t.authority.SetText(s.SignerAuthority)
	t.signerTitle.SetText(s.SignerTitle)
	t.signerName.SetText(s.SignerName)
	t.handling.SetText(strconv.Itoa(s.HandlingDays))
	t.reminder.SetText(strconv.Itoa(s.ReminderDays))
	start := ""
	if d, err := vndate.ParseISO(s.FollowUpStart); err == nil {
		start = d.Short()
	}
	t.start.SetText(start)
	var days []string
	for _, h := range s.Holidays {
		if d, err := vndate.ParseISO(h); err == nil {
			days = append(days, d.Short())
		}
	}
	t.holidays.SetText(strings.Join(days, "\n"))
}

// read takes the form back into settings, or says what is wrong.
func (t *settingsTab) read() (settings.Settings, error) {
	s := t.loaded
	s.ClerkName = strings.TrimSpace(t.clerk.Text)
	s.Unit = strings.TrimSpace(t.unit.Text)
	s.ParentBody = strings.TrimSpace(t.parent.Text)
	s.UnitSymbol = strings.TrimSpace(t.symbol.Text)
	s.Place = strings.TrimSpace(t.place.Text)
	s.SignerAuthority = strings.TrimSpace(t.authority.Text)
	s.SignerTitle = strings.TrimSpace(t.signerTitle.Text)
	s.SignerName = strings.TrimSpace(t.signerName.Text)
	for _, f := range []struct {
		label string
		e     *widget.Entry
		dst   *int
	}{{"Thời hạn xử lý", t.handling, &s.HandlingDays}, {"Nhắc trước hạn", t.reminder, &s.ReminderDays}} {
		if err := dayCount(f.e.Text); err != nil {
			return s, fmt.Errorf("%s: %w", f.label, err)
		}
		*f.dst, _ = strconv.Atoi(strings.TrimSpace(f.e.Text))
	}
	s.FollowUpStart = ""
	if strings.TrimSpace(t.start.Text) != "" {
		d, err := vndate.ParseTyped(t.start.Text)
		if err != nil {
			return s, fmt.Errorf("Theo dõi từ ngày: %w", err)
		}
		s.FollowUpStart = d.String()
	}
	days, err := settings.ParseHolidays(t.holidays.Text)
	if err != nil {
		return s, fmt.Errorf("Ngày nghỉ lễ: %w", err)
	}
	s.Holidays = days
	return s, nil
}

// saveSettings writes the settings in the clerk's name.
func (t *settingsTab) saveSettings() {
	lib := t.ui.lib
	s, err := t.read()
	if err != nil {
		t.status.SetText("Chưa lưu: " + err.Error())
		return
	}
	if lib == nil {
		return
	}
	t.ui.goLib(func() {
		ctx := context.Background()
		who := s.ClerkName
		if who == "" {
			who = lib.Clerk(ctx)
		}
		err := settings.Save(ctx, lib.Store(), s, who)
		fyne.Do(func() {
			if err != nil {
				t.status.SetText("Chưa lưu được cài đặt: " + err.Error())
				return
			}
			t.loaded = s
			t.status.SetText("Đã lưu cài đặt lúc " + time.Now().Format("15:04") + ".")
			t.ui.settingsChanged()
		})
	})
}

// showLook sets the look controls from the computer's preferences.
func (t *settingsTab) showLook() {
	th := themeFromPreferences(fyne.CurrentApp().Preferences())
	choice := lightChoice
	if th.dark {
		choice = darkChoice
	}
	t.dark.SetSelected(choice)
	idx := 0
	for i, s := range textScales {
		if float32(s.scale) == th.scale {
			idx = i
		}
	}
	t.size.SetSelectedIndex(idx)
}

// applyLook keeps and applies the theme and text size at once.
func (t *settingsTab) applyLook() {
	a := fyne.CurrentApp()
	p := a.Preferences()
	p.SetBool(prefDark, t.dark.Selected == darkChoice)
	if i := t.size.SelectedIndex(); i >= 0 {
		p.SetFloat(prefTextScale, textScales[i].scale)
	}
	a.Settings().SetTheme(themeFromPreferences(p))
}
