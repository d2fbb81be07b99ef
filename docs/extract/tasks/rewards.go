package tasks

import (
	"regexp"
	"strings"
)

// Rewards and sanctions state what follows from doing a duty well or
// badly: "... hoàn thành tốt nhiệm vụ được xem xét, khen thưởng hàng năm",
// "đơn vị vi phạm sẽ bị xử lý kỷ luật", "kết quả thực hiện là căn cứ xét
// thi đua hằng năm". They place no duty with a deliverable on the unit
// they name, and their "hằng năm" times the award, not a task.

var (
	// rewarded: the unit receives the reward or the sanction, after
	// "được" or "bị".
	rewarded = regexp.MustCompile(`^(?:được|bị)\s+(?:(?:xem\s+xét|xét|đề\s+nghị|cấp\s+có\s+thẩm\s+quyền|biểu\s+dương)\s*,?\s*(?:và\s+|hoặc\s+)?)*` +
		`(?:khen\s+thưởng|kỷ\s+luật|xử\s+lý|thi\s+đua|biểu\s+dương|tuyên\s+dương|phê\s+bình|truy\s+cứu)`)
	// rewardBasis: what is done serves as the basis of the award, after
	// "là" or "làm".
	rewardBasis = regexp.MustCompile(`^(?:là|làm)\s+(?:một\s+trong\s+(?:những\s+)?)?(?:cơ\s+sở|căn\s+cứ|tiêu\s+chí|tiêu\s+chuẩn)\s[^.;]{0,60}?(?:thi\s+đua|khen\s+thưởng|kỷ\s+luật|xếp\s+loại)`)
)

// rewardWords are what either pattern needs somewhere in the sentence.
var rewardWords = []string{"khen", "kỷ", "xử lý", "thi đua", "dương", "phê bình", "truy cứu", "xếp loại"}

// findAfter returns where re, anchored, first matches at a word that
// starts with one of the openers: the matcher runs at a few places
// instead of at every byte.
func findAfter(re *regexp.Regexp, s string, openers ...string) int {
	for i := 0; i < len(s); i++ {
		if i > 0 && !boundary(s[i-1]) {
			continue
		}
		for _, o := range openers {
			if strings.HasPrefix(s[i:], o) && re.MatchString(s[i:]) {
				return i
			}
		}
	}
	return -1
}

// dutyPart returns how much of the sentence sk states a duty once its
// reward or sanction clause is cut off; 0 when the whole sentence rewards
// or sanctions.
func dutyPart(sk string) int {
	end := len(sk)
	if !containsAny(sk, rewardWords) {
		return end
	}
	if at := findAfter(rewardBasis, sk, "là ", "làm "); at >= 0 {
		end = clauseStart(sk, at, ",;")
	}
	if at := findAfter(rewarded, sk[:end], "được ", "bị "); at >= 0 && !asksBefore(sk[clauseStart(sk, at, ";"):at]) {
		// The unit that is rewarded is the subject of the clause; only an
		// earlier clause, closed by a semicolon, can still hold a duty.
		end = clauseStart(sk, at, ";")
	}
	return end
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// asksBefore reports words in the reward's clause that ask a unit to act:
// after them a reward is
// the object of the duty ("Đề nghị các đơn vị tổng hợp các trường hợp được
// khen thưởng"), not its consequence.
func asksBefore(s string) bool {
	for _, w := range []string{"giao ", "đề nghị", "yêu cầu", "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// clauseStart returns where the clause holding sk[at] starts, at one of
// the separators, with the separator and the spaces before it left out.
func clauseStart(sk string, at int, seps string) int {
	i := strings.LastIndexAny(sk[:at], seps)
	if i < 0 {
		return 0
	}
	return len(strings.TrimRight(sk[:i], " "))
}
