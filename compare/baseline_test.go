package compare

import (
	"strings"
	"testing"
)

func TestOneSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "  a \u00a0 b\u2003c  ", "é ü", "a\u2028b", "\x80 b"} {
		if got, want := oneSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneSpaced(%q) = %q, want %q", s, got, want)
		}
	}
}
