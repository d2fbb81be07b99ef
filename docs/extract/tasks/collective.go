package tasks

import "regexp"

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
