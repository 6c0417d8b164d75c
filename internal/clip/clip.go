// Package clip shortens text to fit one line of a list, a menu or a
// terminal.
package clip

import (
	"strings"
	"unicode"
)

// Text returns s cut to at most n characters (runes), the last of them
// "…" when anything was cut.
func Text(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Words shortens s to at most n runes as Text does, but cuts between words
// (before the last space that fits) so that no word is cut in half; a
// single word longer than n is cut as Text cuts it.
func Words(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n - 1
	for i := cut; i > n/2; i-- {
		if unicode.IsSpace(r[i]) {
			return strings.TrimRightFunc(string(r[:i]), func(c rune) bool { return unicode.IsSpace(c) || unicode.IsPunct(c) }) + "…"
		}
	}
	return string(r[:cut]) + "…"
}
