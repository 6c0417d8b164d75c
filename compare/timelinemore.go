package compare

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/parley-app/parley/compare/commitment"
)

// ActorSeries is one actor's own commitments across the series: in each
// statement, the strongest and what kinds, so that a pledge turning
// conditional, or a demand growing firmer, reads along the row.
type ActorSeries struct {
	Actor string      `json:"actor"`
	Cells []ActorCell `json:"cells"` // one per statement, in series order
}

// ActorCell is an actor's commitments in one statement of the series.
type ActorCell struct {
	Statement   string   `json:"statement"`
	Strength    string   `json:"strength"`    // of the strongest ("" when none)
	Kinds       []string `json:"kinds"`       // the kinds made (pledge, demand…), each once, in the order made
	Commitments []string `json:"commitments"` // ids
}

// maxActorSeries actors are followed: those committing in most statements.
const maxActorSeries = 12

// actorSeries follows every actor that commits in its own voice in two
// statements of the series or more.
func (a *Analysis) actorSeries(series []string) []ActorSeries {
	col := make(map[string]int, len(series))
	for k, id := range series {
		col[id] = k
	}
	rows := map[string]*ActorSeries{}
	for _, c := range a.Commitments {
		k, ok := col[c.Statement]
		if !ok || c.Reported || c.Actor == "" {
			continue
		}
		r := rows[c.Actor]
		if r == nil {
			r = &ActorSeries{Actor: c.Actor, Cells: make([]ActorCell, len(series))}
			for i, id := range series {
				r.Cells[i] = ActorCell{Statement: id, Kinds: []string{}, Commitments: []string{}}
			}
			rows[c.Actor] = r
		}
		cell := &r.Cells[k]
		cell.Commitments = append(cell.Commitments, c.ID)
		if strengthRank[c.Strength] > strengthRank[commitment.Strength(cell.Strength)] {
			cell.Strength = string(c.Strength)
		}
		if kind := string(c.Kind); !slices.Contains(cell.Kinds, kind) {
			cell.Kinds = append(cell.Kinds, kind)
		}
	}
	out := []ActorSeries{}
	for _, r := range rows {
		if spoken(r) >= 2 {
			out = append(out, *r)
		}
	}
	slices.SortFunc(out, func(x, y ActorSeries) int {
		if c := cmp.Compare(spoken(&y), spoken(&x)); c != 0 {
			return c
		}
		return strings.Compare(x.Actor, y.Actor)
	})
	return out[:min(len(out), maxActorSeries)]
}

// spoken counts the statements in which the actor commits.
func spoken(r *ActorSeries) int {
	n := 0
	for _, c := range r.Cells {
		if len(c.Commitments) > 0 {
			n++
		}
	}
	return n
}

// TrackPhrase follows a phrase the analyst names through the series, as
// the formulas Parley finds are followed: where it is used, first and
// last, and how often. It matches whole words, ignoring case, the kind of
// quotation mark or apostrophe, and spacing; an empty phrase matches
// nothing.
func (a *Analysis) TrackPhrase(phrase string) TrackedPhrase {
	tp := TrackedPhrase{Phrase: oneSpaced(phrase), Analyst: true,
		Variants: []string{}, Statements: []string{}, Sentences: []string{}}
	want := foldPhrase(phrase)
	if want == "" {
		return tp
	}
	for _, id := range a.Timeline.Statements {
		st := a.Statement(id)
		used := false
		for _, s := range st.Sentences {
			n := countWords(foldPhrase(s.Text), want)
			if n == 0 {
				continue
			}
			tp.Uses += n
			tp.Sentences = append(tp.Sentences, s.ID)
			used = true
		}
		if used {
			tp.Statements = append(tp.Statements, id)
		}
	}
	if len(tp.Statements) > 0 {
		tp.First, tp.Last = tp.Statements[0], tp.Statements[len(tp.Statements)-1]
		tp.FirstDate, tp.LastDate = a.Statement(tp.First).Date, a.Statement(tp.Last).Date
	}
	return tp
}

// foldPhrase lowercases text, makes every quotation mark and apostrophe
// plain, and every run of spaces one.
func foldPhrase(text string) string {
	text = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', 'ʼ':
			return '\''
		case '“', '”', '„':
			return '"'
		}
		return unicode.ToLower(r)
	}, text)
	return oneSpaced(text)
}

// countWords counts the uses of phrase in text that begin and end at word
// boundaries.
func countWords(text, phrase string) int {
	n := 0
	for from := 0; ; {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return n
		}
		start, end := from+i, from+i+len(phrase)
		if boundary(text, start-1) && boundary(text, end) {
			n++
		}
		from = start + 1
	}
}

// boundary reports whether the byte at i is outside a word (or outside
// the text).
func boundary(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return true
	}
	r := rune(text[i])
	return r < 0x80 && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// inSeriesOrder are the sentences' ids, their statements in series order.
func inSeriesOrder(sents []*sentence, rank map[string]int, sts []StatementAnalysis) []string {
	ordered := slices.Clone(sents)
	slices.SortStableFunc(ordered, func(x, y *sentence) int {
		return cmp.Compare(rank[sts[x.statement].ID], rank[sts[y.statement].ID])
	})
	ids := make([]string, len(ordered))
	for i, s := range ordered {
		ids[i] = s.id
	}
	return ids
}
