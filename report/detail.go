package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/parley-app/parley/compare"
)

// Detail is how much a report holds.
type Detail string

// The detail levels. Standard, the default, is a report sized for
// reading: the findings, the summary, and in the later sections the
// passages, pairs and commitments that matter most, each section saying
// what it leaves out; its appendix quotes only the sentences it cites.
// Summary stops after the summary. Full holds every passage, pair,
// redline and commitment, and the full texts.
const (
	DetailSummary  Detail = "summary"
	DetailStandard Detail = "standard"
	DetailFull     Detail = "full"
)

// Details are the levels, as the command line and the export dialog offer
// them.
var Details = []Detail{DetailSummary, DetailStandard, DetailFull}

// ParseDetail reads a detail level; "" is the standard one.
func ParseDetail(s string) (Detail, error) {
	switch d := Detail(strings.ToLower(strings.TrimSpace(s))); d {
	case "":
		return DetailStandard, nil
	case DetailSummary, DetailStandard, DetailFull:
		return d, nil
	}
	return "", fmt.Errorf("unknown detail level %q: use summary, standard or full", s)
}

// What a standard report keeps of each long list.
const (
	standardTopics        = 10 // topics shown in the alignment and wording sections
	standardPassages      = 3  // a statement's passages on a topic
	standardPairs         = 3  // a topic's aligned pairs listed
	standardRedlines      = 2  // a topic's pairs shown as redlines
	standardCommitments   = 12 // a statement's commitments listed
	standardContextWords  = 12 // unchanged words kept on each side of a version's change
	standardChanges       = 60 // a version diff's changes shown
	standardUnchangedTail = 2 * standardContextWords
)

func (d *doc) full() bool { return d.opt.Detail == DetailFull }

// sections are the report's sections at its detail level.
func (d *doc) sections() []func() {
	switch d.opt.Detail {
	case DetailSummary:
		return []func(){d.cover, d.findings, d.summary, d.appendix}
	default:
		return []func(){d.cover, d.findings, d.summary, d.alignment, d.wording, d.commitments, d.timeline, d.vocabulary, d.appendix}
	}
}

// keep returns the first n of a list in a standard report, all of it in a
// full one, and how many it left out.
func keep[T any](d *doc, list []T, n int) ([]T, int) {
	if d.full() || len(list) <= n {
		return list, 0
	}
	return list[:n], len(list) - n
}

// leftOut says, under a shortened list, what the full report adds.
func (d *doc) leftOut(n int, what string) {
	if n > 0 {
		d.paragraph(para{spans: []span{tinted(fmt.Sprintf("… and %s more in the full report (--detail full).", plural(n, what)), sizeTiny, muted)}}, 0, 3)
	}
}

// strongestPairs orders pairs by score, the strongest first, for a
// shortened list; a full report keeps the analysis's order.
func (d *doc) strongestPairs(pairs []compare.Pair) []compare.Pair {
	if d.full() {
		return pairs
	}
	out := slices.Clone(pairs)
	slices.SortStableFunc(out, func(x, y compare.Pair) int { return cmp.Compare(y.Score, x.Score) })
	return out
}

// condensedOps keeps a version diff's changes with a few unchanged words
// around each, in a standard report: a 20,000-word communiqué and its
// revision are a few pages of changes, not forty of text.
func (d *doc) condensedOps(ops []compare.DiffOp) (condensed []compare.DiffOp, more int) {
	if d.full() {
		return ops, 0
	}
	out := make([]compare.DiffOp, 0, len(ops))
	changes := 0
	for i, op := range ops {
		if op.Op != compare.DiffEqual {
			if changes == standardChanges {
				more++
				continue
			}
			changes++
			// A long deleted, inserted or moved passage is named by its
			// first words (a moved one without its edits).
			op.Text, op.Edits = clipWords(op.Text, 2*standardContextWords), nil
			out = append(out, op)
			continue
		}
		if changes == standardChanges {
			continue
		}
		words := strings.Fields(op.Text)
		if len(words) <= standardUnchangedTail+1 {
			out = append(out, op)
			continue
		}
		var kept []string
		if i > 0 {
			kept = append(kept, words[:standardContextWords]...)
		}
		kept = append(kept, "[…]")
		if i < len(ops)-1 {
			kept = append(kept, words[len(words)-standardContextWords:]...)
		}
		op.Text = strings.Join(kept, " ")
		out = append(out, op)
	}
	return out, more
}

// strongestCommitments orders a statement's commitments high strength
// first, then in text order, for a shortened list.
func (d *doc) strongestCommitments(cs []compare.Commitment) []compare.Commitment {
	if d.full() {
		return cs
	}
	rank := map[string]int{"high": 0, "median": 1, "low": 2}
	out := slices.Clone(cs)
	slices.SortStableFunc(out, func(x, y compare.Commitment) int {
		return cmp.Compare(rank[string(x.Strength)], rank[string(y.Strength)])
	})
	return out
}

// shownTopics are the addressed topics a section shows: all of them in a
// full report; in a shortened one the standardTopics with the most aligned
// pairs (then passages), in table order, and the rest, to be named in a
// line (otherTopics).
func (d *doc) shownTopics(pairs map[string][]compare.Pair) (shown, others []compare.Topic) {
	all := d.addressed()
	if d.full() || len(all) <= standardTopics {
		return all, nil
	}
	weight := func(t compare.Topic) [2]int {
		n := 0
		for _, ids := range t.Passages {
			n += len(ids)
		}
		return [2]int{len(pairs[t.ID]), n}
	}
	ranked := slices.Clone(all)
	slices.SortStableFunc(ranked, func(x, y compare.Topic) int {
		wx, wy := weight(x), weight(y)
		if c := cmp.Compare(wy[0], wx[0]); c != 0 {
			return c
		}
		return cmp.Compare(wy[1], wx[1])
	})
	keepIDs := map[string]bool{}
	for _, t := range ranked[:standardTopics] {
		keepIDs[t.ID] = true
	}
	for _, t := range all {
		if keepIDs[t.ID] {
			shown = append(shown, t)
		} else {
			others = append(others, t)
		}
	}
	return shown, others
}

// otherTopics names, in one paragraph, the topics a shortened section
// leaves out, each with its number of aligned pairs.
func (d *doc) otherTopics(others []compare.Topic, pairs map[string][]compare.Pair) {
	if len(others) == 0 {
		return
	}
	names := make([]string, len(others))
	for i, t := range others {
		names[i] = fmt.Sprintf("%s (%s)", t.Label, plural(len(pairs[t.ID]), "pair"))
	}
	d.subheading("Other topics", false)
	d.explain(fmt.Sprintf("Also addressed, in the full report (--detail full): %s.", strings.Join(names, "; ")))
}

// clipWords keeps the first n words of s, marking what it leaves out.
func clipWords(s string, n int) string {
	words := strings.Fields(s)
	if len(words) <= n {
		return s
	}
	return strings.Join(words[:n], " ") + " […]"
}
