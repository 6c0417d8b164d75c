package compare

import (
	"testing"

	"github.com/parley-app/parley/statement"
)

// The examples issue 16 was filed with: passages a reader puts side by
// side, which the topic-gated aligner never compared.

func TestIssueExamplesAlign(t *testing.T) {
	april := func(names ...string) []statement.Statement {
		var out []statement.Statement
		for _, n := range names {
			out = append(out, loadCorpusGlob(t, "whitehouse-2024-04/"+n)...)
		}
		return out
	}
	tests := []struct {
		name   string
		sts    []statement.Statement
		a, b   string // statement index and a phrase of each sentence
		ia, ib int
	}{
		{"the same formula, five days apart",
			april("2024-04-13-statement-from-president-joe-biden-on-irans-attacks*", "2024-04-18-statement-from-president-joe-biden-on-iran-sanctions*"),
			"will not hesitate to take all necessary action to protect", "will not hesitate to take all necessary action to hold", 0, 1},
		{"clean energy, a year apart",
			append(loadCorpusGlob(t, "communiques/*2023*"), loadCorpusGlob(t, "communiques/*2024*")...),
			"drive the transition to clean energy economies", "clean energy economy of the future", 0, 1},
		// The October statement is not in the corpus: its sentence as the
		// issue quotes it, completed as such statements run.
		{"sanctions announced and imposed",
			append(april("2024-04-16-statement-by-national-security-advisor-jake-sullivan*"), statement.Statement{ID: "october",
				Text: "Today, the Departments of the Treasury and State are imposing sanctions on Iran's petroleum and petrochemical sectors in response to Iran's October 1 missile attack on Israel."}),
			"will impose new sanctions", "are imposing sanctions", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyze(t, tt.sts)
			x := find(t, a, a.Statements[tt.ia].ID, tt.a)
			y := find(t, a, a.Statements[tt.ib].ID, tt.b)
			p := paired(a, x.ID, y.ID)
			if p == nil {
				t.Fatalf("not aligned:\n  %s\n  %s\ncounterparts: %v / %v", x.Text, y.Text, a.Counterparts(x.ID), a.Counterparts(y.ID))
			}
			if len(p.Phrases) == 0 || p.Why.String() == "" {
				t.Errorf("the pair has no shared phrase or no evidence: %+v", p)
			}
		})
	}
}

// The demo aligns through general rules, its own cue phrases gone from the
// topic scheme: the pairs a reader makes of it, which the aligner found
// before issue 16, are still found. One is not: "Their preparations and
// planning had been successful." / "This was an incredible success…"
// share one word, and the pair model (pairmodel.go), fitted on the gold,
// believes it 0.34, under its least belief — it is a pair of one shared
// word, which the gold teaches is mostly chance.
func TestDemoAlignsWithoutItsCues(t *testing.T) {
	a := analyze(t, demoStatements(t))
	for _, pair := range [][2]string{
		{"white-house:s1", "kirby:s4"},   // not taking part / a wider regional conflict
		{"white-house:s2", "kirby:s1"},   // victory / Iran's lack of military might
		{"white-house:s5", "iran:s2"},    // Israel's response / Iran's answer if Israel retaliates
		{"white-house:s11", "israel:s1"}, // risks of escalation / not seeking an escalation
		{"g7:s3", "israel:s1"},           // regional instability / escalation
		{"white-house:s3", "kirby:s1"},   // no significant damage / avoid extensive damage
		{"white-house:s12", "kirby:s3"},  // help defend Israel / friends willing to help
	} {
		if paired(a, pair[0], pair[1]) == nil {
			t.Errorf("%s and %s are not aligned:\n  %s\n  %s", pair[0], pair[1], a.Sentence(pair[0]).Text, a.Sentence(pair[1]).Text)
		}
	}
}
