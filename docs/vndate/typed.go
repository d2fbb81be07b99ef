package vndate

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrTyped is wrapped by every error of ParseTyped.
var ErrTyped = errors.New("ngày không hợp lệ")

// ParseTyped reads a date a clerk typed: day first as Vietnamese write it
// (28/09/2013, 28/9/2013, 28-09-2013, 28.09.2013) or YYYY-MM-DD. Spaces
// around the parts are allowed. Errors say in Vietnamese what to type.
func ParseTyped(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, fmt.Errorf("%w: chưa gõ ngày; hãy gõ ngày/tháng/năm, ví dụ 28/09/2013", ErrTyped)
	}
	sep := strings.IndexAny(s, "/-.")
	if sep < 0 {
		return Date{}, typedErr(s)
	}
	parts := strings.Split(s, s[sep:sep+1])
	if len(parts) != 3 {
		return Date{}, typedErr(s)
	}
	n := make([]int, 3)
	for i, p := range parts {
		p = strings.TrimSpace(p)
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || len(p) > 4 || strings.HasPrefix(p, "+") {
			return Date{}, typedErr(s)
		}
		n[i] = v
		parts[i] = p
	}
	var d Date
	switch {
	case len(parts[0]) == 4 && len(parts[2]) <= 2: // YYYY-MM-DD
		d = Date{n[0], n[1], n[2]}
	case len(parts[2]) == 4 && len(parts[0]) <= 2 && len(parts[1]) <= 2:
		d = Date{n[2], n[1], n[0]}
	case len(parts[2]) < 4 && len(parts[0]) <= 2:
		return Date{}, fmt.Errorf("%w: %q — hãy gõ năm đủ bốn chữ số, ví dụ 28/09/2013", ErrTyped, s)
	default:
		return Date{}, typedErr(s)
	}
	if !d.Valid() {
		return Date{}, fmt.Errorf("%w: không có ngày %02d/%02d/%d", ErrTyped, d.Day, d.Month, d.Year)
	}
	return d, nil
}

func typedErr(s string) error {
	return fmt.Errorf("%w: không đọc được %q; hãy gõ ngày/tháng/năm, ví dụ 28/09/2013", ErrTyped, s)
}

// Short renders d as dd/mm/yyyy, the form the window shows and takes; ""
// for the zero Date.
func (d Date) Short() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
}
