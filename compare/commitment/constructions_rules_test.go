package commitment

import (
	"strings"
	"testing"
)

// Rules for general constructions of commitment language — a mandative
// "that" clause after "recommend", a negative quantifier opening it, an
// aside between "prepared" and "to", a passive verb of saying with an
// adjunct, a "while" that dates a participle, a relative clause after a
// generic subject — each on sentences written for this test.
func TestConstructionRules(t *testing.T) {
	ministry := Speaker{Name: "Minister for Foreign Affairs", Organization: "Ministry of Foreign Affairs of Pellara"}
	const context = "Dunmarsh closed its border with Pellara on Monday."
	cases := []struct {
		name, sentence string
		kind           Kind // "" when the sentence holds no commitment
		polarity       Polarity
		condition      string // a prefix of the condition; "" when none
	}{
		{"recommend that: a demand", "We recommend that Dunmarsh lift the restrictions.", Demand, Positive, ""},
		{"recommend that no country: a negative demand", "Pellara recommends that no country impose restrictions on trade with Dunmarsh.", Demand, Negative, ""},
		{"recommend with an object is no demand", "The panel recommended the plan.", "", "", ""},
		{"request that nobody: a negative demand", "Pellara requested that nobody be moved from the camps.", Demand, Negative, ""},
		{"demand that no later than is no negative", "We demand that no later than Friday Dunmarsh reopen the border.", Demand, Positive, ""},
		{"an aside between prepared and to", "We are prepared, however, to examine Dunmarsh's concerns once the crossings have been reopened.", Conditional, Positive, "once"},
		{"an aside between be and ready", "We are, of course, ready to help the stranded drivers.", Pledge, Positive, ""},
		{"a passive verb of saying with an adjunct reports nothing", "If cases are confirmed in the north, we will reconvene the committee.", Conditional, Positive, "If cases"},
		{"a passive verb of saying with its agent still reports", "The minister was assured by Dunmarsh that the border would reopen.", Pledge, Positive, ""},
		{"while dating a participle is no condition", "Pellara will not recognise any law adopted while the Assembly remains suspended.", Refusal, Negative, ""},
		{"while after the refused verb is a condition", "Pellara would not negotiate while its diplomats remained in detention.", Conditional, Negative, "while"},
		{"while after a kept measure is a condition", "Pellara would keep the border closed while the dispute lasted.", Conditional, Positive, "while"},
		{"a generic subject with a relative clause", "Member countries that have downloaded the data must delete it.", Demand, Positive, ""},
		{"a relative clause's object is not the subject", "The data that countries hold must be deleted.", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := readArticle(ministry, context, c.sentence)
			if c.kind == "" {
				if len(got) > 0 {
					t.Fatalf("ExtractIn(%q): want none, got %s", c.sentence, describe(got))
				}
				return
			}
			for _, g := range got {
				if g.Kind == c.kind {
					if g.Polarity != c.polarity || !strings.HasPrefix(g.Condition, c.condition) || c.condition == "" && g.Condition != "" {
						t.Fatalf("ExtractIn(%q): %s %s condition %q, want %s condition %q:\n%s", c.sentence, c.kind, g.Polarity, g.Condition, c.polarity, c.condition, describe(got))
					}
					return
				}
			}
			t.Fatalf("ExtractIn(%q): no %s:\n%s", c.sentence, c.kind, describe(got))
		})
	}
}
