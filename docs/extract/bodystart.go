package extract

import "strings"

// bodyOpeners open a body paragraph when they begin a line.
var bodyOpeners = []string{"Thực hiện", "Phúc đáp", "Xét đề nghị", "Theo đề nghị"}

// bodyStart returns where the body begins in s: the first "Kính gửi", "Căn
// cứ", or line opened by one of bodyOpeners, or -1. It stands for the
// regexp bodyStartRe of its test, which has no literal prefix, so Go's
// engine stepped through every byte of the head with its NFA: a fifth of
// the header's time on a plan with no "Kính gửi" nor "Căn cứ" to stop it.
func bodyStart(s string) int {
	best := -1
	take := func(at int) {
		if at >= 0 && (best < 0 || at < best) {
			best = at
		}
	}
	take(literalThen(s, "Kính", "gửi", false))
	take(literalThen(s, "Căn", "cứ", true))
	// A line opened by an opener, after any white space; the match starts
	// where the white space does, at a line start.
	for ls := 0; ls <= len(s) && (best < 0 || ls < best); {
		i := ls
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
		for _, o := range bodyOpeners {
			if strings.HasPrefix(s[i:], o) && i+len(o) < len(s) && isASCIISpace(s[i+len(o)]) {
				take(ls)
			}
		}
		nl := strings.IndexByte(s[ls:], '\n')
		if nl < 0 {
			break
		}
		ls += nl + 1
	}
	return best
}

// literalThen returns the first index of a followed by b, with white space
// between (at least one character of it if spaced), or -1.
func literalThen(s, a, b string, spaced bool) int {
	for from := 0; ; {
		i := strings.Index(s[from:], a)
		if i < 0 {
			return -1
		}
		at := from + i
		j := at + len(a)
		k := j
		for k < len(s) && isASCIISpace(s[k]) {
			k++
		}
		if (!spaced || k > j) && strings.HasPrefix(s[k:], b) {
			return at
		}
		from = j
	}
}

// isASCIISpace is the regexp package's \s: [\t\n\f\r ].
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
