package segment

// The English Golden Rules of pragmatic_segmenter, as pySBD publishes them
// (testdata/golden_rules_en.json; where from and licence in
// testdata/README.md).
//
// Score of the segmenter on the 48 rules:
//   before issue 15's language layer: 35/48
//   now:                              48/48

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// goldenRulesMin is the least number of the 48 rules that must pass.
const goldenRulesMin = 48

// goldenRule is one rule of testdata/golden_rules_en.json.
type goldenRule struct {
	Rule int      `json:"rule"`
	Name string   `json:"name"`
	Text string   `json:"text"`
	Want []string `json:"want"`
}

// loadGoldenRules reads the 48 rules and the extra ones of
// testdata/golden_rules_en.json.
func loadGoldenRules(t testing.TB) (rules, extra []goldenRule) {
	t.Helper()
	data, err := os.ReadFile("testdata/golden_rules_en.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Rules []goldenRule `json:"rules"`
		Extra []goldenRule `json:"extra"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Rules) != 48 {
		t.Fatalf("%d golden rules, want 48", len(doc.Rules))
	}
	return doc.Rules, doc.Extra
}

// TestGoldenRules scores Sentences on the 48 rules: it logs each failing
// rule and the score, and fails below goldenRulesMin. Every rule's text
// also goes through the invariants.
func TestGoldenRules(t *testing.T) {
	rules, _ := loadGoldenRules(t)
	cases := make([]splitCase, len(rules))
	for i, r := range rules {
		cases[i] = splitCase{fmt.Sprintf("rule %d (%s)", r.Rule, r.Name), r.Text, r.Want}
	}
	pass := scoreSplitCases(t, cases)
	t.Logf("Golden Rules: %d/%d", pass, len(rules))
	if pass < goldenRulesMin {
		t.Errorf("Golden Rules: %d/%d pass, want at least %d", pass, len(rules), goldenRulesMin)
	}
}

// TestGoldenRulesExtra scores the four rules pySBD leaves out, for
// information only: they expect cleaned text (white space is collapsed
// before comparing) or splits inside a token.
func TestGoldenRulesExtra(t *testing.T) {
	_, extra := loadGoldenRules(t)
	pass := 0
	for _, r := range extra {
		checkInvariants(t, r.Text)
		if got := collapseAll(sentenceTexts(r.Text)); reflect.DeepEqual(got, collapseAll(r.Want)) {
			pass++
		} else {
			t.Logf("extra rule %d (%s):\n got  %q\n want %q", r.Rule, r.Name, got, r.Want)
		}
	}
	t.Logf("extra Golden Rules: %d/%d", pass, len(extra))
}

// collapseAll collapses each string's white space runs to one space.
func collapseAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Join(strings.Fields(s), " ")
	}
	return out
}
