package compare

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

func analyzed(t *testing.T, sts []statement.Statement) *Analysis {
	t.Helper()
	a, err := Analyze(context.Background(), sts, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Every finding rests on evidence the analysis holds, and names statements
// by their names, never their ids: checked on the demo and on the two G7
// communiqués (a baseline's versions and an actor's shifts).
func TestFindingsAreBackedByTheAnalysis(t *testing.T) {
	for _, c := range []struct {
		name  string
		sts   []statement.Statement
		kinds []string // kinds the analysis must give
	}{
		{"demo", demoStatements(t), []string{FindingOmission, FindingCommitment, FindingDifference, FindingReported}},
		{"communiqués", append(loadCorpusGlob(t, "communiques/*2023*"), loadCorpusGlob(t, "communiques/*2024*")...),
			[]string{FindingAgreement, FindingCommitment, FindingDifference, FindingChange}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := analyzed(t, c.sts)
			if len(a.Findings) == 0 {
				t.Fatal("no findings")
			}
			kinds := map[string]bool{}
			for _, f := range a.Findings {
				kinds[f.Kind] = true
				if len(f.Evidence) == 0 {
					t.Errorf("%q has no evidence", f.Text)
				}
				for _, id := range f.Evidence {
					if !evidenceExists(a, id) {
						t.Errorf("%q cites %q, which the analysis does not hold", f.Text, id)
					}
				}
				for _, st := range a.Statements {
					if strings.Contains(f.Text, st.ID) {
						t.Errorf("%q names statement %q by its id", f.Text, st.ID)
					}
				}
			}
			for _, k := range c.kinds {
				if !kinds[k] {
					t.Errorf("no %s finding", k)
				}
			}
		})
	}
}

func evidenceExists(a *Analysis, id string) bool {
	if _, ok := a.Locate(id); ok {
		return true
	}
	if a.statementIndex(id) >= 0 {
		return true
	}
	return slices.ContainsFunc(a.Commitments, func(c Commitment) bool { return c.ID == id })
}

// Each kind says what the analysis found, checked against the analysis
// itself rather than against fixed strings.
func TestFindingsSayWhatTheAnalysisFound(t *testing.T) {
	a := analyzed(t, demoStatements(t))
	for _, f := range a.Findings {
		switch f.Kind {
		case FindingOmission:
			// The silent statements named are exactly those without a passage.
			topic := topicNamedIn(a, f.Text)
			if topic == nil {
				t.Fatalf("%q names no topic", f.Text)
			}
			silentPart := ""
			if rest, ok := strings.CutPrefix(f.Text, "Every statement but "); ok {
				silentPart, _, _ = strings.Cut(rest, " addresses ")
			} else {
				_, silentPart, _ = strings.Cut(f.Text, "; ")
			}
			for _, st := range a.Statements {
				silent := len(topic.Passages[st.ID]) == 0
				if strings.Contains(silentPart, a.ShortName(st.ID)) != silent {
					t.Errorf("%q: %s silent on %s: %v", f.Text, st.ID, topic.ID, silent)
				}
			}
		case FindingCommitment:
			// The clause quoted is in the cited sentence, the actor and
			// strength are the commitment's.
			c := commitmentByID(a, f.Evidence[1])
			if c == nil {
				t.Fatalf("%q cites no commitment", f.Text)
			}
			if !strings.HasPrefix(f.Text, c.Actor+" ") || !strings.Contains(f.Text, "("+string(c.Strength)+")") {
				t.Errorf("%q does not say %s (%s)", f.Text, c.Actor, c.Strength)
			}
			quoted := between(f.Text, "“", "” (")
			if !strings.Contains(a.Sentence(c.Sentence).Text, strings.TrimSuffix(quoted, " …")) {
				t.Errorf("%q quotes words not in %s", f.Text, c.Sentence)
			}
		case FindingDifference:
			if !slices.ContainsFunc(a.CommitmentGaps, func(g CommitmentGap) bool { return g.A == f.Evidence[0] && g.B == f.Evidence[1] }) {
				t.Errorf("%q is no commitment gap of the analysis", f.Text)
			}
		case FindingReported:
			for _, id := range f.Evidence {
				if c := commitmentByID(a, id); c == nil || !c.Reported {
					t.Errorf("%q cites %s, which is not reported", f.Text, id)
				}
			}
		}
	}
	if again := analyzed(t, demoStatements(t)); !reflect.DeepEqual(a.Findings, again.Findings) {
		t.Error("the findings differ between two analyses of the same statements")
	}
}

func topicNamedIn(a *Analysis, text string) *Topic {
	for i := range a.Topics {
		if t := &a.Topics[i]; t.Label != "" && (strings.Contains(text, " "+t.Label+";") || strings.HasSuffix(text, " "+t.Label+".")) {
			return t
		}
	}
	return nil
}

func between(s, open, close string) string {
	_, rest, _ := strings.Cut(s, open)
	inner, _, _ := strings.Cut(rest, close)
	return inner
}

// Versions of one text: the change finding gives the version diff's counts.
func TestFindingsOfVersions(t *testing.T) {
	base := statement.Statement{ID: "draft", Title: "Draft communiqué", Speaker: "Drafting group, Velm",
		Text: "The ministers condemn the attack on the convoy. They call for an immediate ceasefire. They will meet again in May."}
	final := base
	final.ID, final.Title, final.Speaker = "final", "Final communiqué", "Ministers of Velm"
	final.Text = "The ministers condemn in the strongest terms the attack on the convoy. They call for an immediate ceasefire. They will meet again in May."
	a, err := Analyze(context.Background(), []statement.Statement{base, final}, Options{Baseline: "draft"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var change *Finding
	for i, f := range a.Findings {
		if f.Kind == FindingChange && slices.Equal(f.Evidence, []string{"draft", "final"}) {
			change = &a.Findings[i]
		}
	}
	if change == nil || len(a.Versions) != 1 {
		t.Fatalf("no change finding for the versions: %+v", a.Findings)
	}
	if s := a.Versions[0].Summary; !strings.Contains(change.Text, plural(s.Inserted, "word")+" added") ||
		!strings.HasPrefix(change.Text, "Ministers of Velm against Drafting group") {
		t.Errorf("change finding %q does not give the diff %+v", change.Text, s)
	}
}

func TestListedAndClip(t *testing.T) {
	for in, want := range map[string]string{"": "", "A": "A", "A|B": "A and B", "A|B|C": "A, B and C"} {
		var names []string
		if in != "" {
			names = strings.Split(in, "|")
		}
		if got := listed(names); got != want {
			t.Errorf("listed(%q) = %q, want %q", names, got, want)
		}
	}
	if got := clip("one two three four", 2); got != "one two …" {
		t.Errorf("clip = %q", got)
	}
}

// Statements of one title are told apart by date, then by their place.
func TestNameTellsStatementsApart(t *testing.T) {
	a := &Analysis{Statements: []StatementAnalysis{
		{ID: "v1", Title: "Readout", Date: "2023-03-19"}, {ID: "v2", Title: "Readout", Date: "2023-03-19"},
		{ID: "v3", Title: "Readout", Date: "2023-03-20"}, {ID: "x", Title: "Other"}, {ID: "u", Title: "Readout"},
	}}
	for id, want := range map[string]string{"v1": "Readout (2023-03-19, 1 of 2)", "v2": "Readout (2023-03-19, 2 of 2)",
		"v3": "Readout (2023-03-20)", "x": "Other", "u": "Readout (4 of 4)", "nobody": "nobody"} {
		if got := a.Name(id); got != want {
			t.Errorf("Name(%q) = %q, want %q", id, got, want)
		}
	}
}
