package compare

import (
	"sort"
	"strings"
)

// CommitmentGap is an aligned pair whose two passages commit differently,
// ranked so that a reader sees the widest differences first.
type CommitmentGap struct {
	Topic string  `json:"topic"`
	A     string  `json:"a"` // sentence ids, as in the pair
	B     string  `json:"b"`
	Rank  int     `json:"rank"`  // 3: one side commits, the other not; 2: the kinds differ; 1: only strength or polarity
	Score float64 `json:"score"` // the pair's alignment score, which breaks ties
	// Summary spells out both sides, by statement name: "White House
	// officials on …: United States refuses (median) / John Kirby on …: no
	// commitment".
	Summary string `json:"summary"`
}

// Silence is a topic on which some actors of the comparison commit and
// the others make no commitment at all.
type Silence struct {
	Topic     string     `json:"topic"`
	Committed []GridCell `json:"committed"` // the actors who commit, with what
	Silent    []string   `json:"silent"`    // the actors who do not
}

// rankCommitmentGaps lists the aligned pairs whose commitments differ,
// widest gap first, then by alignment score.
func (a *Analysis) rankCommitmentGaps() {
	a.CommitmentGaps = []CommitmentGap{}
	bySentence := map[string][]Commitment{}
	for _, c := range a.Commitments {
		bySentence[c.Sentence] = append(bySentence[c.Sentence], c)
	}
	for _, p := range a.Pairs {
		if p.Commitments == "" {
			continue
		}
		rank := commitmentGap(bySentence[p.A], bySentence[p.B])
		if rank > 0 {
			a.CommitmentGaps = append(a.CommitmentGaps, CommitmentGap{Topic: p.Topic, A: p.A, B: p.B, Rank: rank, Score: p.Score, Summary: p.Commitments})
		}
	}
	sort.SliceStable(a.CommitmentGaps, func(i, j int) bool {
		gi, gj := a.CommitmentGaps[i], a.CommitmentGaps[j]
		if gi.Rank != gj.Rank {
			return gi.Rank > gj.Rank
		}
		return gi.Score > gj.Score
	})
}

// commitmentGap ranks how two passages' commitments differ: 3 when one
// side makes none, 2 when the kinds differ, 1 when only strength or
// polarity does, 0 when they match.
func commitmentGap(a, b []Commitment) int {
	switch {
	case len(a) == 0 || len(b) == 0:
		return 3
	case kinds(a, false) != kinds(b, false):
		return 2
	case kinds(a, true) != kinds(b, true):
		return 1
	}
	return 0
}

func kinds(cs []Commitment, detail bool) string {
	ks := make([]string, 0, len(cs))
	for _, c := range cs {
		k := string(c.Kind)
		if detail {
			k = Describe(c.Commitment)
		}
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ",")
}

// findSilences lists, per topic of the commitment grid, who commits and
// which other actors do not, the topics most actors commit on first.
func (a *Analysis) findSilences() {
	g := a.CommitmentGrid
	a.Silences = []Silence{}
	for _, t := range g.Topics {
		s := Silence{Topic: t}
		committed := map[string]bool{}
		for _, c := range g.Cells {
			if c.Topic == t {
				s.Committed = append(s.Committed, c)
				committed[c.Actor] = true
			}
		}
		if len(s.Committed) == 0 || len(committed) == len(g.Actors) {
			continue
		}
		for _, actor := range g.Actors {
			if !committed[actor] {
				s.Silent = append(s.Silent, actor)
			}
		}
		a.Silences = append(a.Silences, s)
	}
	sort.SliceStable(a.Silences, func(i, j int) bool { return len(a.Silences[i].Committed) > len(a.Silences[j].Committed) })
}
