package export

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"vanthu/index/tracking"
)

// pythonWithICalendar finds a Python that has the icalendar package
// (Debian's python3-icalendar, installed by scripts/deps.sh test).
func pythonWithICalendar() string {
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(py, "-c", "import icalendar").Run() == nil {
			return py
		}
	}
	return ""
}

const readICS = `
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for ev in cal.walk('VEVENT'):
    alarms = [str(a.get('TRIGGER').to_ical(), 'ascii') for a in ev.walk('VALARM')]
    rrule = ev.get('RRULE')
    out.append({'uid': str(ev.get('UID')), 'start': ev.decoded('DTSTART').isoformat(),
                'summary': str(ev.get('SUMMARY')), 'rrule': str(rrule.to_ical(), 'ascii') if rrule else '',
                'alarms': alarms})
json.dump(out, sys.stdout, ensure_ascii=False)
`

// TestICSByPython reads our .ics with Python's icalendar, a second,
// independent parser.
func TestICSByPython(t *testing.T) {
	py := pythonWithICalendar()
	if py == "" {
		t.Skip("Python icalendar not installed (scripts/deps.sh test installs it)")
	}
	items := []tracking.Item{
		{Key: "k1", Status: tracking.StatusDue, Due: date("2024-03-15"), Assignee: "Sở Y tế", Action: "báo cáo; gửi, ngay"},
		{Key: "k2", Status: tracking.StatusUpcoming, Due: date("2024-11-30"), Occurrence: true,
			Recurrence: tracking.Yearly, RecurrenceDue: "--11-30", Action: "báo cáo năm"},
	}
	var buf bytes.Buffer
	if err := WriteICS(&buf, items, ICSOptions{ReminderDays: 2, Now: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "han.ics")
	os.WriteFile(path, buf.Bytes(), 0o644)
	out, err := exec.Command(py, "-c", readICS, path).Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	var evs []struct {
		UID, Start, Summary, Rrule string
		Alarms                     []string
	}
	if err := json.Unmarshal(out, &evs); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(evs) != 2 || evs[0].UID != "k1@vanthu" || evs[0].Start != "2024-03-15" ||
		evs[0].Summary != "Hạn: Sở Y tế — báo cáo; gửi, ngay" || len(evs[0].Alarms) != 1 || evs[0].Alarms[0] != "-P2D" ||
		sortedParts(evs[1].Rrule) != sortedParts("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=28,29,30;BYSETPOS=-1") {
		t.Errorf("python reads %+v", evs)
	}
}

// sortedParts compares RRULEs whatever the order of their parts.
func sortedParts(rrule string) string {
	parts := strings.Split(rrule, ";")
	sort.Strings(parts)
	return strings.Join(parts, ";")
}
