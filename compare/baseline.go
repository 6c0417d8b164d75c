package compare

import (
	"context"
	"strings"
	"unicode"

	"github.com/parley-app/parley/statement"
)

// BaselineRule chooses the statement the others are compared with, as
// versions, when the analyst has picked none.
type BaselineRule string

// The baseline rules.
const (
	BaselineFirst  BaselineRule = "first"  // the first statement
	BaselineOldest BaselineRule = "oldest" // the earliest by date (undated ones never win)
	BaselineNewest BaselineRule = "newest" // the latest by date
)

// BaselineRules lists the rules in the order a menu offers them.
var BaselineRules = []BaselineRule{BaselineFirst, BaselineOldest, BaselineNewest}

// ChooseBaseline is the statement the others are compared with: picked,
// when it is one of statements, else the one rule chooses ("" when there
// are no statements).
func ChooseBaseline(statements []statement.Statement, picked string, rule BaselineRule) string {
	for _, st := range statements {
		if st.ID == picked {
			return st.ID
		}
	}
	if len(statements) == 0 {
		return ""
	}
	pick := 0
	for i, st := range statements {
		d, best := st.Date, statements[pick].Date
		switch {
		case d == "":
		case rule == BaselineOldest && (best == "" || d < best):
			pick = i
		case rule == BaselineNewest && (best == "" || d > best):
			pick = i
		}
	}
	return statements[pick].ID
}

// versionShare is the share of sentences two statements must have in
// common to count as versions of one document. Below it they are different
// texts, and marking every sentence as changed would say nothing.
const versionShare = 0.2

// compareWithBaseline marks the sentences whose wording the baseline lacks
// (for the baseline itself: that every other version lacks) and diffs the
// baseline against each statement that is a version of it.
func (a *Analysis) compareWithBaseline(ctx context.Context) error {
	base := a.statementIndex(a.Baseline)
	if base < 0 {
		return nil
	}
	baseWords := sentenceWordings(&a.Statements[base])
	var versions []int
	for i := range a.Statements {
		if i != base && markChanged(&a.Statements[i], baseWords) {
			versions = append(versions, i)
		}
	}
	others := map[string]bool{}
	for i := range a.Statements {
		if i != base {
			for k := range sentenceWordings(&a.Statements[i]) {
				others[k] = true
			}
		}
	}
	markChanged(&a.Statements[base], others)
	for _, i := range versions {
		d, err := a.VersionDiff(ctx, a.Baseline, a.Statements[i].ID, DiffOptions{})
		if err != nil {
			return err
		}
		a.Versions = append(a.Versions, *d)
	}
	return nil
}

// markChanged sets Changed on the sentences of sa whose wording is not in
// reference, and reports whether sa is a version of the reference's text;
// when it is not, nothing is marked.
func markChanged(sa *StatementAnalysis, reference map[string]bool) bool {
	if len(reference) == 0 || len(sa.Sentences) == 0 {
		return false
	}
	kept := 0
	for _, s := range sa.Sentences {
		if reference[sentenceKey(s.Text)] {
			kept++
		}
	}
	if float64(kept) < versionShare*float64(len(sa.Sentences)) {
		return false
	}
	for j := range sa.Sentences {
		s := &sa.Sentences[j]
		s.Changed = !reference[sentenceKey(s.Text)]
	}
	return true
}

func sentenceWordings(sa *StatementAnalysis) map[string]bool {
	m := make(map[string]bool, len(sa.Sentences))
	for _, s := range sa.Sentences {
		m[sentenceKey(s.Text)] = true
	}
	return m
}

// sentenceKey compares sentences by their words: re-spacing is no change.
func sentenceKey(text string) string { return oneSpaced(text) }

// oneSpaced is strings.Join(strings.Fields(s), " "): runs of white space
// made one space, none at the ends. Most sentences are written so already,
// and they come back as they are, without the copies of the fields.
func oneSpaced(s string) string {
	if isOneSpaced(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// isOneSpaced: s has no white space but single ASCII spaces between words.
func isOneSpaced(s string) bool {
	space := true // at the start, a space would be one too many
	for _, r := range s {
		switch {
		case r == ' ':
			if space {
				return false
			}
			space = true
		case unicode.IsSpace(r):
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}

// Statement returns the analysed statement with the given id, or a zero
// StatementAnalysis.
func (a *Analysis) Statement(id string) StatementAnalysis {
	if i := a.statementIndex(id); i >= 0 {
		return a.Statements[i]
	}
	return StatementAnalysis{}
}

func (a *Analysis) statementIndex(id string) int {
	for i, st := range a.Statements {
		if st.ID == id {
			return i
		}
	}
	return -1
}

// ReportBaseline is the statement a report diffs every other one against:
// the one the analyst picked, else the baseline when at least one statement
// is a version of it, else "" (the report shows aligned passages only).
// The export dialog and parley report both default to it.
func (a *Analysis) ReportBaseline(picked string) string {
	if picked != "" && a.ColumnOf(picked) != "" {
		return a.ColumnOf(picked)
	}
	if len(a.Versions) == 0 {
		return ""
	}
	return a.Baseline
}

// AreVersions reports whether statements x and y read as two versions of
// one text: at least versionShare of the shorter one's sentences stand in a
// pair of kind KindVersion (the same sentence, reworded at most slightly)
// with the other. The Wording view offers its full-document redline for
// such statements; for others it lists the aligned pairs.
func (a *Analysis) AreVersions(x, y string) bool {
	ix, iy := a.statementIndex(x), a.statementIndex(y)
	if ix < 0 || iy < 0 || ix == iy {
		return false
	}
	in := map[string]bool{}
	for _, p := range a.PairsBetween(x, y) {
		if p.Kind == KindVersion {
			in[p.A], in[p.B] = true, true
		}
	}
	nx, ny := 0, 0
	for id := range in {
		if ref, _ := a.Locate(id); ref.Statement == ix {
			nx++
		} else {
			ny++
		}
	}
	shorter := min(len(a.Statements[ix].Sentences), len(a.Statements[iy].Sentences))
	return shorter > 0 && float64(min(nx, ny)) >= versionShare*float64(shorter)
}

// PairsBetween returns the pairs joining a sentence of statement x with one
// of statement y, in the order of the analysis's pairs.
func (a *Analysis) PairsBetween(x, y string) []Pair {
	var out []Pair
	for _, p := range a.Pairs {
		sa, sb := statement.StatementOf(p.A), statement.StatementOf(p.B)
		if sa == x && sb == y || sa == y && sb == x {
			out = append(out, p)
		}
	}
	return out
}
