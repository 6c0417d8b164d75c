package compare

import (
	"strings"
	"testing"

	"github.com/parley-app/parley/compare/commitment"
)

func commitmentIn(a *Analysis, statement, phrase string) *Commitment {
	for i, c := range a.Commitments {
		if c.Statement == statement && strings.Contains(a.Sentence(c.Sentence).Text, phrase) {
			return &a.Commitments[i]
		}
	}
	return nil
}

func TestDemoCommitments(t *testing.T) {
	a := analyze(t, demoStatements(t))
	tests := []struct {
		statement, phrase, actor string
		kind                     commitment.Kind
		polarity                 commitment.Polarity
		topic                    string
	}{
		{"white-house", "will not take part", "United States", commitment.Refusal, commitment.Negative, "escalation"},
		// No general cue puts "For the defense of Israel, we shall not waver"
		// on a topic since the demo-only cue "not waver" went (issue 16).
		{"white-house", "we shall not waver", "United States", commitment.Pledge, commitment.Positive, ""},
		{"israel", "not seeking a significant escalation", "Israel", commitment.Refusal, commitment.Negative, "escalation"},
		{"iran", "respond immediately if Israel retaliates", "Iran", commitment.Conditional, commitment.Positive, "retaliation"},
	}
	for _, tt := range tests {
		c := commitmentIn(a, tt.statement, tt.phrase)
		if c == nil {
			t.Errorf("%s %q: no commitment found", tt.statement, tt.phrase)
			continue
		}
		if c.Actor != tt.actor || c.Kind != tt.kind || c.Polarity != tt.polarity {
			t.Errorf("%s %q: %s %s %s, want %s %s %s", tt.statement, tt.phrase, c.Actor, c.Kind, c.Polarity, tt.actor, tt.kind, tt.polarity)
		}
		if tt.topic != "" && !contains(c.Topics, tt.topic) {
			t.Errorf("%s %q: topics %v, want %s among them", tt.statement, tt.phrase, c.Topics, tt.topic)
		}
		st := demoStatements(t)
		for _, s := range st {
			if s.ID == c.Statement && !strings.Contains(s.Text[c.Start:c.End], tt.phrase[:8]) {
				t.Errorf("%s: offsets %d..%d give %q, not the commitment's clause", c.ID, c.Start, c.End, s.Text[c.Start:c.End])
			}
		}
		if len(c.Cues) == 0 {
			t.Errorf("%s: no cue words to explain it", c.ID)
		}
	}
	// Kirby's assessments are not commitments.
	if c := commitmentIn(a, "kirby", "incredible success"); c != nil {
		t.Errorf("an assessment was taken for a commitment: %+v", c)
	}
}

func TestCommitmentGridAndPairs(t *testing.T) {
	a := analyze(t, demoStatements(t))
	cell := func(actor, topic string) *GridCell {
		for i, c := range a.CommitmentGrid.Cells {
			if c.Actor == actor && c.Topic == topic {
				return &a.CommitmentGrid.Cells[i]
			}
		}
		return nil
	}
	if c := cell("Iran", "retaliation"); c == nil || !strings.Contains(c.Summary, "conditional") {
		t.Errorf("grid: Iran × retaliation = %+v", c)
	}
	if c := cell("Iran", "condemnation"); c != nil {
		t.Errorf("grid: Iran condemns nothing, but has %+v", c)
	}
	var spelled []string
	for _, p := range a.Pairs {
		if p.Commitments != "" {
			spelled = append(spelled, p.Commitments)
		}
	}
	joined := strings.Join(spelled, "\n")
	if !strings.Contains(joined, "Iran commits on a condition (median) if Israel retaliates") || !strings.Contains(joined, "no commitment") {
		t.Errorf("pair commitment differences not spelled out:\n%s", joined)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// The grid keeps an actor's statements apart: the G7 of Hiroshima (2023)
// and the G7 of Apulia (2024) are two rows, in time order, and the shifts
// say how the G7's commitments changed from one to the other.
func TestGridKeepsStatementsApart(t *testing.T) {
	sts := append(loadCorpusGlob(t, "communiques/*2024*"), loadCorpusGlob(t, "communiques/*2023*")...)
	a := analyze(t, sts)
	var g7 []GridRow
	for _, r := range a.CommitmentGrid.Rows {
		if r.Actor == "G7" {
			g7 = append(g7, r)
		}
	}
	if len(g7) != 2 || !strings.Contains(g7[0].Statement, "2023") || !strings.Contains(g7[1].Statement, "2024") {
		t.Fatalf("G7 rows %v, want the 2023 communiqué, then the 2024 one", g7)
	}
	if l := a.RowLabel(g7[0]); !strings.Contains(l, "G7 · ") || !strings.Contains(l, "2023-05-20") {
		t.Errorf("row label %q lacks the statement and its date", l)
	}
	for _, c := range a.CommitmentGrid.Cells {
		for _, id := range c.Commitments {
			if cm := commitmentByID(a, id); cm == nil || cm.Statement != c.Statement || cm.Actor != c.Actor {
				t.Fatalf("cell %s/%s/%s holds commitment %s of another row", c.Actor, c.Statement, c.Topic, id)
			}
		}
	}
	if len(a.CommitmentShifts) == 0 {
		t.Fatal("no shift between the two communiqués")
	}
	for _, s := range a.CommitmentShifts {
		if s.Actor != "G7" || s.From != g7[0].Statement || s.To != g7[1].Statement || len(s.Commitments) == 0 {
			t.Errorf("shift %+v", s)
		}
		switch s.Change {
		case ShiftAppeared:
			if s.Before != "" || s.After == "" {
				t.Errorf("appeared: %+v", s)
			}
		case ShiftDisappeared:
			if s.Before == "" || s.After != "" {
				t.Errorf("disappeared: %+v", s)
			}
		case ShiftStrengthened, ShiftWeakened:
			if s.Before == "" || s.After == "" {
				t.Errorf("%s: %+v", s.Change, s)
			}
		default:
			t.Errorf("unknown change %q", s.Change)
		}
	}
	if d := a.CommitmentShifts[0].Describe(a.Name); !strings.Contains(d, "G7 on ") || !strings.Contains(d, "Hiroshima") {
		t.Errorf("description %q", d)
	}
}

func commitmentByID(a *Analysis, id string) *Commitment {
	for i := range a.Commitments {
		if a.Commitments[i].ID == id {
			return &a.Commitments[i]
		}
	}
	return nil
}
