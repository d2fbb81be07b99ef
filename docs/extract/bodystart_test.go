package extract

import (
	"regexp"
	"testing"
)

// bodyStartRe is what bodyStart finds, as the regexp it replaced.
var bodyStartRe = regexp.MustCompile(`Kính\s*gửi|Căn\s+cứ|(?m)^\s*(?:Thực hiện|Phúc đáp|Xét đề nghị|Theo đề nghị)\s`)

var bodyStartCases = []string{
	"", "Kính gửi", "Kínhgửi: X", "Kính\ngửi", "Kính  trình", "Căn cứ", "Căncứ", "Căn\n\ncứ Luật",
	"V/v x\nThực hiện Công văn", "V/v x\n  \n\tThực hiện Công văn", "Thực hiện", "Thực hiện\n",
	"x Thực hiện y", "Phúc đáp\tCông văn", "Theo đề nghị của Sở\nKính gửi: A",
	"Số: 1/UBND\nXét đề nghị của\nCăn cứ", "Theo đề nghịx", "Kính Căn cứ gửi", "\n\nTheo đề nghị của",
}

// bodyStart must agree with the regex it stands for.
func TestBodyStartAgreesWithRegex(t *testing.T) {
	for _, c := range bodyStartCases {
		checkBodyStart(t, c)
	}
}

func FuzzBodyStart(f *testing.F) {
	for _, c := range bodyStartCases {
		f.Add(c)
	}
	f.Fuzz(checkBodyStart)
}

func checkBodyStart(t *testing.T, s string) {
	want := -1
	if m := bodyStartRe.FindStringIndex(s); m != nil {
		want = m[0]
	}
	if got := bodyStart(s); got != want {
		t.Errorf("bodyStart(%q) = %d, regex gives %d", s, got, want)
	}
}
