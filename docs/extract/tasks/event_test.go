package tasks

import (
	"testing"

	"vanthu/docs/vndate"
)

var doc2017 = Context{DocDate: vndate.Date{Year: 2017, Month: 10, Day: 17}}

// Invitations and training letters: the addressees, the attendees and the
// event's time, place and duration are no tasks and time none; the duty is
// the list of delegates to send, with its own deadline.
func TestInvitationShapes(t *testing.T) {
	const header = "SỞ Y TẾ\nSố: 1987/SYT-NVY\nV/v tập huấn\nKính gửi:\n"
	cases := []struct {
		name, text string
		want       []shape
	}{
		{"Kính gửi under a header the copy ran on into: addressees are no tasks",
			header + "- Giám đốc các bệnh viện đa khoa công lập và ngoài công lập trong tỉnh;\n- Giám đốc Trung tâm Y tế có giường bệnh.\n" +
				"Giám đốc Sở Y tế đề nghị thủ trưởng các đơn vị cử cán bộ tham dự tập huấn.\n",
			[]shape{{who: "Giám đốc Sở Y tế đề nghị thủ trưởng các đơn vị", deadline: ""}}},
		{"a bare Thời gian after a list is the event's, no deadline of the item above",
			"Đối tượng tham dự:\n- Sở Y tế: Đại diện lãnh đạo Sở, Phòng Nghiệp vụ Y;\n- Bệnh viện, trung tâm y tế: Lãnh đạo bệnh viện, Phòng kế hoạch tổng hợp, Khoa nhi, Khoa nhiễm, Khoa hồi sức cấp cứu và Hồi sức tích cực.\n" +
				"Thời gian: 02 ngày (19 – 20/10/2017), khai mạc 08h30 (thứ năm).\nĐịa điểm: Hội trường Khách sạn Fortuneland Cần Thơ.\n",
			nil},
		{"a sentence after the list is its own duty, not the item's continuation",
			"Sở Y tế đề nghị các bệnh viện cử cán bộ tham dự lớp tập huấn.\nThành phần:\n- Lãnh đạo bệnh viện;\n- Khoa nhi, Khoa nhiễm.\n" +
				"Thời gian: 02 ngày, khai mạc 08h30 ngày 19/10/2017.\nĐịa điểm: Hội trường Sở Y tế.\n" +
				"Danh sách cử cán bộ tham dự gửi về Phòng Nghiệp vụ Y chậm nhất ngày 18/10/2017.\n",
			[]shape{{who: "các bệnh viện", deadline: "2017-10-18"}}},
		{"a bare Thời gian beside Địa điểm after a dash item is the event's",
			"1. Các phòng, ban chuẩn bị báo cáo tham luận.\n- Phòng Tổ chức chuẩn bị hội trường.\nThời gian: ngày 25/10/2017.\nĐịa điểm: Hội trường UBND huyện.\n",
			[]shape{{deadline: ""}, {who: "Phòng Tổ chức", deadline: ""}}},
		{"a plan item's Thời gian thực hiện still times it",
			"1. Rà soát danh mục thủ tục hành chính.\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời gian thực hiện: trước ngày 30/11/2017.\n",
			[]shape{{who: "Sở Tư pháp", deadline: "2017-11-30"}}},
		{"a bare Thời gian with a time limit is no event",
			"2. Sở Tài chính thẩm định dự toán kinh phí.\nThời gian: chậm nhất ngày 15/11/2017.\n",
			[]shape{{who: "Sở Tài chính", deadline: "2017-11-15"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkShapes(t, c.text, doc2017, c.want) })
	}
}

func TestEventLine(t *testing.T) {
	cases := []struct {
		line string
		near []string
		want bool
	}{
		{"thời gian: 02 ngày (19 – 20/10/2017), khai mạc 08h30 (thứ năm).", nil, true},
		{"- thời gian: 14 giờ 00, ngày 20/10/2017.", nil, true},
		{"thời gian: ngày 25/10/2017.", []string{"địa điểm: hội trường ubnd huyện."}, true},
		{"thời gian: ngày 25/10/2017.", []string{"- cơ quan chủ trì: sở tư pháp."}, false},
		{"thời gian thực hiện: quý iv/2017.", []string{"địa điểm: hội trường."}, false},
		{"thời gian: chậm nhất 05 ngày kể từ ngày nhận được văn bản.", []string{"địa điểm: hội trường."}, false},
		{"địa điểm: hội trường ubnd tỉnh.", nil, true},
		{"3. thành phần: lãnh đạo các sở, ngành.", nil, true},
		{"thành phần hồ sơ gồm:", nil, false},
		{"đối tượng tham dự:", nil, true},
		{"sở y tế báo cáo kết quả trước ngày 20/10/2017.", nil, false},
	}
	for _, c := range cases {
		if got := eventLine(c.line, func() []string { return c.near }); got != c.want {
			t.Errorf("eventLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func FuzzEventLine(f *testing.F) {
	f.Add("Thời gian: 02 ngày (19 – 20/10/2017), khai mạc 08h30 (thứ năm).", "Địa điểm: Hội trường")
	f.Add("- Thành phần:", "")
	f.Add("Thời gian:", "\xff")
	f.Fuzz(func(t *testing.T, line, near string) {
		around := func() []string { return []string{lower(near)} }
		if eventLine(lower(line), around) != eventLine(lower(line), around) {
			t.Fatal("eventLine is not deterministic")
		}
		attendeesHead(line)
		opensSentence(line)
		endsListItem(&block{kind: kindDash, text: near}, line, around)
	})
}
