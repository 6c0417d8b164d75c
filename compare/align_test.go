package compare

import (
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

// The aligner matches passages across statements whatever their topic;
// these tests pin its parts: kinds, evidence, phrases, versions, order.

func TestPairKinds(t *testing.T) {
	sts := []statement.Statement{
		{ID: "a", Text: "The ministers met in Geneva on Tuesday to review the grain corridor. " +
			"We will not hesitate to take all necessary action to protect our people. " +
			"Harvests in the northern provinces failed for a third year."},
		{ID: "b", Text: "The ministers met in Geneva on Tuesday to review the grain corridor and shipping insurance. " +
			"We will not hesitate to take all necessary action to hold you accountable. " +
			"A new envoy was named for the talks."},
	}
	a := analyze(t, sts)
	tests := []struct {
		a, b, kind string
	}{
		{"ministers met", "ministers met", KindVersion},
		{"not hesitate", "not hesitate", KindVersion},
	}
	for _, tt := range tests {
		x, y := find(t, a, "a", tt.a), find(t, a, "b", tt.b)
		p := paired(a, x.ID, y.ID)
		if p == nil {
			t.Errorf("%q and %q are not paired", x.Text, y.Text)
			continue
		}
		if p.Kind != tt.kind {
			t.Errorf("%s ↔ %s: kind %q, want %q", x.ID, y.ID, p.Kind, tt.kind)
		}
	}
	harvest := find(t, a, "a", "Harvests")
	if got := a.Counterparts(harvest.ID); len(got) != 0 {
		t.Errorf("a sentence with no counterpart was paired with %v", got)
	}
	if len(harvest.Topics) != 0 {
		t.Errorf("a lone sentence became a topic of its own: %+v", harvest.Topics)
	}
}

func TestPairPhrasesAndWhy(t *testing.T) {
	sts := []statement.Statement{
		{ID: "eu", Text: "The European Union reaffirms its unwavering support for the sovereignty of Ostrana. " +
			"Kestria must withdraw its forces from the Ostran border districts without delay."},
		{ID: "uk", Text: "The United Kingdom will host a donor conference in London in March. " +
			"The Kestrian government must withdraw its forces from the border districts immediately."},
	}
	a := analyze(t, sts)
	x, y := find(t, a, "eu", "withdraw"), find(t, a, "uk", "withdraw")
	p := paired(a, x.ID, y.ID)
	if p == nil {
		t.Fatalf("the two demands to withdraw are not paired: %+v", a.Pairs)
	}
	if len(p.Phrases) == 0 {
		t.Fatal("no shared phrase")
	}
	var texts []string
	for _, ph := range p.Phrases {
		if got := x.Text[ph.AStart:ph.AEnd]; got != ph.Text {
			t.Errorf("phrase %q: A offsets give %q", ph.Text, got)
		}
		bText := y.Text[ph.BStart:ph.BEnd]
		if !strings.EqualFold(strings.Fields(bText)[0], strings.Fields(ph.Text)[0]) {
			t.Errorf("phrase %q: B offsets give %q", ph.Text, bText)
		}
		texts = append(texts, ph.Text)
	}
	if !strings.Contains(strings.Join(texts, "|"), "must withdraw its forces from the") {
		t.Errorf("shared phrases %q lack the demand", texts)
	}
	if len(p.Why.Terms)+len(p.Why.Phrases) == 0 || p.Why.String() == "" {
		t.Errorf("no evidence: %+v", p.Why)
	}
	for _, s := range []Sentence{find(t, a, "eu", "reaffirms"), find(t, a, "uk", "donor")} {
		if cp := a.Counterparts(s.ID); len(cp) > 0 {
			t.Errorf("%s has no counterpart, but was paired with %v", s.ID, cp)
		}
	}
}

func TestAreVersions(t *testing.T) {
	a := analyze(t, loadCorpus(t, "us_readout_biden_netanyahu_2023-03-19_v1_original.txt",
		"us_readout_biden_netanyahu_2023-03-19_v2_revised.txt"))
	if !a.AreVersions(a.Statements[0].ID, a.Statements[1].ID) {
		t.Error("a readout and its revision are not versions")
	}
	d := analyze(t, demoStatements(t))
	if d.AreVersions("white-house", "kirby") || d.AreVersions("white-house", "white-house") || d.AreVersions("white-house", "nobody") {
		t.Error("different statements are called versions")
	}
}

// Between two versions of one text, a rewritten sentence between two
// unchanged ones is paired with its old wording through the documents'
// order, though the words alone would not reach the threshold.
func TestOrderPriorPairsARewrittenSentence(t *testing.T) {
	same := []string{
		"The council met on Monday to discuss the harbour dredging budget.",
		"Members reviewed the engineering report on silt levels at the north quay.",
		"The chair thanked the port authority for its cooperation during the survey.",
		"A final vote on the tender is expected before the summer recess.",
	}
	oldMid := "Costs are expected to rise because contractors face higher fuel prices."
	newMid := "Fuel for the dredgers now costs more, so the estimate goes up."
	v1 := strings.Join([]string{same[0], same[1], oldMid, same[2], same[3]}, " ")
	v2 := strings.Join([]string{same[0], same[1], newMid, same[2], same[3]}, " ")
	a := analyze(t, []statement.Statement{{ID: "v1", Text: v1}, {ID: "v2", Text: v2}})
	p := paired(a, find(t, a, "v1", "contractors").ID, find(t, a, "v2", "dredgers now").ID)
	if p == nil {
		t.Fatalf("the rewritten sentence is not paired: %+v", a.Pairs)
	}
	if p.Why.Order == "" {
		t.Errorf("the pair does not say it follows from the order: %+v", p.Why)
	}
}
