package tasks

import (
	"os"
	"testing"
	"unicode/utf8"

	"vanthu/docs/vndate"
)

const seedLetter = "testdata/cv-ubnd-kontum-cchc-2021.txt"

func FuzzFind(f *testing.F) {
	if b, err := os.ReadFile(seedLetter); err == nil {
		f.Add(string(b))
	}
	f.Add("a) Sở Nội vụ có trách nhiệm:\n- Báo cáo trước ngày 15/11.\n")
	f.Add("Nội dung | Cơ quan chủ trì | Thời gian\nRà soát | Sở Y tế | Quý II/2021\n")
	f.Add("d) Các đơn vị(3): xây\n" + "                              \n3 Sở Y tế. \n dựng kế hoạch\n(3) x")
	f.Add("1.\n2.\n- \n|\n| --- |\n(1)\n[1] x [2]")
	// Shapes of tuning round 5: (ii) labels, a lead with its own deadline,
	// a product line under a title with fields, a second timed sentence.
	f.Add("b) đề nghị:\n(ii) Chủ đầu tư, trong phạm vi, hoàn thành trong năm 2027.\n(iii)\n")
	f.Add("b) Các Bộ: Tài chính khắc phục, hoàn thành trong tháng 11 năm 2025, cụ thể:\n(1) Bộ Y tế x.\n")
	f.Add("5. Xây dựng Nghị định\n- Nghị định x\n+ Nội dung: y\n+ Cơ quan chủ trì: Bộ Công an.\n+ Thời hạn ban hành: trước ngày 01/01/2026.\n")
	f.Add("1. Sở Nội vụ rà soát. Định kỳ báo cáo hằng năm (trước ngày 15 tháng 11. Báo cáo trước ngày 20 hằng tháng.")
	// Round 8's shapes, cut short: a bracketed spelled number, a rhythm
	// with no comma before its subject, a heading restated, an urging lead.
	f.Add("Định kỳ 06 (sáu\nHàng năm Ủy\nĐiều 1. Trách nhiệm của Trách nhiệm của (:\nđ) X khuyến khích học sinh thực hiện:\n- Hằng năm")
	// Shapes of tuning round 7: cadence lists, "của tháng tiếp theo", a
	// broken article label, "định kỳ (trước ngày …)".
	f.Add("d) Định kỳ 6 tháng (gửi trước ngày 15/6) và hằng năm (gửi trước ngày 15/11), gửi báo cáo.\n7. Sở Y tế báo cáo định kỳ (trước ngày 15 tháng 12), tháng (trước ngày\n")
	f.Add("c) Thời hạn gửi báo cáo: Các cơ quan gửi trước ngày 01 của tháng tiếp theo đối với báo cáo tháng và trước ngày 03 của tháng sau\nĐiều\n15. Trách nhiệm\n1. Sở quản lý ngành.\na) x")
	// The body's first line after the Kính gửi line or a title (round 7,
	// positions), whole or broken.
	f.Add("Kính gửi: Các sở, ban, ngành\nSở Nội vụ tổng hợp kết quả, báo cáo\nSở Tài chính trước ngày 20.\nKẾ HOẠCH\nGiao\nCác sở, x y z w v")
	// Tables numbered by section (round 8): a part letter, "1.1" rows with
	// no row 1, a header without a number column, a row cut short.
	f.Add("STT\nNhiệm vụ\nĐơn vị thực hiện\nĐơn vị phối hợp\nThời gian\nA\nNHIỆM VỤ\nI\nThể chế\n1.1\nRà soát\nSở Tư pháp\n2026\n2.1\n")
	f.Add("II\nY tế\nNội dung\nĐơn vị thực hiện\nĐơn vị phối hợp\nThời gian thực hiện\n0.1\n2.1\nB\n99.1 X\n")
	// Ninth round: the issuer's lead over its plan, a unit named before a
	// colon, shapes cut short.
	f.Add("UBND tỉnh ban hành Kế hoạch x, cụ thể như sau:\nI. X\n- Hằng năm tổ chức y.\nĐối với ngành Y tế: gửi hồ sơ trước ngày 10/7 hằng năm.\nĐối với Sở:\nĐối với ngành\nĐối với các sở, ngành: ")
	f.Add("Điều 5. X\n2. Cơ quan quản lý cấp trên có trách nhiệm phê duyệt y.\n3. Việc phê duyệt phải được hoàn thành hằng năm.\nViệc\nViệc phê\n4. Cơ quan có trách nhiệm\nĐơn vị a b c d e f g h i j có trách nhiệm x")
	// Cadence forms (ninth round): rhythms that open a sentence, cut short,
	// a list of periods, a due day after its rhythm, a meeting rhythm.
	f.Add("Mỗi 2\nVào ngày 15 hằng\nHằng quý, 06 tháng,\nHằng năm, vào, Sở\nĐịnh kỳ hằng tháng, quý, năm\nBan Chỉ đạo họp mỗi\n03 tháng/\ntuần một")
	f.Fuzz(func(t *testing.T, text string) {
		for _, task := range Find(text, Context{DocDate: vndate.Date{Year: 2021, Month: 2, Day: 28}}) {
			if task.Start < 0 || task.Start > task.End || task.End > len(text) {
				t.Fatalf("offsets %d:%d out of %d", task.Start, task.End, len(text))
			}
			if text[task.Start:task.End] != task.Quote {
				t.Fatalf("quote is not text[%d:%d]", task.Start, task.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(task.Assignee) {
				t.Fatalf("assignee %q is not UTF-8", task.Assignee)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile(seedLetter)
	if err != nil {
		b.Skip(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, Context{})
	}
}
