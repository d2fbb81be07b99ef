package tasks

import (
	"regexp"
	"strings"
)

// A council's or a steering committee's own meeting rhythm ("Hội đồng họp
// định kỳ 06 tháng một lần", "Ban Chỉ đạo họp định kỳ mỗi quý một lần, do
// Trưởng ban triệu tập", "Ủy ban nhân dân họp thường kỳ mỗi tháng 01 lần",
// "Hội đồng quản trị phải tổ chức họp ít nhất mỗi quý 01 lần") is how the
// body works, set by the text that sets it up: no duty a clerk follows up.
// A name scan that ran into "họp" ("Ban Chỉ đạo họp") shows the same
// sentence.

var (
	// reMeets opens the action of a body that meets.
	reMeets = regexp.MustCompile(`^(?:phải\s+)?(?:tổ\s+chức\s+)?họp\b`)
	// reMeetingBody names a collective body: a council, a board, a
	// committee, a standing body, a team.
	reMeetingBody = regexp.MustCompile(`^(?:hội\s+đồng|ban|tiểu\s+ban|tổ|ủy\s+ban|thường\s+trực|đoàn|hội\s+nghị)(?:\s|$)`) // no \b: Go's is ASCII, "tổ" ends on a mark
	// reRanIntoMeeting is a name that ran on into "họp": "Ban Chỉ đạo họp",
	// "Ủy ban nhân dân họp thường kỳ".
	reRanIntoMeeting = regexp.MustCompile(`\shọp(?:\s|$)`)
)

// meetingRhythm reports a candidate whose body meets on a rhythm.
func meetingRhythm(who, action string) bool {
	if !strings.Contains(who, "họp") && !strings.Contains(action, "họp") && !strings.Contains(action, "Họp") {
		return false // the cheap test first: most duties are no meetings
	}
	act := afterCollectiveWork(strings.ToLower(strings.TrimSpace(action)))
	name := strings.ToLower(strings.TrimSpace(who))
	if !reRanIntoMeeting.MatchString(name) && !(reMeets.MatchString(act) && reMeetingBody.MatchString(name)) {
		return false
	}
	return strings.Contains(act, "định kỳ") || strings.Contains(act, "thường kỳ") || findRecurrence(act).kind != ""
}

// A council's rules of work often state how it works before when it meets:
// "Hội đồng Quản lý Quỹ làm việc theo chế độ tập thể, họp thường kỳ 3
// tháng/lần …", as the laws write "Hội đồng thành viên làm việc theo chế
// độ tập thể; họp ít nhất một lần trong một quý …". The meeting is still
// the body's own rhythm, no duty.

// reCollectiveWork is the opening "làm việc theo chế độ (nguyên tắc) tập
// thể" with the comma or "và" that leads on to the meeting.
var reCollectiveWork = regexp.MustCompile(`^làm\s+việc\s+theo\s+(?:chế\s+độ|nguyên\s+tắc)\s+tập\s+thể\s*(?:[,;]\s*)?(?:và\s+)?`)

// afterCollectiveWork returns a lower-cased action without that opening.
func afterCollectiveWork(act string) string {
	if m := reCollectiveWork.FindStringIndex(act); m != nil {
		return act[m[1]:]
	}
	return act
}
