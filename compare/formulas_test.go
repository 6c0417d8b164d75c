package compare

import (
	"strings"
	"testing"
)

// TestFieldCountIsFieldsLength: the sort's word count agrees with
// strings.Fields on phrases, spacing and scripts.
func TestFieldCountIsFieldsLength(t *testing.T) {
	for _, s := range []string{"", " ", "stand with ukraine", "  two\tspaced  words ", "one", "non-military means",
		"المملكة العربية", "a\u00a0b", "x\ny"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}
