// Package quietlocale stops Fyne from logging "Error parsing user locale C"
// on every start under the C/POSIX locale (CI, containers, cron), which
// would break the one-line error contract of the command line.
//
// Fyne reads the locale in an init function. Go initialises packages in
// import-path order as soon as their imports are ready (Go 1.21 spec), and
// this package needs only the standard library, so importing it from main
// runs its init before Fyne's, which waits for golang.org/x/text.
package quietlocale

import (
	"os"
	"strings"
)

func init() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if isPOSIX(v) {
			os.Setenv(name, "en_US.UTF-8")
		}
		return // the first one set is the one that counts
	}
}

// isPOSIX reports whether a locale name is the C/POSIX locale, with or
// without an encoding ("C", "C.UTF-8", "POSIX").
func isPOSIX(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	return base == "C" || base == "POSIX"
}
