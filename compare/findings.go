package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/parley-app/parley/compare/commitment"
	"github.com/parley-app/parley/statement"
)

// Finding is one sentence of a comparison's key findings: what the
// analysis shows, in plain words made from the analysis by fixed rules (no
// language model), with the evidence it rests on, so every claim can be
// checked: the sentence ids of the passages, the commitment ids, or the
// statement ids of a version diff.
type Finding struct {
	Kind     string   `json:"kind"` // one of the Finding… constants
	Text     string   `json:"text"`
	Evidence []string `json:"evidence"`
}

// The kinds of finding, in the order they are given.
const (
	FindingAgreement  = "agreement"  // a topic every statement addresses
	FindingOmission   = "omission"   // a topic some statements leave out
	FindingCommitment = "commitment" // an issuer's strongest commitments
	FindingDifference = "difference" // aligned passages that commit differently
	FindingChange     = "change"     // how versions or an actor's statements differ
	FindingReported   = "reported"   // commitments recounted, not made
)

// How many findings of each kind are given: a page a reader takes in.
const (
	maxAgreements     = 3
	maxOmissions      = 4
	maxCommitments    = 8
	commitmentsPerDoc = 2
	maxDifferences    = 3
	maxShifts         = 3
	maxReported       = 3
	actionWords       = 14
	maxShiftDetail    = 90 // a shift's before and after shown when this short
	maxEvidence       = 4  // references a finding cites at most
)

// findFindings writes the key findings from what the analysis found.
func (a *Analysis) findFindings() {
	a.Findings = slices.Concat(a.agreementFindings(), a.omissionFindings(), a.commitmentFindings(),
		a.differenceFindings(), a.changeFindings(), a.reportedFindings())
	if a.Findings == nil {
		a.Findings = []Finding{}
	}
}

// addressedTopics are the topics with passages, and each topic's pairs
// (pointers: a month's analysis has tens of thousands of pairs, each
// with its phrases and evidence).
func (a *Analysis) addressedTopics() ([]Topic, map[string][]*Pair) {
	pairs := map[string][]*Pair{}
	for i := range a.Pairs {
		p := &a.Pairs[i]
		pairs[p.Topic] = append(pairs[p.Topic], p)
	}
	var out []Topic
	for _, t := range a.Topics {
		if len(t.Passages) > 0 {
			out = append(out, t)
		}
	}
	return out, pairs
}

func (a *Analysis) agreementFindings() []Finding {
	n := len(a.Statements)
	if n < 2 {
		return nil
	}
	topics, pairs := a.addressedTopics()
	topics = slices.DeleteFunc(topics, func(t Topic) bool { return len(t.Passages) < n || len(pairs[t.ID]) == 0 })
	slices.SortStableFunc(topics, func(x, y Topic) int { return cmp.Compare(len(pairs[y.ID]), len(pairs[x.ID])) })
	var out []Finding
	for _, t := range topics[:min(len(topics), maxAgreements)] {
		ps := slices.Clone(pairs[t.ID])
		slices.SortStableFunc(ps, func(x, y *Pair) int { return cmp.Compare(y.Score, x.Score) })
		near := 0
		for _, p := range ps {
			if p.Kind == KindVersion {
				near++
			}
		}
		who := fmt.Sprintf("All %d statements address", n)
		if n == 2 {
			who = "Both statements address"
		}
		text := fmt.Sprintf("%s %s, in %s", who, a.TopicLabel(t.ID), plural(len(ps), "aligned pair"))
		if near > 0 {
			text += fmt.Sprintf(", %d of them near-identical", near)
		}
		f := Finding{Kind: FindingAgreement, Text: text + "."}
		for _, p := range ps[:min(len(ps), 2)] {
			f.Evidence = append(f.Evidence, p.A, p.B)
		}
		out = append(out, f)
	}
	return out
}

