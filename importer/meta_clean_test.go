package importer

import (
	"testing"
	"unicode/utf8"
)

// TestCleanMeta: metadata comes out as one line of valid UTF-8, whatever
// bytes a file's metadata holds.
func TestCleanMeta(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"  Statement\n on  Security ", "Statement on Security"},
		{"Statement on Re\xff\xfe101 Security", "Statement on Re\uFFFD101 Security"},
		{"\x80\x81", "\uFFFD"},
		{"", ""},
	} {
		got := cleanMeta(c.in)
		if got != c.want || !utf8.ValidString(got) {
			t.Errorf("cleanMeta(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
