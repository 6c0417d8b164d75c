package ui

import (
	"strings"
	"testing"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
	"github.com/parley-app/parley/ui/textview"
)

// TestRedlineReadsWithoutColour: deleted words are struck through and
// inserted ones underlined, in the inline redline and in each column of
// the side-by-side layout; unchanged words have neither.
func TestRedlineReadsWithoutColour(t *testing.T) {
	p := &project.Project{}
	p.Add(statement.Statement{Title: "Draft", Text: "We condemn the attack on the port in the north."},
		statement.Statement{Title: "Final", Text: "We strongly condemn the attack on the port."})
	ws := newTestWorkspace(t, p, "")
	v := ws.wording
	if len(v.text) != 1 {
		t.Fatalf("%d paragraphs", len(v.text))
	}
	para := v.text[0]
	for name, runs := range map[string][]textview.Run{"inline": para.inline, "original": para.sides[0], "revision": para.sides[1]} {
		var struck, underlined, plain []string
		for _, r := range runs {
			switch {
			case r.Strike && r.Underline:
				t.Errorf("%s: %q both struck and underlined", name, r.Text)
			case r.Strike:
				struck = append(struck, r.Text)
			case r.Underline:
				underlined = append(underlined, r.Text)
			default:
				plain = append(plain, r.Text)
			}
		}
		wantStruck, wantUnder := name != "revision", name != "original"
		if got := strings.Contains(strings.Join(struck, ""), "in the north"); got != wantStruck {
			t.Errorf("%s: struck %q", name, struck)
		}
		if got := strings.Contains(strings.Join(underlined, ""), "strongly"); got != wantUnder {
			t.Errorf("%s: underlined %q", name, underlined)
		}
		if s := strings.Join(plain, ""); strings.Contains(s, "strongly") || strings.Contains(s, "north") || !strings.Contains(s, "condemn") {
			t.Errorf("%s: plain %q", name, s)
		}
	}
}
