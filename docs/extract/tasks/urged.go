package tasks

import "regexp"

// reUrgesOthers is a lead that urges people who are no body to do what the
// items under it list: "Các trường học tuyên truyền, khuyến khích giáo
// viên, học sinh, sinh viên thực hiện các nội dung sau:", "vận động người
// dân thực hiện như sau:". The items are what the pupils or citizens are
// asked to do ("- Hằng năm vào đầu năm học thực hiện bọc sách vở …"), not
// the unit's duties; the unit's own duty is the urging.
var reUrgesOthers = regexp.MustCompile(`(?:khuyến\s+khích|vận\s+động|động\s+viên)\s+(?:[^:;.]{0,60}?[\s,])?` +
	`(?:giáo\s+viên|học\s+sinh|sinh\s+viên|người\s+dân|nhân\s+dân|hộ\s+gia\s+đình|người\s+lao\s+động|cá\s+nhân|đoàn\s+viên|hội\s+viên)` +
	`[^:;.]{0,60}?(?:thực\s+hiện|tham\s+gia|áp\s+dụng)[^:;.]{0,30}:\s*$`)

func urgesOthers(lead string) bool { return reUrgesOthers.MatchString(lead) }
