package clip

import "testing"

func TestText(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"one word too many", 8, "one wor…"},
		{"ישראל תגן על עצמה", 6, "ישראל…"}, // runes, not bytes
	} {
		if got := Text(c.s, c.n); got != c.want {
			t.Errorf("Text(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}
