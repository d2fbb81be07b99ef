package tasks

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Invitations and calls to a training or a conference (giấy mời, triệu
// tập, tập huấn, hội nghị) describe the event in a block of fields:
// "Thời gian: 02 ngày (19 – 20/10/2017), khai mạc 08h30 (thứ năm).",
// "Địa điểm: Hội trường …", "Thành phần: …". The time there is when the
// event takes place, no deadline (../shared/eval/README.md), and the block
// belongs to no list item before it: it is no "Thời gian thực hiện" field
// of a plan item.

var (
	// eventFieldRe opens a line that describes an event. "Thời gian" alone:
	// "Thời gian thực hiện/hoàn thành/báo cáo" are a plan item's fields.
	eventFieldRe = regexp.MustCompile(`^(?:[-–—+*•]\s*)?(?:\d{1,2}\s*[.)]\s*|[a-zđ]\)\s*)?(?:(thời\s+gian)|địa\s+điểm|thành\s+phần(?:\s+(?:tham\s+dự|tham\s+gia|mời|dự))?|đối\s+tượng(?:\s+(?:tham\s+dự|tham\s+gia|được\s+mời))?|khai\s+mạc)\s*(?:[,:]|và\s)`)
	// eventSigns in the value of "Thời gian:" tell an event's time from a
	// plan item's: a duration, an opening, a time of day, a day of the week.
	eventSigns = regexp.MustCompile(`\d+\s*(?:ngày|buổi)\b|khai\s+mạc|bế\s+mạc|\b\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\b|\d{1,2}:\d{2}|\bthứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)\b|chủ\s+nhật|\b(?:sáng|chiều|tối)\s+(?:ngày|thứ|\d)`)
	// dueSigns in the value make it a time limit after all: "Thời gian:
	// chậm nhất 05 ngày kể từ …".
	dueSigns = regexp.MustCompile(`chậm\s+nhất|trước|kể\s+từ|hoàn\s+thành|thời\s+hạn|hạn\s+chót`)
)

// eventLine reports a line that is a field of an event's description; near
// gives the lower-cased lines around it, which decide for a bare
// "Thời gian:" whose value shows no sign of an event by itself (asked for
// only then: most lines are no field at all).
func eventLine(key string, near func() []string) bool {
	key = strings.TrimSpace(key)
	m := eventFieldRe.FindStringSubmatchIndex(key)
	if m == nil {
		return false
	}
	if m[2] < 0 {
		return true // "Địa điểm:", "Thành phần:", "Đối tượng tham dự:"
	}
	if dueSigns.MatchString(key[m[1]:]) {
		return false
	}
	if eventSigns.MatchString(key[m[1]:]) {
		return true
	}
	for _, n := range near() {
		if nm := eventFieldRe.FindStringSubmatchIndex(strings.TrimSpace(n)); nm != nil && nm[2] < 0 {
			return true
		}
	}
	return false
}

// nearSpans returns the lower-cased lines within reach of spans[i].
func nearSpans(text string, spans []span, i int) []string {
	const reach = 3
	var out []string
	for j := max(0, i-reach); j < len(spans) && j <= i+reach; j++ {
		if j != i {
			out = append(out, lower(text[spans[j].start:spans[j].end]))
		}
	}
	return out
}

// nearBlocks returns the keys of the blocks within reach of blocks[i].
func nearBlocks(blocks []*block, i int) []string {
	const reach = 2
	var out []string
	for j := max(0, i-reach); j < len(blocks) && j <= i+reach; j++ {
		if j != i {
			out = append(out, blocks[j].key)
		}
	}
	return out
}

// endsListItem reports a paragraph that does not belong to the list item
// before it: the item closed its sentence with "." or ";", and the
// paragraph opens with a capital and describes an event or is a sentence
// of its own ("Danh sách cử cán bộ … gửi về … chậm nhất ngày 18/10/2017.").
func endsListItem(prev *block, line string, near func() []string) bool {
	if prev == nil || !bullet(prev.kind) {
		return false
	}
	p := strings.TrimRight(prev.text, " ")
	if p == "" || (p[len(p)-1] != '.' && p[len(p)-1] != ';') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) {
		return false
	}
	key := lower(line)
	if eventLine(key, near) {
		return true
	}
	return ownSentence(key)
}

// ownSentence reports a line that is a whole sentence and no field of a
// plan item: it ends with a full stop and holds no "name:" field.
func ownSentence(key string) bool {
	k := strings.TrimRight(key, " ")
	if !strings.HasSuffix(k, ".") {
		return false
	}
	return len(fieldMatches(k)) == 0 && !strings.Contains(k, ":")
}

// eventBlock reports a block of an event's description.
func eventBlock(blocks []*block, i int) bool {
	b := blocks[i]
	return b.kind != kindRow && eventLine(b.key, func() []string { return nearBlocks(blocks, i) })
}

// opensSentence reports a line that starts a sentence of its own, not the
// rest of an addressee's name broken over lines.
func opensSentence(line string) bool {
	const nameLine = 60
	r, _ := utf8.DecodeRuneInString(line)
	return unicode.IsUpper(r) && len(line) > nameLine
}

// attendeesHead reports the heading of an event's list of attendees
// ("Thành phần:", "Đối tượng tham dự:"): the items under it name who
// attends, as the Kính gửi list names who receives; neither are tasks.
func attendeesHead(line string) bool {
	key := strings.TrimSpace(lower(line))
	m := eventFieldRe.FindStringSubmatchIndex(key)
	return m != nil && m[2] < 0 && strings.HasSuffix(key, ":") && !strings.HasPrefix(key[m[0]:], "địa")
}
