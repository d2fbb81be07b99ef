package tasks

import "regexp"

// reIssuesThisText is the lead of a plan or a programme in which its
// issuer says it issues the text: "UBND tỉnh Đồng Nai ban hành Kế hoạch phát
// triển kinh tế số …, cụ thể như sau:", "Ủy ban nhân dân tỉnh ban hành Kế
// hoạch như sau:". The subject is the issuer and the parts under it are the
// text itself, not duties of the issuer's (eval README: no step the issuing
// body sets for itself is a task); each part names its own units.
var reIssuesThisText = regexp.MustCompile(`^ban\s+hành\s+(?:kế\s+hoạch|chương\s+trình|quy\s+chế|quy\s+định|hướng\s+dẫn|đề\s+án|phương\s+án)\b` +
	`[^:;]*?(?:như\s+sau|sau\s+đây|các\s+nội\s+dung\s+sau)\s*:\s*$`)

// issuesThisText reports such a lead; act is the lowered text from its verb.
func issuesThisText(act string) bool { return reIssuesThisText.MatchString(act) }
