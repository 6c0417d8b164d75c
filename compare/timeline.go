package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/parley-app/parley/compare/commitment"
	"github.com/parley-app/parley/compare/lang"
	"github.com/parley-app/parley/statement"
)

// Timeline follows the statements in date order, as an analyst follows one
// issuer over months: for each topic, and each subject the statements keep
// returning to (a country, an organisation), what each statement says on
// it and how that changed from the statement before — first said,
// unchanged, reworded, strengthened, weakened, dropped — and the formulas
// that recur across them ("ironclad commitment", "all necessary
// measures"), each with its first and last use.
type Timeline struct {
	Statements []string        `json:"statements"` // ids, in date order (undated ones last, as given)
	Rows       []TimelineRow   `json:"rows"`
	Actors     []ActorSeries   `json:"actors"` // each actor's own commitments, statement by statement
	Phrases    []TrackedPhrase `json:"phrases"`
}

// TimelineRow is a topic or a subject across the statements.
type TimelineRow struct {
	Kind  string         `json:"kind"` // RowTopic or RowSubject
	ID    string         `json:"id"`   // the topic's id, or the subject's name term
	Label string         `json:"label"`
	Cells []TimelineCell `json:"cells"` // one per statement, in date order
}

// The kinds of row.
const (
	RowTopic   = "topic"
	RowSubject = "subject"
)

// Changes reports whether the row tells a story: something other than
// the same words throughout the series.
func (r TimelineRow) Changes() bool {
	for _, c := range r.Cells[min(1, len(r.Cells)):] {
		if c.Mark != MarkUnchanged {
			return true
		}
	}
	return false
}

// TimelineCell is what one statement says on a row's topic or subject.
type TimelineCell struct {
	Statement   string   `json:"statement"`
	Passages    []string `json:"passages"`    // sentence ids
	Mark        string   `json:"mark"`        // one of the Mark… constants
	Strength    string   `json:"strength"`    // of its strongest commitment ("" when none)
	Commitments []string `json:"commitments"` // commitment ids
}

// The marks of a cell, against the statement before it in the series.
const (
	MarkFirst        = "first"        // said for the first time in the series
	MarkReturned     = "returned"     // said again after a statement that did not
	MarkUnchanged    = "unchanged"    // said in near-identical words
	MarkReworded     = "reworded"     // said again in other words
	MarkStrengthened = "strengthened" // its strongest commitment is stronger
	MarkWeakened     = "weakened"     // its strongest commitment is weaker
	MarkDropped      = "dropped"      // said before, not here
	MarkSilent       = ""             // not said here, nor just before
)

// TrackedPhrase is a formula that recurs across the series.
type TrackedPhrase struct {
	Phrase     string   `json:"phrase"`     // as first written
	Variants   []string `json:"variants"`   // other forms of it ("ironclad commitments")
	Statements []string `json:"statements"` // where it is used, in date order
	First      string   `json:"first"`      // statement ids of its first and last use
	Last       string   `json:"last"`
	FirstDate  string   `json:"first_date,omitempty"`
	LastDate   string   `json:"last_date,omitempty"`
	Uses       int      `json:"uses"`      // how many times, in all
	Sentences  []string `json:"sentences"` // where it is used, in series order
	// Analyst marks a phrase the analyst asked to track (TrackPhrase),
	// not one Parley found.
	Analyst bool `json:"analyst,omitempty"`
}

// How much of the series a row or a phrase needs, and how many are kept.
const (
	maxTrackedTerms = 40
	phraseMinWords  = 2
	phraseMaxWords  = 6
	nameShare       = 0.9 // of a word's uses capitalised, for it to be a name
)

// pendingTimeline is the part of the timeline read from the sentences
// alone — the subjects and the formulas — found in the background while
// the sentences are aligned.
type pendingTimeline struct {
	done     chan struct{}
	subjects []subject
	phrases  []TrackedPhrase
}