func (a *Analysis) omissionFindings() []Finding {
	topics, _ := a.addressedTopics()
	n := len(a.Statements)
	topics = slices.DeleteFunc(topics, func(t Topic) bool { return len(t.Passages) == n || a.passageCount(t) < 2 })
	slices.SortStableFunc(topics, func(x, y Topic) int {
		if c := cmp.Compare(len(y.Passages), len(x.Passages)); c != 0 {
			return c
		}
		return cmp.Compare(a.passageCount(y), a.passageCount(x))
	})
	var out []Finding
	for _, t := range topics[:min(len(topics), maxOmissions)] {
		var in, silent []string
		f := Finding{Kind: FindingOmission}
		passages := 0
		for _, st := range a.Statements {
			if ids := t.Passages[st.ID]; len(ids) > 0 {
				in = append(in, a.ShortName(st.ID))
				f.Evidence = append(f.Evidence, ids[0])
				passages = len(ids)
			} else {
				silent = append(silent, a.ShortName(st.ID))
			}
		}
		switch {
		case len(in) == 1:
			f.Text = fmt.Sprintf("Only %s addresses %s (%s); %s %s not.", in[0], a.TopicLabel(t.ID),
				plural(passages, "passage"), listed(silent), doesOrDo(len(silent)))
		case len(silent) < len(in) && len(in) > 2:
			f.Text = fmt.Sprintf("Every statement but %s addresses %s.", listed(silent), a.TopicLabel(t.ID))
		default:
			f.Text = fmt.Sprintf("%s address %s; %s %s not.", listed(in), a.TopicLabel(t.ID), listed(silent), doesOrDo(len(silent)))
		}
		out = append(out, f)
	}
	return out
}

func (a *Analysis) passageCount(t Topic) int {
	n := 0
	for _, ids := range t.Passages {
		n += len(ids)
	}
	return n
}

// kindWeight orders kinds by what a reader of findings most needs to see.
var kindWeight = map[commitment.Kind]int{
	commitment.Conditional: 8, commitment.Refusal: 7, commitment.Demand: 6, commitment.Condemnation: 5,
	commitment.Pledge: 4, commitment.Support: 3, commitment.Reaffirmation: 2, commitment.Hedge: 1,
}

var strengthWeight = map[commitment.Strength]int{commitment.High: 3, commitment.Median: 2, commitment.Low: 1}

func (a *Analysis) commitmentFindings() []Finding {
	var out []Finding
	for _, st := range a.Statements {
		var own []Commitment
		for _, c := range a.Commitments {
			if c.Statement == st.ID && !c.Reported {
				own = append(own, c)
			}
		}
		slices.SortStableFunc(own, func(x, y Commitment) int {
			if c := cmp.Compare(strengthWeight[y.Strength], strengthWeight[x.Strength]); c != 0 {
				return c
			}
			return cmp.Compare(kindWeight[y.Kind], kindWeight[x.Kind])
		})
		for _, c := range own[:min(len(own), commitmentsPerDoc)] {
			out = append(out, Finding{Kind: FindingCommitment, Text: a.commitmentSentence(c) + " — " + a.ShortName(st.ID) + ".",
				Evidence: []string{c.Sentence, c.ID}})
		}
	}
	return out[:min(len(out), maxCommitments)]
}

// commitmentSentence says a commitment in words, with the clause that
// makes it as written: "Iran commits on a condition: “we will respond
// immediately if Israel retaliates” (median)".
func (a *Analysis) commitmentSentence(c Commitment) string {
	return fmt.Sprintf("%s %s: “%s” (%s)", c.Actor, verbs[c.Kind], clip(a.clause(c), actionWords), c.Strength)
}

// clause is the words of the sentence that make commitment c.
func (a *Analysis) clause(c Commitment) string {
	s := a.Sentence(c.Sentence)
	from, to := c.Start-s.Start, c.End-s.Start
	if from < 0 || to > len(s.Text) || from >= to {
		return c.Action
	}
	clause := strings.Trim(s.Text[from:to], " ,;:")
	for _, conj := range []string{"and ", "but ", "And ", "But "} {
		clause = strings.TrimPrefix(clause, conj)
	}
	return clause
}

func (a *Analysis) differenceFindings() []Finding {
	bySentence := map[string][]*Commitment{}
	for i := range a.Commitments {
		c := &a.Commitments[i]
		bySentence[c.Sentence] = append(bySentence[c.Sentence], c)
	}
	var out []Finding
	seen := map[string]bool{}
	for _, g := range a.CommitmentGaps {
		if g.Rank < 2 || len(out) == maxDifferences {
			continue
		}
		sa, sb := statement.StatementOf(g.A), statement.StatementOf(g.B)
		text := fmt.Sprintf("On %s, aligned passages commit differently — %s: %s; %s: %s.", a.TopicLabel(g.Topic),
			a.ShortName(sa), sideSummary(bySentence[g.A]), a.ShortName(sb), sideSummary(bySentence[g.B]))
		if seen[text] {
			continue // one passage against two of another statement that say alike
		}
		seen[text] = true
		out = append(out, Finding{Kind: FindingDifference, Text: text, Evidence: []string{g.A, g.B}})
	}
	return out
}

