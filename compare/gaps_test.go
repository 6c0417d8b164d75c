package compare

import (
	"slices"
	"testing"
)

func TestCommitmentGapsAreRankedPairs(t *testing.T) {
	a := analyze(t, demoStatements(t))
	if len(a.CommitmentGaps) == 0 {
		t.Fatal("the demo's aligned pairs differ in their commitments, yet no gap was found")
	}
	for i, g := range a.CommitmentGaps {
		want := commitmentGap(a.CommitmentsOf(g.A), a.CommitmentsOf(g.B))
		if g.Rank != want || g.Rank == 0 {
			t.Errorf("gap %s–%s: rank %d, want %d", g.A, g.B, g.Rank, want)
		}
		if !slices.ContainsFunc(a.Pairs, func(p Pair) bool { return p.A == g.A && p.B == g.B && p.Commitments == g.Summary }) {
			t.Errorf("gap %s–%s is not an aligned pair with that summary", g.A, g.B)
		}
		if i > 0 {
			prev := a.CommitmentGaps[i-1]
			if prev.Rank < g.Rank || prev.Rank == g.Rank && prev.Score < g.Score {
				t.Errorf("gaps out of order at %d: %+v before %+v", i, prev, g)
			}
		}
	}
}

func TestCommitmentGapRanks(t *testing.T) {
	pledge := Commitment{}
	pledge.Kind, pledge.Strength = "pledge", "high"
	weak := pledge
	weak.Strength = "low"
	refusal := pledge
	refusal.Kind = "refusal"
	tests := []struct {
		name string
		a, b []Commitment
		want int
	}{
		{"one side silent", []Commitment{pledge}, nil, 3},
		{"kinds differ", []Commitment{pledge}, []Commitment{refusal}, 2},
		{"strength differs", []Commitment{pledge}, []Commitment{weak}, 1},
		{"the same", []Commitment{pledge}, []Commitment{pledge}, 0},
	}
	for _, tt := range tests {
		if got := commitmentGap(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
}

// A silence names every actor of the grid exactly once: as committed or
// as silent, never both, and never a topic where all or none commit.
func TestSilencesPartitionTheActors(t *testing.T) {
	a := analyze(t, demoStatements(t))
	if len(a.Silences) == 0 {
		t.Fatal("some demo actors commit on topics others are silent on, yet no silence was found")
	}
	for _, s := range a.Silences {
		seen := map[string]int{}
		for _, c := range s.Committed {
			if c.Topic != s.Topic {
				t.Errorf("%s: cell of topic %s", s.Topic, c.Topic)
			}
			seen[c.Actor]++
		}
		for _, actor := range s.Silent {
			seen[actor]++
		}
		if len(s.Committed) == 0 || len(s.Silent) == 0 {
			t.Errorf("%s: %d committed, %d silent", s.Topic, len(s.Committed), len(s.Silent))
		}
		for _, actor := range a.CommitmentGrid.Actors {
			if seen[actor] != 1 {
				t.Errorf("%s: actor %s appears %d times", s.Topic, actor, seen[actor])
			}
		}
	}
}
