package tasks

import (
	"regexp"
	"strings"
)

// "Hằng năm" may say how often a duty falls due ("Hằng năm, Sở Tài chính
// lập dự toán …", "báo cáo … hằng năm") or only qualify a noun: a budget
// ("kinh phí sự nghiệp hàng năm", "dự toán được cấp có thẩm quyền giao hàng
// năm"), a plan the duty works within ("bố trí kinh phí … trong kế hoạch
// hàng năm", "lồng ghép … vào Kế hoạch phát triển kinh tế - xã hội hằng
// năm") or a kind of plan ("kế hoạch đầu tư công trung hạn, hằng năm").
// Only the first makes a yearly duty. A duty to draw up or fund a yearly
// plan ("xây dựng kế hoạch … hàng năm", "bố trí kinh phí triển khai kế
// hoạch … hàng năm") stays yearly, as the dev gold reads it.

var (
	// reAnnualMoney: "dự toán kinh phí từ ngân sách hằng năm", "kinh phí
	// sự nghiệp hàng năm", "dự toán được cấp có thẩm quyền giao hàng năm";
	// "theo Nghị quyết hằng năm của HĐND": the council's resolution is
	// yearly, the duty that meets its targets is not.
	reAnnualMoney = regexp.MustCompile(`(?:ngân\s+sách|kinh\s+phí|dự\s+toán|nguồn\s+vốn|vốn|nghị\s+quyết)` +
		`(?:\s+nhà\s+nước|\s+địa\s+phương|\s+trung\s+ương|\s+sự\s+nghiệp|\s+thường\s+xuyên|\s+chi\s+thường\s+xuyên)?` +
		`(?:\s+(?:được\s+)?(?:cấp\s+có\s+thẩm\s+quyền\s+|cấp\s+trên\s+)?(?:giao|phân\s+bổ|cấp|phê\s+duyệt))?\s+$`)
	// reWithinPlan: the plan or programme the duty works within or is
	// written into, named after "trong" or "vào".
	reWithinPlan = regexp.MustCompile(`(?:^|\s)(?:trong|vào)\s+(?:các\s+)?(?:kế\s+hoạch|chương\s+trình)[^,.;:()]{0,60}$`)
	// reRatingCriteria: "bổ sung tiêu chí đánh giá thi đua, khen thưởng
	// hằng năm": the criteria of the yearly rating; the duty (add a
	// criterion) is done once.
	reRatingCriteria = regexp.MustCompile(`tiêu\s+chí[^,.;:()]{0,30}(?:thi\s+đua|khen\s+thưởng|xếp\s+loại)(?:\s*(?:,|và)\s*(?:thi\s+đua|khen\s+thưởng))?\s+$`)
	// reMidTerm: "trung hạn, hằng năm", "trung hạn và hằng năm" name two
	// kinds of plan or budget.
	// "(05 năm và hằng năm)" after a plan likewise: five-year and yearly plans.
	// "kế hoạch dài hạn, ngắn hạn, hàng năm" likewise lists kinds of plan.
	reMidTerm = regexp.MustCompile(`(?:trung\s+hạn|dài\s+hạn|ngắn\s+hạn|0?5\s+năm)\s*(?:,|và)\s*$`)
	// reRatingNoun: "hướng dẫn … thực hiện việc đánh giá, xếp loại chất
	// lượng cán bộ, công chức hằng năm": "việc" makes the yearly rating a
	// noun the duty is about.
	reRatingNoun = regexp.MustCompile(`việc\s+đánh\s+giá[^.;:()]{0,80}$`)
	// reRhythmNoun: what the cadence table's noun count shows a rhythm
	// qualifies most in real texts — annual crops ("đất trồng cây hằng
	// năm"), land rent paid yearly ("thuê đất trả tiền thuê đất hằng năm"),
	// a yearly average ("tăng bình quân hằng năm"), annual leave ("ngày nghỉ
	// hằng năm"), a monthly allowance, pension or income ("trợ cấp xã hội
	// hằng tháng", "lương hưu hằng tháng"): none times the duty.
	reRhythmNoun = regexp.MustCompile(`(?:^|\s)(?:cây|nghỉ|bình\s+quân|trung\s+bình|trả\s+tiền(?:\s+thuê(?:\s+đất)?)?|tiền\s+thuê(?:\s+đất)?|thuê\s+đất|` +
		`trợ\s+cấp(?:\s+xã\s+hội|\s+tuất)?|lương\s+hưu|phụ\s+cấp|thu\s+nhập(?:\s+thực\s+nhận)?|tiền\s+lương|tiền\s+thưởng)\s+$`)
	// reDrawsPlan: a duty to draw up the plans themselves ("lập kế hoạch
	// đầu tư trung hạn và hằng năm") falls due each year, as "xây dựng kế
	// hoạch … hàng năm và 5 năm" of the dev gold.
	reDrawsPlan = regexp.MustCompile(`(?:lập|xây\s+dựng)\s+(?:các\s+)?kế\s+hoạch[^,.;:()]{0,50}(?:trung\s+hạn|0?5\s+năm)\s*(?:,|và)\s*$`)
)

// annualNoun reports a "hằng năm" that qualifies the noun before it, before
// being the text just before it.
func annualNoun(before string) bool {
	if len(before) > 90 {
		before = before[len(before)-90:]
	}
	if reAnnualMoney.MatchString(before) || reRatingCriteria.MatchString(before) || reRatingNoun.MatchString(before) || reRhythmNoun.MatchString(before) || (reMidTerm.MatchString(before) && !reDrawsPlan.MatchString(before)) {
		return true
	}
	if !strings.Contains(before, "kế") && !strings.Contains(before, "chương") {
		return false
	}
	return reWithinPlan.MatchString(before)
}
