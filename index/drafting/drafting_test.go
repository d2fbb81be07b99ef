package drafting

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanthu/docs/draft/check"
	"vanthu/docs/draft/prefill"
	"vanthu/index/library"
	"vanthu/index/settings"
	"vanthu/index/store"
)

const (
	oldDecision = `ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 15/QĐ-UBND
Kon Tum, ngày 05 tháng 01 năm 2020
QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
`
	newDecision = `ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 120/QĐ-UBND
Kon Tum, ngày 10 tháng 3 năm 2021
QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc (sửa đổi)
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 15/QĐ-UBND ngày 05 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh.
`
	letter = `SỞ Y TẾ
Số: 20/SYT-VP
Kon Tum, ngày 05 tháng 4 năm 2021
V/v đôn đốc
Kính gửi: Các phòng.
Sở Y tế đề nghị các phòng Sở thực hiện Kế hoạch số 30/KH-SYT ngày 01 tháng 3 năm 2021; thực hiện Quyết định số 120/QĐ-UBND ngày 10 tháng 3 năm 2021./.
Giao Văn phòng Sở báo cáo kết quả về Sở Nội vụ trước ngày 30/4/2021.
`
)

func TestLibrary(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src := t.TempDir()
	for name, text := range map[string]string{"qd-15.txt": oldDecision, "qd-120.txt": newDecision, "cv-20.txt": letter} {
		os.WriteFile(filepath.Join(src, name), []byte(text), 0o644)
	}
	lib, err := library.Open(ctx, dir, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if _, err := lib.Import(ctx, []string{src}, library.ImportOptions{}); err != nil {
		t.Fatal(err)
	}

	var sup check.Lookup = Superseded{Lib: lib}
	by, ok, err := sup.Superseded(ctx, "15/QĐ-UBND")
	if err != nil || !ok || !strings.Contains(by, "120/QĐ-UBND") {
		t.Errorf("15/QĐ-UBND: %q %v %v, want replaced by 120/QĐ-UBND", by, ok, err)
	}
	for _, n := range []string{"120/QĐ-UBND", "30/KH-SYT", "999/QĐ-UBND"} {
		if by, ok, err := sup.Superseded(ctx, n); ok || err != nil {
			t.Errorf("%s: %q %v %v, want not replaced", n, by, ok, err)
		}
	}

	s := settings.Defaults()
	s.Unit, s.UnitSymbol, s.SignerName = "Văn phòng Sở", "SYT-VP", "Lan"
	if err := settings.Save(ctx, lib.Store(), s, "test"); err != nil {
		t.Fatal(err)
	}
	o, err := LoadOffice(ctx, lib)
	if err != nil || o.Unit != "Văn phòng Sở" || o.UnitSymbol != "SYT-VP" || o.SignerName != "Lan" {
		t.Errorf("office %+v %v", o, err)
	}

	// A stored document as the source, tasks with their state.
	list, _ := lib.List(ctx, storeFilter())
	for _, d := range list {
		if d.Number != "20/SYT-VP" {
			continue
		}
		v, err := lib.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		src := Source(v)
		if src.Number != "20/SYT-VP" || len(src.Tasks) == 0 || src.Tasks[0].Status != "open" {
			t.Fatalf("source %+v", src)
		}
		res, err := prefill.Prefill(ctx, prefill.Input{Type: "BC", Office: o, Source: src})
		if err != nil {
			t.Fatal(err)
		}
		if res.ReportTo != "Sở Nội vụ" || len(res.Tasks) != 1 || res.Values.Lists["nhiem_vu"][0]["tinh_trang"] != "Đang thực hiện" {
			t.Errorf("prefill from the library: %+v", res)
		}
		return
	}
	t.Fatal("the letter was not imported")
}

func storeFilter() store.Filter { return store.Filter{} }
