package compare

import (
	"math"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

// TestParticularShare: the words a pair shares count as particular only
// when no other sentence of either statement holds them; a formula each
// statement repeats is not.
func TestParticularShare(t *testing.T) {
	sts := []statement.Statement{
		{ID: "a", Text: "The minister welcomed the grain corridor agreement. " +
			"The minister welcomed the fishing quota. " +
			"Floods closed the Varno bridge for a week."},
		{ID: "b", Text: "The minister welcomed progress on the grain corridor agreement. " +
			"The minister welcomed new ferry routes. " +
			"The Varno bridge reopened after the floods."},
	}
	sents := readForMatching(t, sts)
	markAlone(sents)
	find := func(st int, words string) *sentence {
		for _, s := range sents {
			if s.statement == st && strings.Contains(s.text, words) {
				return s
			}
		}
		t.Fatalf("no sentence with %q", words)
		return nil
	}
	tests := []struct {
		name     string
		a, b     string
		min, max float64
		words    []string // particular terms that must be listed
	}{
		// "minister welcomed" is each statement's formula; "grain corridor
		// agreement" is this pair's alone.
		{"formula and a particular point", "grain corridor", "grain corridor", 0.5, 0.99, []string{"grain", "corridor", "agreement"}},
		// Only the formula: nothing particular.
		{"the formula alone", "fishing quota", "ferry routes", 0, 0, nil},
		// Every shared word is theirs alone.
		{"all particular", "Varno bridge", "Varno bridge", 1, 1, []string{"bridg"}},
	}
	for _, tt := range tests {
		a, b := find(0, tt.a), find(1, tt.b)
		score := a.vec.dot(b.vec)
		got := particularShare(a, b, score)
		if got < tt.min-1e-9 || got > tt.max+1e-9 || math.IsNaN(got) {
			t.Errorf("%s: particular share %.3f, want %.2f to %.2f", tt.name, got, tt.min, tt.max)
		}
		terms := particularTerms(a, b)
		for _, w := range tt.words {
			found := false
			for _, x := range terms {
				found = found || x == w || strings.HasPrefix(x, w)
			}
			if !found {
				t.Errorf("%s: %q not among the particular terms %q", tt.name, w, terms)
			}
		}
		if tt.words == nil && len(terms) > 0 {
			t.Errorf("%s: particular terms %q, want none", tt.name, terms)
		}
	}
	if got := particularShare(sents[0], sents[3], 0); got != 0 {
		t.Errorf("a pair with no score has a particular share of %v", got)
	}
}

// TestWhyNamesParticularWords: a pair whose shared words are its own says
// so in its evidence; the formula both statements repeat is not named.
func TestWhyNamesParticularWords(t *testing.T) {
	sts := []statement.Statement{
		{ID: "a", Text: "The minister welcomed the grain corridor agreement. " +
			"The minister welcomed the fishing quota."},
		{ID: "b", Text: "The minister welcomed progress on the grain corridor agreement. " +
			"The minister welcomed new ferry routes."},
	}
	a := analyze(t, sts)
	x, y := find(t, a, "a", "grain"), find(t, a, "b", "grain")
	p := paired(a, x.ID, y.ID)
	if p == nil {
		t.Fatalf("the two sentences on the grain corridor are not paired: %+v", a.Pairs)
	}
	got := strings.Join(p.Why.Particular, ",")
	if !strings.Contains(got, "grain") || strings.Contains(got, "minister") || strings.Contains(got, "welcomed") {
		t.Errorf("particular evidence %q: want the grain corridor, not the formula", got)
	}
	if !strings.Contains(p.Why.String(), "particular to the pair: ") {
		t.Errorf("the evidence line does not name the particular words: %s", p.Why)
	}
}
