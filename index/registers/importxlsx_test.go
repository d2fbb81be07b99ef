package registers

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

func writeSheet(t *testing.T, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "so-den-2023.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestImportXLSX(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "vanthu.db"))
	r := New(st, "văn thư")
	path := writeSheet(t, [][]any{
		{"ỦY BAN NHÂN DÂN TỈNH KON TUM"},
		{"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2023"},
		{},
		{"Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung",
			"Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"},
		{1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
		{"03/01/2023", 1, "Sở Nội vụ", "12/SNV-VP", "30/12/2022", "Công văn về việc nghỉ Tết", "Văn phòng"},
		{time.Date(2023, 1, 4, 0, 0, 0, 0, time.UTC), "2", "UBND tỉnh", "5/UBND-KT", "2023-01-03", "Kế hoạch", "Phòng KT"},
		{"31/02/2023", 3, "Sở Y tế", "7/SYT", "", "ngày sai"},
		{"05/01/2023", "ba", "Sở Y tế", "8/SYT", "", "số sai"},
		{},
		{"06/01/2023", 1, "Bộ Công an", "9/BCA", "", "tài liệu", "", "", "", "Mật"},
		{"07/01/2023", 2, "Sở Tài chính", "10/STC", "", "trùng số 2 của năm"},
	})
	res, err := r.ImportXLSX(ctx, path, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Book != Incoming || res.HeaderRow != 4 || res.Imported != 3 {
		t.Fatalf("result %+v", res)
	}
	want := []string{
		"dòng 8, cột A (Ngày đến): «31/02/2023» không phải ngày (viết DD/MM/YYYY)",
		"dòng 9, cột B (Số đến): «ba» không có số thứ tự",
		"dòng 12, cột B (Số đến): số 2 năm 2023 đã có trong sổ văn bản đến",
	}
	if len(res.Problems) != len(want) {
		t.Fatalf("problems %v", res.Problems)
	}
	for i, w := range want {
		if got := res.Problems[i].String(); got != w {
			t.Errorf("problem %d: %q, want %q", i, got, w)
		}
	}
	list, _ := r.List(ctx, Incoming, 2023)
	if len(list) != 3 || list[0].Series != "" || list[0].Number != 1 || list[0].DocNumber != "12/SNV-VP" ||
		list[0].DocDate.String() != "2022-12-30" || list[1].EntryDate.String() != "2023-01-04" ||
		list[2].Series != SecretSeries || !strings.HasSuffix(list[0].Source, "dòng 6") {
		t.Fatalf("entries %+v", list)
	}
	// The numbering goes on after the imported past.
	if n, _ := r.NextNumber(ctx, Incoming, 2023, ""); n != 3 {
		t.Errorf("next number after import %d", n)
	}
	// A dry run changes nothing.
	again, err := r.ImportXLSX(ctx, path, ImportOptions{DryRun: true})
	if err != nil || again.Imported != 0 {
		t.Errorf("dry run: %+v %v", again, err)
	}

	// A mapping given by the clerk wins over the guess.
	m, err := ParseMapping("J=-, Tác giả=nguoi_nhan")
	if err != nil || m["J"] != "" || m["Tác giả"] != FieldRecipient {
		t.Errorf("mapping %v %v", m, err)
	}
	if _, err := ParseMapping("B=bogus"); err == nil || !strings.Contains(err.Error(), "không có trường") {
		t.Errorf("bad mapping: %v", err)
	}
}

func TestImportBadFiles(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "vanthu.db"))
	r := New(st, "x")
	notXLSX := filepath.Join(t.TempDir(), "so.xlsx")
	os.WriteFile(notXLSX, []byte("không phải excel"), 0o644)
	if _, err := r.ImportXLSX(ctx, notXLSX, ImportOptions{}); err == nil || !strings.Contains(err.Error(), "không đọc được tệp Excel") {
		t.Errorf("not an xlsx: %v", err)
	}
	noHeader := writeSheet(t, [][]any{{"a", "b"}, {1, 2}})
	if _, err := r.ImportXLSX(ctx, noHeader, ImportOptions{}); err == nil || !strings.Contains(err.Error(), "dòng tiêu đề") {
		t.Errorf("no header: %v", err)
	}
	noNumber := writeSheet(t, [][]any{{"Ngày đến", "Trích yếu", "Ghi chú"}, {"01/01/2023", "x", ""}})
	if _, err := r.ImportXLSX(ctx, noNumber, ImportOptions{}); err == nil || !strings.Contains(err.Error(), "Số đến") {
		t.Errorf("no number column: %v", err)
	}
}

func FuzzParseMappingAndDates(f *testing.F) {
	for _, s := range []string{"B=so_den,Ngày đến=ngay_den", "=", "A=-", "45000", "31/12/2023", "2023-01-01", "1e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseMapping(s)
		if d, err := excelDate(s); err == nil && !d.Valid() {
			t.Fatalf("excelDate(%q) = %v", s, d)
		}
		guessField(s)
		numbersRow([]string{s, s})
	})
}
