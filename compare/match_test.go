package compare

import (
	"context"
	"slices"
	"testing"

	"github.com/parley-app/parley/statement"
)

// readForMatching reads the statements as Analyze does up to matching:
// sentences, names linked, vectors weighed.
func readForMatching(t testing.TB, sts []statement.Statement) []*sentence {
	t.Helper()
	sents, _, _, err := readStatements(context.Background(), sts, DefaultTopics(), func(float64) {})
	if err != nil {
		t.Fatal(err)
	}
	linkNames(sents)
	weighTerms(sents)
	return sents
}

// TestBestTableKeepsFourBestPerKey: both forms of the table (the dense
// index and, past denseBestKeys, the map) keep each (sentence, statement)
// apart and its four best scores in descending order.
func TestBestTableKeepsFourBestPerKey(t *testing.T) {
	for _, tt := range []struct {
		name       string
		sentences  int
		statements int
	}{
		{"dense", 10, 3},
		{"map", denseBestKeys + 1, 1}, // one statement's worth of keys past the bound
	} {
		tab := newBestTable(tt.sentences, tt.statements, 4)
		if (tab.dense != nil) != (tt.name == "dense") {
			t.Fatalf("%s: dense index %v", tt.name, tab.dense != nil)
		}
		for _, x := range []float64{0.2, 0.9, 0.1, 0.5, 0.7, 0.3} {
			tab.get(7, 0).add(x)
		}
		tab.get(2, 0).add(0.4)
		if got, want := tab.get(7, 0).list(), []float64{0.9, 0.7, 0.5, 0.3}; !slices.Equal(got, want) {
			t.Errorf("%s: bests %v, want %v", tt.name, got, want)
		}
		if got := tab.get(2, 0).list(); !slices.Equal(got, []float64{0.4}) {
			t.Errorf("%s: another key's bests %v, want [0.4]", tt.name, got)
		}
		if got := tab.get(3, 0).list(); len(got) != 0 {
			t.Errorf("%s: a key never added to has %v", tt.name, got)
		}
		tab.reset()
		if got := tab.get(7, 0).list(); len(got) != 0 {
			t.Errorf("%s: after reset %v", tt.name, got)
		}
	}
}

// TestSortCandidatesOrdersByBothSentences: the linear sort gives the
// order of a comparison sort on (i, j), whatever the chunks' order.
func TestSortCandidatesOrdersByBothSentences(t *testing.T) {
	chunks := [][]candidate{
		{{i: 3, j: 9, score: 1}, {i: 0, j: 4, score: 2}, {i: 3, j: 5, score: 3}},
		{},
		{{i: 1, j: 2, score: 4}, {i: 0, j: 1, score: 5}, {i: 3, j: 7, score: 6}},
	}
	got := sortCandidates(chunks, 10)
	want := slices.Concat(chunks...)
	slices.SortFunc(want, func(x, y candidate) int {
		if x.i != y.i {
			return int(x.i - y.i)
		}
		return int(x.j - y.j)
	})
	if !slices.Equal(got, want) {
		t.Errorf("sorted %v, want %v", got, want)
	}
}

// TestNameOverlapCountsNames: the merge of the sorted name ids counts
// what a comparison of the two sentences' name sets counts, on every pair
// of the demo's sentences.
func TestNameOverlapCountsNames(t *testing.T) {
	sents := readForMatching(t, demoStatements(t))
	withNames := 0
	for _, a := range sents {
		if len(a.names) > 0 {
			withNames++
		}
		for _, b := range sents {
			var shared, onlyA, onlyB int
			for n := range a.names {
				if b.names[n] {
					shared++
				} else {
					onlyA++
				}
			}
			for n := range b.names {
				if !a.names[n] {
					onlyB++
				}
			}
			s, x, y := nameOverlap(a, b)
			if s != shared || x != onlyA || y != onlyB {
				t.Fatalf("%s and %s: nameOverlap %d/%d/%d, want %d/%d/%d", a.id, b.id, s, x, y, shared, onlyA, onlyB)
			}
		}
	}
	if withNames < 10 {
		t.Fatalf("only %d sentences with names: the test checks little", withNames)
	}
}
