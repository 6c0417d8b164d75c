package lang

import (
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
