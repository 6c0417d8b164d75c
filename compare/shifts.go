package compare

import (
	"fmt"

	"github.com/parley-app/parley/compare/commitment"
)

// CommitmentShift is how one actor's commitments on a topic changed from
// one of its statements to the next (in time when every statement is
// dated): a commitment appeared or disappeared, or its strongest
// commitment there grew stronger or weaker.
type CommitmentShift struct {
	Actor  string `json:"actor"`
	Topic  string `json:"topic"`
	From   string `json:"from"`   // the earlier statement
	To     string `json:"to"`     // the later one
	Change string `json:"change"` // ShiftAppeared, ShiftDisappeared, ShiftStrengthened or ShiftWeakened
	Before string `json:"before"` // the earlier cell's summary ("" when none)
	After  string `json:"after"`  // the later cell's summary ("" when none)
	// Commitments are the ids of the later cell's commitments, else the
	// earlier's: where to read the change.
	Commitments []string `json:"commitments"`
}

// The changes a CommitmentShift names.
const (
	ShiftAppeared     = "appeared"
	ShiftDisappeared  = "disappeared"
	ShiftStrengthened = "strengthened"
	ShiftWeakened     = "weakened"
)

// strengthRank orders strengths; 0 is no commitment.
var strengthRank = map[commitment.Strength]int{commitment.Low: 1, commitment.Median: 2, commitment.High: 3}

// findShifts compares each actor's grid rows, statement after statement,
// topic by topic. Only actors that speak in two statements or more have
// shifts; an actor's topics are the ones it commits on in either.
func (a *Analysis) findShifts() {
	a.CommitmentShifts = []CommitmentShift{}
	g := a.CommitmentGrid
	cells := map[GridRow]map[string]GridCell{}
	for _, c := range g.Cells {
		r := GridRow{Actor: c.Actor, Statement: c.Statement}
		if cells[r] == nil {
			cells[r] = map[string]GridCell{}
		}
		cells[r][c.Topic] = c
	}
	byID := map[string]*Commitment{}
	for i := range a.Commitments {
		byID[a.Commitments[i].ID] = &a.Commitments[i]
	}
	strongest := func(c GridCell) int {
		best := 0
		for _, id := range c.Commitments {
			if cm := byID[id]; cm != nil {
				best = max(best, strengthRank[cm.Strength])
			}
		}
		return best
	}
	for i := 1; i < len(g.Rows); i++ {
		prev, cur := g.Rows[i-1], g.Rows[i]
		if prev.Actor != cur.Actor {
			continue
		}
		for _, t := range g.Topics {
			before, hadBefore := cells[prev][t]
			after, hasAfter := cells[cur][t]
			s := CommitmentShift{Actor: cur.Actor, Topic: t, From: prev.Statement, To: cur.Statement, Before: before.Summary, After: after.Summary,
				Commitments: after.Commitments}
			if !hasAfter {
				s.Commitments = before.Commitments
			}
			switch {
			case !hadBefore && !hasAfter:
				continue
			case !hadBefore:
				s.Change = ShiftAppeared
			case !hasAfter:
				s.Change = ShiftDisappeared
			case strongest(after) > strongest(before):
				s.Change = ShiftStrengthened
			case strongest(after) < strongest(before):
				s.Change = ShiftWeakened
			default:
				continue
			}
			a.CommitmentShifts = append(a.CommitmentShifts, s)
		}
	}
}

// Describe says the shift in a line: "G7 on nuclear programmes, from
// Hiroshima to Apulia: strengthened — pledge (median) → pledge (high)";
// name gives a topic's label and a statement's name.
func (s CommitmentShift) Describe(name func(id string) string) string {
	before, after := s.Before, s.After
	if before == "" {
		before = "nothing"
	}
	if after == "" {
		after = "nothing"
	}
	return fmt.Sprintf("%s on %s, from %s to %s: %s — %s → %s", s.Actor, name(s.Topic), name(s.From), name(s.To), s.Change, before, after)
}
