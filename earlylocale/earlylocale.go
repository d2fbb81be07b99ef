// Package earlylocale mends a "C.UTF-8" locale before Fyne reads it.
//
// Fyne's lang package reads the locale in its package init and logs
// "Fyne error: Error parsing user locale C" to stderr when LANG (or LC_ALL,
// LC_MESSAGES) is C.UTF-8 or POSIX.UTF-8, the default of Debian containers,
// servers and many terminals: every CLI command printed it. It is a module of
// its own so that its import path sorts before "fyne.io/...": since Go 1.21
// packages are initialised in import-path order once their imports are, so
// this init runs before Fyne's. Imported for its side effect by main.
package earlylocale

import (
	"os"
	"strings"
)

func init() { Mend(os.Getenv, os.Setenv) }

// Mend sets LANGUAGE=vi when the effective locale is the C or POSIX locale
// with an encoding (C.UTF-8). The locale reader Fyne uses then reads LANGUAGE
// instead of "C"; gettext programs ignore LANGUAGE under the C locale, so
// children started by the app see no difference. A plain "C" needs nothing:
// that reader already treats it as "no locale".
func Mend(getenv func(string) string, setenv func(string, string) error) {
	loc := ""
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = getenv(k); loc != "" {
			break
		}
	}
	base, _, hasDot := strings.Cut(loc, ".")
	if !hasDot || (base != "C" && base != "POSIX") || getenv("LANGUAGE") != "" {
		return
	}
	_ = setenv("LANGUAGE", "vi")
}
