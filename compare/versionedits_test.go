package compare

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// The readout's revision drops the West Bank sentence and adds none; the
// two G7 excerpts are different texts, so they have no edits.
func TestVersionEdits(t *testing.T) {
	sts := loadCorpus(t, readoutV1, readoutV2)
	a, err := Analyze(context.Background(), sts, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	e, ok := a.VersionEdits(sts[0].ID, sts[1].ID)
	if !ok {
		t.Fatal("the readout's versions are not versions")
	}
	if e.Earlier != sts[0].ID || e.Later != sts[1].ID {
		t.Errorf("same date: the first given is the earlier; got %+v", e)
	}
	if len(e.Removed) != 1 || !strings.Contains(a.Sentence(e.Removed[0]).Text, "West Bank") || len(e.Added) != 0 {
		t.Errorf("removed %q, added %q: want the West Bank sentence removed, nothing added", e.Removed, e.Added)
	}
	a.Statements[0].Date = "2023-03-20" // now the first is the later: its West Bank sentence was added
	if e, _ := a.VersionEdits(sts[0].ID, sts[1].ID); e.Later != sts[0].ID || len(e.Added) != 1 || len(e.Removed) != 0 {
		t.Errorf("dates decide which is later: %+v", e)
	}

	g7 := loadCorpus(t, "g7_hiroshima_communique_2023-05-20_middle-east-iran-excerpt.txt", "g7_apulia_communique_2024-06-14_middle-east-iran-excerpt.txt")
	b, err := Analyze(context.Background(), g7, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := b.VersionEdits(g7[0].ID, g7[1].ID); ok {
		t.Errorf("two communiqués are no versions of one text, yet edits %+v", e)
	}
}

// The chain runs from a sentence through its counterparts to theirs in the
// next statements, and not back into a statement it came through.
func TestChain(t *testing.T) {
	a := &Analysis{Statements: []StatementAnalysis{
		{ID: "x", Sentences: []Sentence{{ID: "x:s1"}, {ID: "x:s2"}}},
		{ID: "y", Sentences: []Sentence{{ID: "y:s1"}, {ID: "y:s2"}}},
		{ID: "z", Sentences: []Sentence{{ID: "z:s1"}, {ID: "z:s2"}}},
	}, Pairs: []Pair{
		{A: "x:s1", B: "y:s1"},
		{A: "y:s1", B: "z:s2"},
		{A: "y:s2", B: "z:s2"}, // reached from z, but z is past y: not in x:s1's chain
		{A: "x:s2", B: "z:s1"},
	}}
	got := a.Chain("x:s1", []string{"x", "y", "z"})
	if !slices.Equal(got, []string{"y:s1", "z:s2"}) {
		t.Errorf("chain of x:s1 = %q, want y:s1 then z:s2", got)
	}
	if got := a.Chain("z:s2", []string{"x", "y", "z"}); !slices.Equal(got, []string{"x:s1", "y:s1", "y:s2"}) {
		t.Errorf("chain of z:s2 = %q, want x:s1, y:s1, y:s2", got)
	}
	if got := a.Chain("nowhere", []string{"x"}); got != nil {
		t.Errorf("chain of an unknown sentence = %q", got)
	}
}