// readTimeline starts finding the subjects and formulas of the statements
// (sentences with their names linked: after linkNames, which is the last
// to change them).
func readTimeline(sents []*sentence, sts []statement.Statement) *pendingTimeline {
	p := &pendingTimeline{done: make(chan struct{})}
	meta := make([]StatementAnalysis, len(sts))
	for i, st := range sts {
		meta[i] = StatementAnalysis{ID: st.ID, Date: st.Date}
	}
	order := seriesOrder(meta)
	series := make([]string, len(order))
	for k, i := range order {
		series[k] = meta[i].ID
	}
	go func() {
		defer close(p.done)
		p.subjects = subjectsOf(sents, meta)
		p.phrases = trackPhrases(sents, meta, series)
	}()
	return p
}

// buildTimeline makes the timeline of the analysed statements: their
// subjects and formulas (readTimeline) and, for every topic and subject,
// the marks the analysis's passages, pairs and commitments give.
func (a *Analysis) buildTimeline(p *pendingTimeline) {
	<-p.done
	order := seriesOrder(a.Statements)
	t := Timeline{Statements: make([]string, len(order)), Rows: []TimelineRow{}, Phrases: []TrackedPhrase{}}
	for k, i := range order {
		t.Statements[k] = a.Statements[i].ID
	}
	ix := a.newTimelineIndex()
	for _, topic := range a.Topics {
		if len(topic.Passages) > 0 {
			t.Rows = append(t.Rows, a.timelineRow(ix, RowTopic, topic.ID, a.TopicLabel(topic.ID), t.Statements, topic.Passages))
		}
	}
	for _, s := range p.subjects {
		t.Rows = append(t.Rows, a.timelineRow(ix, RowSubject, s.id, s.label, t.Statements, s.passages))
	}
	t.Phrases = p.phrases
	t.Actors = a.actorSeries(t.Statements)
	a.Timeline = t
}

// seriesOrder is the statements' indexes by date, undated ones last, ties
// in the order given.
func seriesOrder(sts []StatementAnalysis) []int {
	order := make([]int, len(sts))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		dx, dy := sts[x].Date, sts[y].Date
		switch {
		case dx == dy:
			return 0
		case dx == "":
			return 1
		case dy == "":
			return -1
		}
		return strings.Compare(dx, dy)
	})
	return order
}

// timelineRow marks each statement's passages on a row against the
// statement before it.
func (a *Analysis) timelineRow(ix *timelineIndex, kind, id, label string, series []string, passages map[string][]string) TimelineRow {
	row := TimelineRow{Kind: kind, ID: id, Label: label, Cells: make([]TimelineCell, len(series))}
	saidBefore := false
	for k, st := range series {
		c := TimelineCell{Statement: st, Passages: passages[st], Commitments: []string{}}
		if c.Passages == nil {
			c.Passages = []string{}
		}
		c.Strength, c.Commitments = a.strongestIn(ix.commitments, c.Passages)
		var prev *TimelineCell
		if k > 0 {
			prev = &row.Cells[k-1]
		}
		c.Mark = ix.mark(c, prev, saidBefore)
		saidBefore = saidBefore || len(c.Passages) > 0
		row.Cells[k] = c
	}
	return row
}

func (ix *timelineIndex) mark(c TimelineCell, prev *TimelineCell, saidBefore bool) string {
	switch {
	case len(c.Passages) == 0 && prev != nil && len(prev.Passages) > 0:
		return MarkDropped
	case len(c.Passages) == 0:
		return MarkSilent
	case prev == nil || len(prev.Passages) == 0:
		if saidBefore {
			return MarkReturned
		}
		return MarkFirst
	}
	if d := strengthRank[commitment.Strength(c.Strength)] - strengthRank[commitment.Strength(prev.Strength)]; d > 0 {
		return MarkStrengthened
	} else if d < 0 {
		return MarkWeakened
	}
	if ix.nearIdentical(c.Passages, prev.Passages) {
		return MarkUnchanged
	}
	return MarkReworded
}

// timelineIndex is what a row's cells ask of the analysis, found once
// rather than by scanning every commitment and pair for each cell (that
// took half, then a fifth, of a month's analysis).
type timelineIndex struct {
	commitments map[string][]int    // each sentence's commitments: indexes into a.Commitments, in order
	versions    map[string][]string // each sentence's counterparts in version pairs
}

