// Package clip shortens text to fit one line of a list, a menu or a
// terminal.
package clip

// Text returns s cut to at most n characters (runes), the last of them
// "…" when anything was cut.
func Text(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
