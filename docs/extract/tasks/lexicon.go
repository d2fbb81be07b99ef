package tasks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"vanthu/docs/vn"
)

// token is one word of a block.
type token struct {
	s, e  int    // offsets into block.text
	w     string // lower case, new-style tones ("uỷ" → "ủy")
	upper bool   // starts with a capital letter
	caps  bool   // written in capitals: an abbreviation such as UBND
}

func tokenize(text, key string) []token {
	const bytesPerWord = 5 // Vietnamese words are short; this spares regrowing
	out := make([]token, 0, len(text)/bytesPerWord+1)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		upper, caps, letters := unicode.IsUpper(r), true, 0
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					caps = false
				}
			}
			i += n
		}
		w := key[start:i]
		if oldTone(w) {
			w = vn.NewStyleTones(w)
		}
		out = append(out, token{start, i, w, upper, caps && letters >= 2})
	}
	return out
}

// oldTone reports a word ending in "oà", "oé", "uỷ" and the like, whose
// tone mark the old style puts on the last vowel.
func oldTone(w string) bool {
	r, n := utf8.DecodeLastRuneInString(w)
	if n >= len(w) || !strings.ContainsRune("àáảãạèéẻẽẹỳýỷỹỵ", r) {
		return false
	}
	b := w[len(w)-n-1]
	return b == 'o' || b == 'u'
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// lexicon finds multi-word phrases at a token, longest first.
type lexicon map[string][][]string

func newLexicon(phrases string) lexicon {
	lx := lexicon{}
	for _, p := range strings.Split(phrases, "|") {
		ws := strings.Fields(vn.NewStyleTones(strings.ToLower(p)))
		if len(ws) == 0 {
			continue
		}
		lx[ws[0]] = append(lx[ws[0]], ws)
	}
	for k, ps := range lx {
		for i := 1; i < len(ps); i++ { // longest first
			for j := i; j > 0 && len(ps[j]) > len(ps[j-1]); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		lx[k] = ps
	}
	return lx
}

// at returns how many tokens from toks[i] the longest phrase covers, 0 if
// none; the words of a phrase must be separated by spaces only.
func (lx lexicon) at(text string, toks []token, i int) int {
	if i < 0 || i >= len(toks) {
		return 0
	}
	for _, p := range lx[toks[i].w] {
		if i+len(p) > len(toks) {
			continue
		}
		ok := true
		for j := 1; j < len(p) && ok; j++ {
			t := toks[i+j]
			ok = t.w == p[j] && strings.TrimSpace(text[toks[i+j-1].e:t.s]) == ""
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// Words that start what a unit is asked to do. Matched in lower case only
// where the text writes them in lower case, so "Ban Quản lý", "Sở Xây dựng"
// stay names.
var verbs = newLexicon(`chủ trì|phối hợp|chỉ đạo|tổ chức|thực hiện|triển khai|nghiên cứu|tham mưu|
báo cáo|xây dựng|rà soát|kiểm tra|hướng dẫn|theo dõi|tổng hợp|đôn đốc|chủ động|tiếp tục|tăng cường|
đẩy mạnh|khẩn trương|quản lý|lập|gửi|có văn bản|có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|căn cứ|
ban hành|bố trí|đề xuất|cung cấp|thẩm định|phê duyệt|xem xét|giải quyết|tuyên truyền|phổ biến|
quán triệt|cập nhật|hoàn thành|hoàn thiện|sửa đổi|trình|thông báo|niêm yết|tiếp nhận|phát động|
vận động|sớm|làm đầu mối|là đầu mối|nghiêm túc|quan tâm|tập trung|thường xuyên|kịp thời|cử|tạo điều kiện|
đánh giá|giám sát|bảo đảm|đảm bảo|duy trì|củng cố|kiện toàn|phân bổ|cân đối|hỗ trợ|ưu tiên|
tích cực|chuẩn bị|soạn thảo|dự thảo|góp ý|cho ý kiến|tham gia|thống kê|điều tra|xử lý|khắc phục|
nâng cao|ứng dụng|số hóa|công khai|đăng tải|phát hành|mua sắm|đầu tư|nâng cấp|thành lập|
quyết định|tiến hành|thu thập|hoàn chỉnh|chấn chỉnh|thẩm tra|tập huấn|bồi dưỡng|đào tạo|
phát huy|hình thành|liên hệ|phản ánh|ngăn chặn|kết hợp|phân công|cần|phải|định kỳ|hằng|hàng|
mỗi|lựa chọn|chọn|tổ chức thực hiện|rà soát|bổ sung|điều chỉnh|theo dõi|tiếp thu|giải trình|
chi trả|thanh toán|quyết toán|lập dự toán|dự toán|thực thi|tăng|giảm|kiến nghị|nhắc nhở|
vận hành|phòng chống|ngăn ngừa|đề ra|hoàn tất|nộp|rút kinh nghiệm|sơ kết|tổng kết|nắm bắt|
làm việc|làm|thu hồi|sắp xếp|bàn giao|huy động|sửa chữa|khôi phục|di dời|có ý kiến|có báo cáo|đẩy nhanh|nỗ lực|ra mắt|dự kiến|phấn đấu|lồng ghép`)

// nounCompounds end in a word the verb list holds.
var nounCompounds = map[string]bool{"bầu cử": true, "ứng cử": true, "đề cử": true}

// Nouns the verb list also holds when a determiner stands before them:
// "các tổ chức", "những thực hiện".
var determiners = map[string]bool{"các": true, "những": true, "mọi": true, "từng": true, "của": true, "một": true, "việc": true, "được": true, "đã": true, "nhân": true, "cho": true}

// Heads of the names of public bodies and of their chiefs. A one-word head
// ("Sở", "Ban") needs a capitalised word after it ("Sở Nội vụ", not
// "Ban hành").
var (
	shortHeads = newLexicon(`sở|ban|bộ|cục|vụ|phòng|hội|đoàn|đài|báo|trường|viện|đội|tổ|trạm|chi cục|tổng cục|ủy ban|tòa án|văn phòng|trung tâm|bệnh viện|học viện|thanh tra|ngân hàng|tập đoàn|tổng công ty|công ty|chi nhánh|đảng ủy|đảng đoàn|ban cán sự|thành phố|tỉnh`)
	longHeads  = newLexicon(`cơ quan thanh tra|cơ quan điều tra|cơ quan chức năng|cơ quan chuyên môn|thanh tra tỉnh|thanh tra thành phố|thanh tra huyện|thanh tra sở|ubnd|hđnd|bhxh|kbnn|mttq|ubmttq|lđlđ|ủy ban nhân dân|hội đồng nhân dân|bảo hiểm xã hội|công an|kho bạc|liên đoàn|hội đồng|mặt trận|tỉnh đoàn|thành đoàn|huyện đoàn|tỉnh ủy|huyện ủy|thành ủy|thị ủy|cấp ủy|cảng vụ|viễn thông|bưu điện|giám đốc|phó giám đốc|thủ trưởng|chủ tịch|phó chủ tịch|trưởng ban|trưởng phòng|trưởng|chánh văn phòng|chánh thanh tra|chánh|cục trưởng|vụ trưởng|tổng giám đốc|bộ trưởng|thứ trưởng|bộ chỉ huy|bộ đội|lãnh đạo|hải quan|cục thuế|chi cục thuế|thường trực|ban quản lý|ban chỉ đạo|ban chỉ huy|ban thường vụ|ban tổ chức|ban điều hành|ban kiểm tra|ban biên tập|đoàn kiểm tra|đoàn thanh tra|đoàn công tác|tổ công tác|người đứng đầu|ủy ban mặt trận|các thành viên|thành viên|bí thư|chính quyền|đài truyền hình|đài phát thanh|đài phát thanh và truyền hình|đài phát thanh - truyền hình|đài tiếng nói|thông tấn xã|chủ đầu tư`)
	// After "các": "các sở, ban, ngành", "các cơ quan, đơn vị".
	pluralHeads = newLexicon(`sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|huyện|xã|phường|thị trấn|tỉnh|thành phố|phòng|cấp|trường|hội|đoàn thể|ủy ban|bộ phận|chi cục|trung tâm|thành viên|tổ chức chính trị|tổ chức đoàn thể|tổ chức hội|cơ sở giáo dục|doanh nghiệp nhà nước`)
	// Units that are not the document's addressees: legal duties of these
	// are restated rules, not tasks.
	thirdParty = newLexicon(`cơ sở|doanh nghiệp|người|cá nhân|công dân|hộ|nhà đầu tư|đối tượng|học sinh|sinh viên|bệnh nhân|nhân dân|tổ chức, cá nhân|tổ chức và cá nhân|tổ chức|chủ đầu tư|nhà thầu|người dân`)
	// Heads of bodies named after "các đồng chí".
	comradeHeads = newLexicon(`bộ trưởng|thủ trưởng|chủ tịch|giám đốc|tổng giám đốc|bí thư`)
	// "Giao X", "Đề nghị X", "Yêu cầu X".
	triggers = newLexicon(`giao|giao cho|đề nghị|yêu cầu|ủy quyền|ủy quyền cho|phân công|phân công cho|nhờ`)
)

// headAt reports whether a unit name starts at toks[i] and where its head
// ends.
func headAt(text string, toks []token, i int) (int, bool) {
	if i >= len(toks) {
		return 0, false
	}
	j := i
	// "Đ/c", "đồng chí"
	if toks[j].w == "đ" && j+1 < len(toks) && toks[j+1].w == "c" {
		j += 2
	} else if toks[j].w == "đồng" && j+1 < len(toks) && toks[j+1].w == "chí" {
		j += 2
	}
	if j >= len(toks) {
		return 0, false
	}
	if w := toks[j].w; w == "các" || w == "những" || w == "toàn" {
		k := j + 1
		if w == "toàn" && k < len(toks) && toks[k].w == "thể" {
			k++
		}
		// "Các đồng chí Bộ trưởng, Chủ tịch …": the heads of bodies a
		// higher body addresses; "các đồng chí Trưởng, Phó các phòng" of
		// the issuer's own staff closes a plan, it assigns nothing new.
		if k+2 < len(toks) && toks[k].w == "đồng" && toks[k+1].w == "chí" && toks[k+2].upper && comradeHeads.at(text, toks, k+2) > 0 {
			k += 2
		}
		if n := thirdParty.at(text, toks, k); n > 0 && pluralHeads.at(text, toks, k) < n {
			return 0, false
		}
		if n := pluralHeads.at(text, toks, k); n > 0 {
			return k + n, true
		}
		if n := longHeads.at(text, toks, k); n > 0 {
			return k + n, true
		}
		if n := shortHeads.at(text, toks, k); n > 0 {
			return k + n, true
		}
		return 0, false
	}
	if !toks[j].upper {
		return 0, false
	}
	if n := fundHeads.at(text, toks, j); n > 0 {
		return j + n, true // funds.go
	}
	if n := longHeads.at(text, toks, j); n > 0 {
		return j + n, true
	}
	if n := shortHeads.at(text, toks, j); n > 0 {
		k := j + n
		if k < len(toks) && strings.TrimSpace(text[toks[k-1].e:toks[k].s]) == "" {
			if toks[k].upper || toks[k].caps || lowerNamed(text, toks, j, k) || managesSector(text, toks, k) {
				return k, true
			}
		}
	}
	return 0, false
}

// Committees, associations and delegations often go on in lower case after
// their head: "Ban vì sự tiến bộ phụ nữ tỉnh", "Ban chỉ đạo cải cách hành
// chính tỉnh", "Hội nông dân tỉnh", "Đoàn thanh niên", "Ủy ban an toàn giao
// thông". Common words that these heads also begin are not names.
var (
	lowerNameHeads = newLexicon(`ban|hội|đoàn|ủy ban`)
	notBodyWords   = newLexicon(`thẩm|hành|đầu|ngày|đêm|nãy|bố|phát|thưởng|nghị|thảo|thi|diễn|chợ|họp|trại|viên|ý|tụ|nhập|đủ|kết|tàu|xe|ra|vào|và|có|đã|được|là|này|đó|sẽ|với|của|cho|theo|tại|trong|về`)
)

// lowerNamed reports a body whose name goes on in lower case from toks[k]
// after the head toks[j:k].
func lowerNamed(text string, toks []token, j, k int) bool {
	if lowerNameHeads.at(text, toks, j) != k-j || notBodyWords.at(text, toks, k) > 0 {
		return false
	}
	// "Ban chủ trì ...": a verb after the head makes it no name, unless
	// the name is a known committee ("Ban chỉ đạo", "Ban tổ chức").
	return verbAt(text, toks, k, true) == 0
}

// verbAt reports a verb at toks[i] that starts an action: written in lower
// case (or anywhere when anyCase), not preceded by a determiner that makes
// it a noun ("các tổ chức").
func verbAt(text string, toks []token, i int, anyCase bool) int {
	n := verbs.at(text, toks, i)
	if n == 0 {
		return 0
	}
	if !anyCase && toks[i].upper {
		return 0
	}
	if i > 0 && determiners[toks[i-1].w] && strings.TrimSpace(text[toks[i-1].e:toks[i].s]) == "" {
		return 0
	}
	// "Ủy ban bầu cử": the verb closes a compound noun; "ban quản lý
	// rừng", "ban chỉ đạo": a committee named in lower case in a list.
	if i > 0 && (nounCompounds[toks[i-1].w+" "+toks[i].w] || toks[i-1].w == "ban") {
		return 0
	}
	// "tổ chức có liên quan", "tổ chức, cá nhân": nouns.
	// The word after "tổ chức" tells, not the one after a longer match:
	// "tổ chức thực hiện, báo cáo …" is a verb.
	if toks[i].w == "tổ" && i+2 < len(toks) && toks[i+1].w == "chức" {
		const m = 2
		after := strings.TrimSpace(text[toks[i+m-1].e:toks[i+m].s])
		if after == "," || toks[i+m].w == "có" || toks[i+m].w == "liên" || toks[i+m].w == "và" {
			return 0
		}
	}
	// "Quyết định số 416/QĐ-TTg", "Kế hoạch số ...": a document, not a verb.
	if i+n < len(toks) && toks[i+n].w == "số" && numberFollows(text[toks[i+n].e:]) {
		return 0
	}
	switch toks[i].w {
	case "hằng", "hàng", "mỗi":
		if i+1 >= len(toks) {
			return 0
		}
		if w := toks[i+1].w; w != "tháng" && w != "quý" && w != "năm" && w != "tuần" {
			return 0
		}
	}
	return n
}

// numberFollows reports a document number after "số": "416/QĐ-TTg",
// "/KH-UBND" with the number left blank; "số liệu", "số lượng" are words.
func numberFollows(s string) bool {
	s = strings.TrimLeft(s, " :")
	return s != "" && (s[0] >= '0' && s[0] <= '9' || s[0] == '/')
}

// fillers are words that say only "do it": an obligation made of nothing
// else ("nghiêm túc triển khai thực hiện") closes a letter, it is no task.
var fillers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`nghiêm túc khẩn trương triển khai tổ chức thực hiện có hiệu quả đúng
		theo quy định nội dung công văn văn bản quyết định kế hoạch chỉ thị thông báo này các tốt kịp thời và
		chỉ đạo trên đây nêu biết phối hợp cùng đơn vị địa phương cơ quan liên quan với của sự để
		đảm bảo bảo đảm yêu cầu tinh thần nghiêm chủ động triệt để đầy đủ`) {
		fillers[vn.NewStyleTones(w)] = true
	}
}
