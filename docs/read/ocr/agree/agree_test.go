package agree

import (
	"testing"

	"vanthu/docs/extract"
)

func TestFields(t *testing.T) {
	want := &extract.Result{Number: "2014/SYT-NVY", Issuer: "Sở Y tế tỉnh Kiên Giang", ParentIssuer: "Ủy ban nhân dân tỉnh Kiên Giang"}
	want.Signer.Name = "Nguyễn Văn Hải"
	hand := []string{"số", "ngày"}
	tests := []struct {
		name       string
		got        extract.Result
		agree, all int
		diffs      string
	}{
		{"all printed fields, the number blank", extract.Result{Number: "/SYT-NVY", Issuer: want.Issuer, ParentIssuer: want.ParentIssuer,
			Signer: want.Signer}, 4, 4, ""},
		{"signer missed, symbol misread", extract.Result{Number: "/SYT-NV", Issuer: want.Issuer, ParentIssuer: want.ParentIssuer}, 2, 4,
			`(ký hiệu "SYT-NVY"≠"SYT-NV"; người ký "Nguyễn Văn Hải"≠"")`},
		{"handwritten number read wrong is listed, not counted", extract.Result{Number: "2044/SYT-NVY", Issuer: want.Issuer,
			ParentIssuer: want.ParentIssuer, Signer: want.Signer}, 4, 4, `(số viết tay đọc sai "2044")`},
	}
	for _, tc := range tests {
		a, n, d := Fields(want, &tc.got, hand)
		if a != tc.agree || n != tc.all || d != tc.diffs {
			t.Errorf("%s: %d/%d %s, want %d/%d %s", tc.name, a, n, d, tc.agree, tc.all, tc.diffs)
		}
	}
	if a, n, _ := Fields(&extract.Result{}, &extract.Result{Issuer: "X"}, nil); a != 0 || n != 0 {
		t.Errorf("an empty transcription counts %d/%d", a, n)
	}
}
