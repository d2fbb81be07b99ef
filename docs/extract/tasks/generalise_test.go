package tasks

import (
	"strings"
	"testing"

	"vanthu/docs/vndate"
)

// Each case holds one rule found on the held-out documents, in the shape
// real documents give it.
func TestGeneralRules(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"unit named alone heads the dashes under it", `III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở
- Bố trí phòng họp cho buổi khai mạc chương trình tập huấn.
- Cử cán bộ văn thư tham gia đào tạo sử dụng phần mềm.
`, []got{{who: "Văn phòng Sở", quote: "Bố trí phòng họp"}, {who: "Văn phòng Sở", quote: "Cử cán bộ văn thư"}}},
		{"unit name runs on into a capitalised verb line", `III. TỔ CHỨC THỰC HIỆN
1. Phòng Công nghệ thông tin
Chủ trì phối hợp với các đơn vị liên quan triển khai thực hiện kế hoạch, cụ thể:
- Chuẩn bị giấy mời cho hội nghị tập huấn.
`, []got{{who: "Phòng Công nghệ thông tin", quote: "Chuẩn bị giấy mời"}}},
		{"Điều heading names whose duties follow", `Điều 5. Trách nhiệm của Chủ tịch Ủy ban nhân dân cấp tỉnh
1. Ban hành quyết định về thực hiện cơ chế một cửa tại địa phương.
2. Định kỳ 6 tháng, hàng năm kiểm tra việc thực hiện cơ chế một cửa thuộc phạm vi quản lý.
`, []got{{who: "Chủ tịch Ủy ban nhân dân cấp tỉnh", quote: "Ban hành quyết định"},
			{who: "Chủ tịch Ủy ban nhân dân cấp tỉnh", rec: "semiannual", quote: "Định kỳ 6 tháng"}}},
		{"once a year written as 01 lần/01 năm", `Điều 11. Ủy ban nhân dân quận, huyện, thị xã
1. Kiểm tra việc thực hiện Quy định này đối với các đại lý Internet ít nhất 01 lần/01 năm.
`, []got{{who: "Ủy ban nhân dân quận, huyện, thị xã", rec: "yearly", quote: "Kiểm tra"}}},
		{"vào năm dates an event, it sets no deadline", "Sở Kế hoạch và Đầu tư tổ chức sơ kết hằng năm, sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010.\n",
			[]got{{who: "Sở Kế hoạch và Đầu tư", rec: "yearly", quote: "sơ kết hằng năm"}}},
		{"a later sentence about the report gives the deadline", `Để có cơ sở đánh giá, Ủy ban Dân tộc đề nghị UBND các tỉnh xây dựng báo cáo sơ kết Đề án.

(Có đề cương chi tiết gửi kèm)

Báo cáo sơ kết gửi về Ủy ban Dân tộc trước ngày 15 tháng 5 năm 2021 để tổng hợp.
`, []got{{who: "UBND các tỉnh", deadline: "2021-05-15", quote: "trước ngày 15 tháng 5 năm 2021"}}},
		{"what was done is no task", "Căn cứ Quyết định số 1898/QĐ-TTg, Ủy ban Dân tộc và các bộ, ngành đã tổ chức triển khai Đề án trong thời gian qua.\n", nil},
		{"names inside parentheses explain, they are not asked", "- Thành phần: cán bộ các phòng (các phòng ban cử 01 lãnh đạo; Trung tâm CNTT Tây Bắc: lãnh đạo trung tâm cử 01 chuyên viên).\n", nil},
	}
	ctx := Context{DocDate: vndate.Date{Year: 2021, Month: 4, Day: 23}}
	runRules(t, cases, ctx)
}

// ruleGot is a task a rule case wants; quote is a part of the found quote.
type ruleGot struct{ who, deadline, rec, quote string }

// ruleCase is a text and the tasks Find must give for it, in order.
type ruleCase struct {
	name, text string
	want       []ruleGot
}

func runRules(t *testing.T, cases []ruleCase, ctx Context) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := Find(c.text, ctx)
			if len(found) != len(c.want) {
				t.Fatalf("found %d tasks, want %d: %+v", len(found), len(c.want), found)
			}
			for i, w := range c.want {
				f := found[i]
				if f.Assignee != w.who || f.Deadline.String() != w.deadline || f.Recurrence != w.rec || !strings.Contains(f.Quote, w.quote) {
					t.Errorf("task %d: got %q %q %q %q, want %+v", i, f.Assignee, f.Deadline.String(), f.Recurrence, f.Quote, w)
				}
			}
		})
	}
}