func (a *Analysis) changeFindings() []Finding {
	var out []Finding
	for _, v := range a.Versions {
		s := v.Summary
		total := max(1, s.Unchanged+s.Deleted+s.Moved)
		out = append(out, Finding{Kind: FindingChange, Evidence: []string{v.From, v.To},
			Text: fmt.Sprintf("%s against %s: %s added, %s removed, %s moved; %d%% of the earlier words unchanged.",
				a.ShortName(v.To), a.ShortName(v.From), plural(s.Inserted, "word"), plural(s.Deleted, "word"),
				plural(s.Moved, "word"), 100*s.Unchanged/total)})
	}
	shifts := slices.Clone(a.CommitmentShifts)
	slices.SortStableFunc(shifts, func(x, y CommitmentShift) int { return cmp.Compare(shiftWeight(y.Change), shiftWeight(x.Change)) })
	for _, s := range shifts[:min(len(shifts), maxShifts)] {
		text := fmt.Sprintf("%s on %s, from %s to %s: %s", s.Actor, a.TopicLabel(s.Topic), a.ShortName(s.From), a.ShortName(s.To), s.Change)
		if s.Before != "" && s.After != "" && len(s.Before)+len(s.After) <= maxShiftDetail {
			text += fmt.Sprintf(" (%s → %s)", s.Before, s.After)
		}
		out = append(out, Finding{Kind: FindingChange, Text: text + ".", Evidence: slices.Clone(s.Commitments[:min(len(s.Commitments), maxEvidence)])})
	}
	return out
}

// shiftWeight puts a changed strength before an appearance or a silence.
func shiftWeight(change string) int {
	switch change {
	case ShiftStrengthened, ShiftWeakened:
		return 2
	}
	return 1
}

func (a *Analysis) reportedFindings() []Finding {
	var out []Finding
	for _, st := range a.Statements {
		var all, reported []Commitment
		for _, c := range a.Commitments {
			if c.Statement == st.ID {
				all = append(all, c)
				if c.Reported {
					reported = append(reported, c)
				}
			}
		}
		if len(reported) == 0 || len(out) == maxReported {
			continue
		}
		c := reported[0]
		share := fmt.Sprintf("%d of its %s %s", len(reported), plural(len(all), "commitment"), isOrAre(len(reported)))
		if len(all) == 1 {
			share = "its one commitment is"
		}
		text := fmt.Sprintf("%s: %s reported, not its issuer's own; for example %s", a.ShortName(st.ID), share, a.commitmentSentence(c))
		if c.Source != "" && c.Source != c.Actor {
			text += ", as " + c.Source + " reports"
		}
		f := Finding{Kind: FindingReported, Text: text + "."}
		for _, r := range reported[:min(len(reported), maxEvidence)] {
			f.Evidence = append(f.Evidence, r.ID)
		}
		out = append(out, f)
	}
	return out
}

// ShortName names a statement briefly for findings: its speaker (up to a
// comma or semicolon) when no other statement has the same, else Name.
func (a *Analysis) ShortName(id string) string {
	i := a.statementIndex(id)
	if i < 0 {
		return id
	}
	short := shortSpeaker(a.Statements[i].Speaker)
	if short == "" {
		return a.Name(id)
	}
	for j, o := range a.Statements {
		if j != i && shortSpeaker(o.Speaker) == short {
			return a.Name(id)
		}
	}
	return short
}

func shortSpeaker(s string) string {
	if k := strings.IndexAny(s, ",;("); k >= 0 {
		s = s[:k]
	}
	return strings.TrimSpace(s)
}

// clip keeps the first n words of s.
func clip(s string, n int) string {
	words := strings.Fields(s)
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:n], " ") + " …"
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// listed joins names as a sentence lists them: "A", "A and B", "A, B and C".
func listed(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func doesOrDo(n int) string {
	if n == 1 {
		return "does"
	}
	return "do"
}

func isOrAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}
