package vndate

import (
	"encoding/json"
	"testing"
)

func TestFindAll(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Kon Tum, ngày 05 tháng 01 năm 2020", []string{"2020-01-05"}},
		{"ngày 10 tháng\n8 năm 2021 và ngày 15/11/2021", []string{"2021-08-10", "2021-11-15"}},
		{"từ 01-02-2022 đến 3.4.2022", []string{"2022-02-01", "2022-04-03"}},
		{"ngày 31 tháng 2 năm 2021", nil},
		{"ngày       tháng      năm", nil},
		{"số 15/11-2021", nil},
	}
	for _, c := range cases {
		got := FindAll(c.in)
		if len(got) != len(c.want) {
			t.Errorf("FindAll(%q) = %v, want %v", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i].Date.String() != c.want[i] {
				t.Errorf("FindAll(%q)[%d] = %s, want %s", c.in, i, got[i].Date, c.want[i])
			}
		}
	}
}

func TestJSONAndVietnamese(t *testing.T) {
	b, _ := json.Marshal(struct{ D, Z Date }{Date{2020, 1, 5}, Date{}})
	if string(b) != `{"D":"2020-01-05","Z":null}` {
		t.Errorf("json = %s", b)
	}
	if got := (Date{2020, 1, 5}).Vietnamese(); got != "ngày 05 tháng 01 năm 2020" {
		t.Errorf("Vietnamese = %q", got)
	}
	if got := (Date{2021, 10, 30}).Vietnamese(); got != "ngày 30 tháng 10 năm 2021" {
		t.Errorf("Vietnamese = %q", got)
	}
}