func (a *Analysis) newTimelineIndex() *timelineIndex {
	ix := &timelineIndex{commitments: make(map[string][]int, len(a.Commitments)), versions: map[string][]string{}}
	for i, c := range a.Commitments {
		ix.commitments[c.Sentence] = append(ix.commitments[c.Sentence], i)
	}
	for _, p := range a.Pairs {
		if p.Kind == KindVersion {
			ix.versions[p.A] = append(ix.versions[p.A], p.B)
			ix.versions[p.B] = append(ix.versions[p.B], p.A)
		}
	}
	return ix
}

// strongestIn is the strength of the strongest own commitment in the
// passages, and the ids of all their commitments, in the analysis's order.
func (a *Analysis) strongestIn(in map[string][]int, passages []string) (string, []string) {
	var at []int
	for _, p := range passages {
		at = append(at, in[p]...)
	}
	slices.Sort(at)
	at = slices.Compact(at) // a passage listed twice counts once
	best, ids := "", make([]string, 0, len(at))
	for _, i := range at {
		c := a.Commitments[i]
		ids = append(ids, c.ID)
		if !c.Reported && strengthRank[c.Strength] > strengthRank[commitment.Strength(best)] {
			best = string(c.Strength)
		}
	}
	return best, ids
}

// nearIdentical reports whether a passage of one cell is aligned as a
// version (near-identical words) with a passage of the other.
func (ix *timelineIndex) nearIdentical(x, y []string) bool {
	for _, s := range x {
		for _, v := range ix.versions[s] {
			if slices.Contains(y, v) {
				return true
			}
		}
	}
	return false
}

// subject is a name the statements keep returning to, with its passages.
type subject struct {
	id, label string
	passages  map[string][]string
	stmts     int
	count     int
}

// subjectsOf finds the names the statements keep returning to: single
// words written with a capital nearly everywhere they are used (not
// "Global" of a heading, written "global" elsewhere) and that are no
// common word of the language ("Summit", "Declaration": the synonym
// table holds common words only), a demonym counting for its country;
// those most of the statements use, most used first, each labelled as
// most often written.
func subjectsOf(sents []*sentence, sts []StatementAnalysis) []subject {
	common := lang.SynonymsFor("en")
	if len(sts) < 2 {
		return nil
	}
	capital, uses, forms := map[string]int{}, map[string]int{}, map[string]map[string]int{}
	for _, s := range sents {
		for _, t := range s.tokens {
			uses[t.Stem]++
			if t.Capital {
				capital[t.Stem]++
				if forms[t.Stem] == nil {
					forms[t.Stem] = map[string]int{}
				}
				form := s.text[t.Start-s.span.Start : t.End-s.span.Start]
				form = strings.TrimSuffix(strings.TrimSuffix(form, "’s"), "'s")
				forms[t.Stem][form]++
			}
		}
	}
	byName := map[string]*subject{}
	for _, s := range sents {
		for name := range s.names {
			if strings.Contains(name, " ") || isNumber(name) || len([]rune(name)) < 3 || len(common.Groups(name)) > 0 ||
				uses[name] > 0 && float64(capital[name]) < nameShare*float64(uses[name]) {
				continue
			}
			sub := byName[name]
			if sub == nil {
				sub = &subject{id: name, label: commonest(forms[name], name), passages: map[string][]string{}}
				byName[name] = sub
			}
			id := sts[s.statement].ID
			if len(sub.passages[id]) == 0 {
				sub.stmts++
			}
			sub.passages[id] = append(sub.passages[id], s.id)
			sub.count++
		}
	}
	need := max(2, (len(sts)+1)/2)
	var out []subject
	for _, sub := range byName {
		if sub.stmts >= need {
			out = append(out, *sub)
		}
	}
	slices.SortFunc(out, func(x, y subject) int {
		if c := cmp.Compare(y.count, x.count); c != 0 {
			return c
		}
		return strings.Compare(x.id, y.id)
	})
	return out
}

// commonest is the most frequent form, ties alphabetical; fallback when
// there is none.
func commonest(forms map[string]int, fallback string) string {
	best, n := fallback, 0
	for f, c := range forms {
		if c > n || c == n && f < best {
			best, n = f, c
		}
	}
	return best
}
