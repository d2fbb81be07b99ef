package extract

import (
	"reflect"
	"testing"
)

// findSigPrefix must agree with the plain regex it speeds up.
func TestFindSigPrefixAgreesWithRegex(t *testing.T) {
	cases := []string{
		"Nơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
		"- Lưu: VT. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
		"QĐ. số 12 và TL. BỘ TRƯỞNG",
		"K/T THỦ TƯỚNG",
		"xTM. không phải, nhưng TUQ. CHỦ TỊCH thì phải",
		"TM.", "", "Q.", "Q. GIÁM ĐỐC",
		"a/TM. X", "ĐTM. Y và T/L. BỘ TRƯỞNG",
	}
	for _, c := range cases {
		if got, want := findSigPrefix(c), sigPrefixRe.FindStringSubmatchIndex(c); !reflect.DeepEqual(got, want) {
			t.Errorf("findSigPrefix(%q) = %v, regex gives %v", c, got, want)
		}
	}
}
