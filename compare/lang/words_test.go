package lang

import (
	"maps"
	"strings"
	"testing"
)

// TestStateNames: the embedded table reads, every line is "formal = name",
// and a name is never its own formal name.
func TestStateNames(t *testing.T) {
	names := StateNames()
	if len(names) < 30 {
		t.Fatalf("%d state names read; the file has more", len(names))
	}
	if names["united mexican states"] != "Mexico" {
		t.Errorf("United Mexican States → %q, want Mexico", names["united mexican states"])
	}
	for formal, name := range names {
		if strings.EqualFold(formal, name) {
			t.Errorf("%q names itself", formal)
		}
	}
	if got := parseStateNames([]byte("# c\nA B = A\nno equals\n = x\n")); len(got) != 1 || got["a b"] != "A" {
		t.Errorf("parseStateNames = %v", got)
	}
}

func TestWordsIsTheSetOfFields(t *testing.T) {
	for _, list := range []string{"", "  ", "a", "a b", " a  b\n\tc ", "a a b", "x\r\ny\vz\fw"} {
		want := map[string]bool{}
		for _, w := range strings.Fields(list) {
			want[w] = true
		}
		got := Words(list)
		if !maps.Equal(got, want) {
			t.Errorf("Words(%q) = %v, want %v", list, got, want)
		}
		if n := countFields(list); n != len(strings.Fields(list)) {
			t.Errorf("countFields(%q) = %d, want %d", list, n, len(strings.Fields(list)))
		}
	}
}
