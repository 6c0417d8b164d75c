package compare

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/parley-app/parley/compare/commitment"
	"github.com/parley-app/parley/compare/lang"
	"github.com/parley-app/parley/statement"
)

// Commitment is a commitment found in a statement — who pledges, refuses,
// demands, threatens on a condition, hedges… — located in its sentence and
// explained by its cue words.
type Commitment struct {
	ID        string `json:"id"`
	Statement string `json:"statement"`
	Sentence  string `json:"sentence"`
	commitment.Commitment
	Topics []string `json:"topics"` // the topics of its sentence
}

// CommitmentGrid crosses actors with topics: who commits to what, on which
// subject. Each statement keeps its own row for each actor in it — the G7
// of 2023 and the G7 of 2024 are two rows, one above the other — so an
// actor's statements can be compared. An actor absent from a topic's cells
// made no commitment on it.
type CommitmentGrid struct {
	Actors []string   `json:"actors"` // every actor, sorted
	Rows   []GridRow  `json:"rows"`   // by actor, then statement (by date when all have one)
	Topics []string   `json:"topics"` // ids of topics with at least one commitment, in table order
	Cells  []GridCell `json:"cells"`
}

// GridRow is an actor in one statement.
type GridRow struct {
	Actor     string `json:"actor"`
	Statement string `json:"statement"`
}

// GridCell lists an actor's commitments on a topic in one statement.
type GridCell struct {
	Actor       string   `json:"actor"`
	Statement   string   `json:"statement"`
	Topic       string   `json:"topic"`
	Commitments []string `json:"commitments"` // commitment ids
	Summary     string   `json:"summary"`     // e.g. "pledge (high), refusal (median) ×2"
}

// pendingCommitments are the statements' commitments being read in the
// background: reading them needs only the statements and their sentences,
// so it runs while the sentences are aligned.
type pendingCommitments struct {
	done chan struct{}
	per  [][]Commitment // by statement
}

// readCommitments starts finding the commitments of every sentence of the
// statements (sents in statement order, as readStatements gives them).
// Offsets are relative to the statement, like the sentences'. A
// commitment's topics are those its own clause speaks to ("we condemn the
// attack" in a sentence that also expresses solidarity is a condemnation);
// one that speaks to none takes its sentence's when they are known
// (setCommitments).
func readCommitments(ctx context.Context, statements []statement.Statement, sents []*sentence, languages []lang.Language, g *commitment.Gazetteer, scheme *TopicScheme) *pendingCommitments {
	bySt := byStatement(sents, len(statements))
	p := &pendingCommitments{done: make(chan struct{}), per: make([][]Commitment, len(statements))}
	// Each statement is read on its own (its own open-world gazetteer), so
	// the statements are spread over the cores, each into its own slot.
	workers := max(1, min(runtime.GOMAXPROCS(0), len(statements)))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(statements) && ctx.Err() == nil; i += workers {
				p.per[i] = statementCommitments(statements[i], bySt[i], languages[i], g, scheme)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(p.done)
	}()
	return p
}

// statementCommitments reads the commitments of one statement's sentences.
func statementCommitments(src statement.Statement, sents []*sentence, language lang.Language, g *commitment.Gazetteer, scheme *TopicScheme) []Commitment {
	sp := commitment.Speaker{Name: src.Speaker, Organization: src.Organization}
	sg := g.ForStatement(src.Text, sp) // the actors this statement names, known or not
	var stems *lang.Stemmer
	var out []Commitment
	disc := commitment.NewDiscourse(sp) // sentences read in order: a news article's refer back
	for i, s := range sents {
		next := ""
		if i+1 < len(sents) {
			next = sents[i+1].text // a quotation may close in the sentence after
		}
		disc.Next(next)
		for _, c := range commitment.ExtractIn(s.text, sp, sg, disc) {
			c.Start += s.span.Start
			c.End += s.span.Start
			rec := Commitment{Statement: src.ID, Sentence: s.id, Commitment: c, Topics: []string{}}
			var toks []Token
			if language.Code == "en" {
				toks = tokensWithin(s.tokens, c.Start, c.End) // read with English stop words already
			} else {
				if stems == nil {
					stems = lang.NewStemmer()
				}
				toks = Tokenize(src.Text[c.Start:c.End], stems, english)
			}
			for _, m := range scheme.Match(toks) {
				rec.Topics = append(rec.Topics, scheme.Topics[m.Topic].ID)
			}
			out = append(out, rec)
		}
	}
	return out
}

// tokensWithin is the run of tokens inside [start, end).
func tokensWithin(toks []Token, start, end int) []Token {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= start })
	j := i
	for j < len(toks) && toks[j].End <= end {
		j++
	}
	return toks[i:j]
}

// setCommitments waits for the commitments being read and numbers them in
// statement order; one whose clause speaks to no topic takes its
// sentence's primary topic.
func (a *Analysis) setCommitments(p *pendingCommitments) {
	<-p.done
	a.Commitments = slices.Concat(p.per...)
	if a.Commitments == nil {
		a.Commitments = []Commitment{}
	}
	for i := range a.Commitments {
		c := &a.Commitments[i]
		c.ID = fmt.Sprintf("c%d", i+1)
		if t := a.Sentence(c.Sentence).Topic; len(c.Topics) == 0 && t != "" {
			c.Topics = append(c.Topics, t)
		}
	}
}

