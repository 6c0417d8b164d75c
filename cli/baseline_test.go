package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/parley-app/parley/compare"
)

// TestAnalyzeBaseline: analyze chooses the baseline as the window does
// (named, else by the rule), diffs the versions of it and marks what
// changed; a rule or a baseline it does not know is a usage error.
func TestAnalyzeBaseline(t *testing.T) {
	dir := t.TempDir()
	text := "We condemn the attack. We call for restraint. Aid must reach Gaza. We will meet again in June."
	draft := writeFile(t, dir, "draft.md", "---\ntitle: Draft\ndate: 2024-04-13\n---\n"+text)
	final := writeFile(t, dir, "final.md", "---\ntitle: Final\ndate: 2024-04-14\n---\n"+strings.Replace(text, " We call for restraint.", "", 1))
	tests := []struct {
		args     []string
		baseline string
		deleted  int
		inserted int
	}{
		{nil, "draft", 4, 0},
		{[]string{"--baseline-rule", "newest"}, "final", 0, 4},
		{[]string{"--baseline", "final"}, "final", 0, 4},
	}
	for _, tt := range tests {
		r := runCLI(append(append([]string{"analyze", "--json"}, tt.args...), draft, final)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", tt.args, r.code, r.stderr)
		}
		var a compare.Analysis
		if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
			t.Fatal(err)
		}
		if a.Baseline != tt.baseline || len(a.Versions) != 1 || a.Versions[0].From != tt.baseline {
			t.Fatalf("%v: baseline %q, versions %+v; want %q", tt.args, a.Baseline, a.Versions, tt.baseline)
		}
		if s := a.Versions[0].Summary; s.Deleted != tt.deleted || s.Inserted != tt.inserted {
			t.Errorf("%v: summary %+v", tt.args, s)
		}
		changed := 0
		for _, st := range a.Statements {
			for _, s := range st.Sentences {
				if s.Changed {
					changed++
				}
			}
		}
		if changed != 1 {
			t.Errorf("%v: %d sentences marked changed, want the one dropped", tt.args, changed)
		}
	}
	text2 := runCLI("analyze", draft, final)
	if !strings.Contains(text2.stdout, "Versions against draft") || !strings.Contains(text2.stdout, "Commitment differences") {
		t.Errorf("analyze text lacks the versions or the commitment differences:\n%s", text2.stdout)
	}
	for _, bad := range [][]string{{"--baseline-rule", "loudest"}, {"--baseline", "nobody"}} {
		if r := runCLI(append(append([]string{"analyze"}, bad...), draft, final)...); r.code != ExitUsage || !strings.Contains(r.stderr, bad[1]) {
			t.Errorf("%v: exit %d, %q; want a usage error naming it", bad, r.code, r.stderr)
		}
	}
}
