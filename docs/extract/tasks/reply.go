package tasks

import (
	"regexp"
	"strings"
)

// reReplyClosing is the closing line of an advisory reply: "Cục Thuế trả
// lời để Thuế tỉnh Nghệ An biết và căn cứ hồ sơ … để thực hiện./.", "Cục
// Thuế có ý kiến để Thuế thành phố Hà Nội được biết./.", "Cục Hải quan trả
// lời để Công ty biết./.", and its courtesy "… trân trọng cảm ơn và rất
// mong …". The eval README counts advisory replies as no task; survey9's
// 13 công văn close so in 10, and 3 of those closings made a task. The subject is
// short and has no comma, and nothing but "và …" follows "biết": a duty to
// reply ("các sở … có văn bản giải trình, trả lời để cử tri biết", "Ủy ban
// … phải có văn bản trả lời để đương sự biết rõ lý do") is no closing.
var reReplyClosing = regexp.MustCompile(`^[^,;:]{0,60}?\s(?:trả\s+lời|có\s+ý\s+kiến)\s+(?:để|cho)\s+[^,;:]{0,80}?\s(?:được\s+)?biết` +
	`(?:\s*(?:,|và)\s+[^;]{0,120})?[\s./]*$|trân\s+trọng\s+cảm\s+ơn`)

// replyClosing reports a sentence key (lower case) that closes an advisory
// reply rather than asking anything of anyone.
func replyClosing(sk string) bool {
	if len(sk) > 400 || !strings.Contains(sk, "biết") && !strings.Contains(sk, "cảm ơn") {
		return false // most sentences: spare the matcher
	}
	return reReplyClosing.MatchString(sk) && !rePhai.MatchString(sk)
}

// rePhai: "phải" makes a reply an obligation ("phải trả lời để … biết").
var rePhai = regexp.MustCompile(`(?:^|\s)phải\s`)
