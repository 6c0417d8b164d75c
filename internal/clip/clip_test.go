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

func TestWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"calls for support, restraint and calm", 22, "calls for support…"},
		{"calls for support, restraint", 20, "calls for support…"},
		{"Unbreakablewordwithoutspaces", 10, "Unbreakab…"},
		{"ישראל תגן על עצמה", 12, "ישראל תגן…"},
	} {
		if got := Words(c.s, c.n); got != c.want {
			t.Errorf("Words(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
		if got := []rune(Words(c.s, c.n)); len(got) > c.n {
			t.Errorf("Words(%q, %d) is %d runes long", c.s, c.n, len(got))
		}
	}
}