// buildGrid makes the actor × topic grid from the commitments, a row for
// each actor in each statement.
func (a *Analysis) buildGrid() {
	cells := map[GridRow]map[string][]*Commitment{}
	actors := map[string]bool{}
	topics := map[string]bool{}
	for i := range a.Commitments {
		c := &a.Commitments[i]
		actors[c.Actor] = true
		row := GridRow{Actor: c.Actor, Statement: c.Statement}
		if cells[row] == nil {
			cells[row] = map[string][]*Commitment{}
		}
		for _, t := range c.Topics {
			topics[t] = true
			cells[row][t] = append(cells[row][t], c)
		}
	}
	g := CommitmentGrid{Actors: sortedKeys(actors), Rows: []GridRow{}, Topics: []string{}, Cells: []GridCell{}}
	for _, t := range a.Topics { // table order: scheme topics first
		if topics[t.ID] {
			g.Topics = append(g.Topics, t.ID)
		}
	}
	order := a.statementsInTime()
	for _, actor := range g.Actors {
		for _, st := range order {
			row := GridRow{Actor: actor, Statement: st}
			if cells[row] == nil {
				continue
			}
			g.Rows = append(g.Rows, row)
			for _, t := range g.Topics {
				cs := cells[row][t]
				if len(cs) == 0 {
					continue
				}
				cell := GridCell{Actor: actor, Statement: st, Topic: t, Summary: summarize(cs)}
				for _, c := range cs {
					cell.Commitments = append(cell.Commitments, c.ID)
				}
				g.Cells = append(g.Cells, cell)
			}
		}
	}
	a.CommitmentGrid = g
}

// statementsInTime lists the statements' ids by date when every statement
// has one (ISO dates sort as text), else in the analysis's order.
func (a *Analysis) statementsInTime() []string {
	ids := make([]string, len(a.Statements))
	dated := true
	for i, st := range a.Statements {
		ids[i] = st.ID
		dated = dated && st.Date != ""
	}
	if dated {
		date := map[string]string{}
		for _, st := range a.Statements {
			date[st.ID] = st.Date
		}
		sort.SliceStable(ids, func(i, j int) bool { return date[ids[i]] < date[ids[j]] })
	}
	return ids
}

// RowLabel names a grid row for a reader: the actor, and the statement's
// title and date when the actor speaks in more than one statement.
func (a *Analysis) RowLabel(r GridRow) string {
	n := 0
	for _, x := range a.CommitmentGrid.Rows {
		if x.Actor == r.Actor {
			n++
		}
	}
	if n < 2 {
		return r.Actor
	}
	i := a.statementIndex(r.Statement)
	if i < 0 {
		return r.Actor
	}
	st := a.Statements[i]
	name := a.Name(st.ID)
	label := r.Actor + " · " + name
	if name == st.Title && st.Date != "" { // a name that tells same titles apart has the date already
		label += " (" + st.Date + ")"
	}
	return label
}

// summarize counts commitments by kind, polarity and strength.
func summarize(cs []*Commitment) string {
	counts := map[string]int{}
	var order []string
	for _, c := range cs {
		k := Describe(c.Commitment)
		if counts[k] == 0 {
			order = append(order, k)
		}
		counts[k]++
	}
	parts := make([]string, len(order))
	for i, k := range order {
		parts[i] = k
		if counts[k] > 1 {
			parts[i] += fmt.Sprintf(" ×%d", counts[k])
		}
	}
	return strings.Join(parts, ", ")
}

// Describe names a commitment's kind and strength for a reader:
// "pledge (high)", "refusal (median)", "conditional (median)"; a reported
// one says so: "condemnation (high, reported)".
func Describe(c commitment.Commitment) string {
	kind := string(c.Kind)
	if c.Polarity == commitment.Negative && c.Kind != commitment.Refusal {
		kind += ", negated"
	}
	if c.Reported {
		return fmt.Sprintf("%s (%s, reported)", kind, c.Strength) // recounted, not performed here
	}
	return fmt.Sprintf("%s (%s)", kind, c.Strength)
}

// verbs says what an actor does, for the pair comparison.
var verbs = map[commitment.Kind]string{
	commitment.Pledge: "pledges", commitment.Refusal: "refuses", commitment.Demand: "demands",
	commitment.Conditional: "commits on a condition", commitment.Condemnation: "condemns",
	commitment.Support: "supports", commitment.Hedge: "hedges", commitment.Reaffirmation: "reaffirms",
}

// compareCommitments spells out, for each aligned pair, how the two
// passages' commitments differ, each side under its statement's name (ids
// are for machines): "White House officials on …: United States refuses
// (median) / John Kirby on \"State of the Union\": no commitment".
func (a *Analysis) compareCommitments() {
	bySentence := map[string][]*Commitment{}
	for i := range a.Commitments {
		c := &a.Commitments[i]
		bySentence[c.Sentence] = append(bySentence[c.Sentence], c)
	}
	for i := range a.Pairs {
		p := &a.Pairs[i]
		ca, cb := bySentence[p.A], bySentence[p.B]
		if len(ca) == 0 && len(cb) == 0 {
			continue
		}
		p.Commitments = a.Name(statement.StatementOf(p.A)) + ": " + sideSummary(ca) + " / " + a.Name(statement.StatementOf(p.B)) + ": " + sideSummary(cb)
	}
}

func sideSummary(cs []*Commitment) string {
	if len(cs) == 0 {
		return "no commitment"
	}
	parts := make([]string, 0, len(cs))
	for _, c := range cs {
		s := fmt.Sprintf("%s %s (%s)", c.Actor, verbs[c.Kind], c.Strength)
		if c.Condition != "" {
			s += " " + c.Condition
		}
		parts = append(parts, s)
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

// CommitmentsOf returns the commitments found in a sentence, in order.
func (a *Analysis) CommitmentsOf(sentenceID string) []Commitment {
	var out []Commitment
	for _, c := range a.Commitments {
		if c.Sentence == sentenceID {
			out = append(out, c)
		}
	}
	return out
}
