package tasks

import (
	"fmt"
	"testing"

	"vanthu/docs/vndate"
)

// The ninth round's rules (tuning/survey9: a survey of 57 documents whose
// time-bearing sentences were judged by hand). Each row failed on the code
// before its rule.
func TestSurvey9Rules(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"a plan table's time cell that is a span of years is due at the end of its last year", `STT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Sản phẩm
Thời gian triển khai
1
Chuẩn hóa các danh mục dữ liệu, biểu mẫu kết cấu hạ tầng
Bộ Xây dựng
Bộ Khoa học và Công nghệ
Các danh mục được chuẩn hóa
2026
2
Xây dựng, hoàn thiện hệ thống quản lý, điều hành tập trung
Bộ Xây dựng
Các bộ, ngành liên quan
Hệ thống thông tin tập trung
2026-2027
3
Liên kết với các viện nghiên cứu để đào tạo chuyên gia
Bộ Xây dựng
Các bộ, ngành liên quan
Khóa đào tạo được tổ chức
2026–2028
4
Tăng cường hợp tác quốc tế trong lĩnh vực kết cấu hạ tầng
Bộ Xây dựng
Các bộ, ngành liên quan
Đẩy mạnh hợp tác quốc tế
2026 - 2030
`, []got{{who: "Bộ Xây dựng", deadline: "2026-12-31", quote: "Chuẩn hóa"},
			{who: "Bộ Xây dựng", deadline: "2027-12-31", quote: "hoàn thiện hệ thống"},
			{who: "Bộ Xây dựng", deadline: "2028-12-31", quote: "Liên kết"},
			{who: "Bộ Xây dựng", deadline: "", quote: "hợp tác quốc tế"}}},
		{"a monthly allowance is no rhythm of the duty that pays it",
			"Bộ Nội vụ chịu trách nhiệm chỉ đạo tiếp nhận, quản lý và chi trả chế độ trợ cấp hàng tháng đối với đối tượng theo quy định.",
			[]got{{who: "Bộ Nội vụ", quote: "chi trả chế độ trợ cấp"}}},
		{"a yearly budget for spending is no rhythm of the duty that funds beyond it",
			"Sở Tài chính quyết định cấp kinh phí từ nguồn ngân sách địa phương để xử lý các nhu cầu kinh phí cho chữa cháy rừng ngoài dự toán chi hàng năm đã được phê duyệt.",
			[]got{{who: "Sở Tài chính", quote: "ngoài dự toán chi"}}},
		{"a pension paid monthly, and a salary, likewise",
			"Bảo hiểm xã hội tỉnh có trách nhiệm chi trả lương hưu hằng tháng cho người nghỉ hưu đúng quy định.",
			[]got{{who: "Bảo hiểm xã hội tỉnh", quote: "lương hưu"}}},
		{"must not fire: a report on the allowance sent each month keeps its rhythm",
			"Ủy ban nhân dân cấp xã báo cáo kết quả chi trả trợ cấp về Sở Nội vụ hằng tháng.",
			[]got{{who: "Ủy ban nhân dân cấp xã", rec: "monthly", quote: "báo cáo kết quả chi trả"}}},
		{"must not fire: a rhythm that opens the sentence before the payment",
			"Hằng tháng, Bảo hiểm xã hội tỉnh tổng hợp danh sách chi trả trợ cấp, gửi Sở Nội vụ.",
			[]got{{who: "Bảo hiểm xã hội tỉnh", rec: "monthly", quote: "tổng hợp danh sách"}}},
		{"the closing line of an advisory reply asks nothing of anyone",
			"Đề nghị Sở Tài chính rà soát hồ sơ, xử lý theo quy định. Cục Thuế trả lời để Sở Tài chính biết và căn cứ hồ sơ, tình hình thực tế để thực hiện./.",
			[]got{{who: "Sở Tài chính", quote: "rà soát hồ sơ"}}},
		{"an opinion given for the addressee to know, and thanks, likewise",
			"Cục Thuế có ý kiến để Thuế thành phố Hà Nội được biết./.\nBộ Nông nghiệp và Môi trường trân trọng cảm ơn và rất mong tiếp tục nhận được sự quan tâm của cử tri.",
			nil},
		{"must not fire: a duty to answer voters so that they know",
			"Các sở, ban, ngành có văn bản giải trình, trả lời để cử tri biết trước ngày 15/12/2025.",
			[]got{{who: "Các sở, ban, ngành", deadline: "2025-12-15", quote: "trả lời để cử tri biết"}}},
		{"must not fire: a body that must reply so that the party knows why",
			"Ủy ban nhân dân cấp tỉnh phải có văn bản trả lời để đương sự biết rõ lý do trong tháng 12/2025.",
			[]got{{who: "Ủy ban nhân dân cấp tỉnh", deadline: "2025-12-31", quote: "trả lời để đương sự"}}},
		{"must not fire: a request for an opinion",
			"Đề nghị Sở Tài chính có ý kiến bằng văn bản gửi Sở Nội vụ trước ngày 15/12/2025.",
			[]got{{who: "Sở Tài chính", deadline: "2025-12-15", quote: "có ý kiến bằng văn bản"}}},
	}
	runRules(t, cases, Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}})
}

func TestYearCell(t *testing.T) {
	cases := []struct{ cell, want string }{
		{"2026", "năm 2026"},
		{"2026-2027", "năm 2026 - 2027"},
		{"2026–2028", "năm 2026 - 2028"},
		{"2026 - 2030", ""}, // a planning period spans the plan: no deadline
		{"2025 - 2035", ""},
		{"2030-2026", ""},             // runs backwards: no time
		{"15-2026", ""},               // no year before the dash
		{"2026/2027", ""},             // a school year is another form
		{"giai đoạn 2026 - 2030", ""}, // the span opener's own rule reads it
		{"2026-2027-2028", ""},
		{"", ""},
	}
	for _, c := range cases {
		got, ok := yearCell(c.cell)
		if ok != (c.want != "") || got != c.want {
			t.Errorf("yearCell(%q) = %q, %v; want %q", c.cell, got, ok, c.want)
		}
	}
}

// FuzzYearCell: any cell text, no panic; a cell read as a span is two
// ordered years at most three calendar years apart.
func FuzzYearCell(f *testing.F) {
	for _, s := range []string{"2026", "2026-2027", "2026 - 2030", "2026–2028", "2030-2026", "20261-2027", "năm 2026", "2026-\u00a02027"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, cell string) {
		got, ok := yearCell(cell)
		if !ok {
			if got != "" {
				t.Fatalf("yearCell(%q) refused but gave %q", cell, got)
			}
			return
		}
		var a, b int
		switch n, _ := fmt.Sscanf(got, "năm %d - %d", &a, &b); n {
		case 1:
		case 2:
			if b < a || b-a+1 > maxStepYears {
				t.Fatalf("yearCell(%q) = %q: not a short ordered span", cell, got)
			}
		default:
			t.Fatalf("yearCell(%q) = %q", cell, got)
		}
	})
}
