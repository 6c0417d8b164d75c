package cli

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parley-app/parley/compare"
)

// parley timeline: the series in date order as JSON, and as text the rows
// that change with their marks and the recurring formulas.
func TestTimelineCommand(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/communiques/*.txt")
	slices.Reverse(files)
	r := runCLI(append([]string{"timeline", "--json"}, files...)...)
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var tl compare.Timeline
	if err := json.Unmarshal([]byte(r.stdout), &tl); err != nil {
		t.Fatal(err)
	}
	if len(tl.Statements) != 3 || !strings.Contains(tl.Statements[0], "2021") || len(tl.Rows) == 0 || len(tl.Phrases) == 0 {
		t.Fatalf("timeline: %d statements (first %q), %d rows, %d phrases", len(tl.Statements), tl.Statements[0], len(tl.Rows), len(tl.Phrases))
	}
	r = runCLI(append([]string{"timeline"}, files...)...)
	for _, want := range []string{"Series", "2021-06-13", "Iran (subject)", "Recurring formulas", "first 2021-06-13"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("%q not in the text output", want)
		}
	}
	for _, want := range []string{"Commitments by actor", "G7"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("%q not in the text output", want)
		}
	}
	r = runCLI(append([]string{"timeline", "--json", "--track", "rules-based international order"}, files...)...)
	var tracked compare.Timeline
	if err := json.Unmarshal([]byte(r.stdout), &tracked); err != nil || r.code != ExitOK {
		t.Fatalf("exit %d, %v", r.code, err)
	}
	if p := tracked.Phrases[0]; !p.Analyst || p.Phrase != "rules-based international order" || len(p.Statements) == 0 {
		t.Errorf("the tracked phrase comes first, followed: %+v", p)
	}
	if r := runCLI("timeline", files[0]); r.code != ExitUsage {
		t.Errorf("one statement: exit %d", r.code)
	}
}
