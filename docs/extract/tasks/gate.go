package tasks

import (
	"regexp"
	"strings"
)

// gated is a pattern that can only match where one of its words stands.
// Go's matcher backtracks from every byte of an unanchored input, so a
// strings.Contains test first spares it the many sentences that cannot
// match.
type gated struct {
	re    *regexp.Regexp
	words []string
}

func gate(pattern string, words ...string) gated {
	return gated{re: regexp.MustCompile(pattern), words: words}
}

// may reports whether s holds one of the words the pattern needs.
func (g gated) may(s string) bool {
	for _, w := range g.words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func (g gated) MatchString(s string) bool { return g.may(s) && g.re.MatchString(s) }

func (g gated) FindStringIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringIndex(s)
}

func (g gated) ReplaceAllString(s, repl string) string {
	if !g.may(s) {
		return s
	}
	return g.re.ReplaceAllString(s, repl)
}
