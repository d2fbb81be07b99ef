package settings

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"vanthu/docs/vndate"
)

// Field is one setting as a form or a command line shows it: its key in the
// store and its Vietnamese label (the labels of the «Cài đặt» tab).
type Field struct {
	Key   string
	Label string
}

// Fields lists the settings in the order of the «Cài đặt» tab.
func Fields() []Field {
	return []Field{
		{"clerk_name", "Người dùng"},
		{"unit", "Đơn vị"},
		{"parent_body", "Cơ quan cấp trên"},
		{"unit_symbol", "Ký hiệu đơn vị"},
		{"place", "Địa danh"},
		{"signer_authority", "Quyền hạn ký"},
		{"signer_title", "Chức vụ người ký"},
		{"signer_name", "Họ tên người ký"},
		{"handling_days", "Thời hạn xử lý (ngày làm việc)"},
		{"reminder_days", "Nhắc trước hạn (ngày)"},
		{"follow_up_start", "Theo dõi từ ngày"},
		{"holidays", "Ngày nghỉ lễ"},
	}
}

// ErrUnknownKey is returned by Text and Set for a key that is no setting.
var ErrUnknownKey = errors.New("không có cài đặt này")

// text is the plain text field whose json tag is key (follow_up_start, a
// date, is read apart).
func (s *Settings) text(key string) (*string, bool) {
	v := reflect.ValueOf(s).Elem()
	for i := 0; i < v.NumField(); i++ {
		if v.Type().Field(i).Tag.Get("json") == key && v.Field(i).Kind() == reflect.String && key != "follow_up_start" {
			return v.Field(i).Addr().Interface().(*string), true
		}
	}
	return nil, false
}

// Text is the value of key as a clerk types it: dates dd/mm/yyyy, holidays
// one per line.
func (s Settings) Text(key string) (string, error) {
	if p, ok := s.text(key); ok {
		return *p, nil
	}
	switch key {
	case "handling_days":
		return strconv.Itoa(s.HandlingDays), nil
	case "reminder_days":
		return strconv.Itoa(s.ReminderDays), nil
	case "follow_up_start":
		if d, err := vndate.ParseISO(s.FollowUpStart); err == nil {
			return d.Short(), nil
		}
		return "", nil
	case "holidays":
		var days []string
		for _, h := range s.Holidays {
			if d, err := vndate.ParseISO(h); err == nil {
				days = append(days, d.Short())
			}
		}
		return strings.Join(days, "\n"), nil
	}
	return "", fmt.Errorf("%w: %q", ErrUnknownKey, key)
}

// Set reads text as a clerk typed it into key, or says in Vietnamese what is
// wrong with it. An empty follow_up_start means the day of the first import;
// empty holidays mean the built-in table.
func (s *Settings) Set(key, text string) error {
	if p, ok := s.text(key); ok {
		*p = strings.TrimSpace(text)
		return nil
	}
	var err error
	switch key {
	case "handling_days":
		s.HandlingDays, err = ParseDayCount(text)
	case "reminder_days":
		s.ReminderDays, err = ParseDayCount(text)
	case "follow_up_start":
		s.FollowUpStart = ""
		if strings.TrimSpace(text) != "" {
			var d vndate.Date
			if d, err = vndate.ParseTyped(text); err == nil {
				s.FollowUpStart = d.String()
			}
		}
	case "holidays":
		var days []string
		if days, err = ParseHolidays(text); err == nil {
			s.Holidays = days
		}
	default:
		return fmt.Errorf("%w: %q", ErrUnknownKey, key)
	}
	return err
}

// ParseDayCount reads a number of days from 0 to 365.
func ParseDayCount(text string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(text))
	if err != nil || n < 0 || n > 365 {
		return 0, errors.New("hãy gõ một số ngày từ 0 đến 365")
	}
	return n, nil
}

// ParseHolidays reads typed dates, one a line (or separated by commas or
// semicolons), into YYYY-MM-DD days; none at all means the built-in table
// (nil).
func ParseHolidays(text string) ([]string, error) {
	var out []string
	fields := strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == ',' || r == ';' })
	for i, f := range fields {
		if strings.TrimSpace(f) == "" {
			continue
		}
		d, err := vndate.ParseTyped(f)
		if err != nil {
			return nil, fmt.Errorf("ngày thứ %d (%q): %w", i+1, strings.TrimSpace(f), err)
		}
		out = append(out, d.String())
	}
	return out, nil
}
