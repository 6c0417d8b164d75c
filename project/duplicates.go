package project

import (
	"crypto/sha256"

	"github.com/parley-app/parley/statement"
)

// Duplicate is a statement about to be added whose text is one the
// project (or an earlier statement added with it) already holds: opening
// one file twice, or one text under two names, would otherwise double
// every pane and every pair without a word.
type Duplicate struct {
	Index   int    // in the statements being added
	Of      string // the title of the statement it repeats
	OfID    string // its id, when it is already in the project
	OfIndex int    // else its index in the statements being added; -1 when in the project
}

// Duplicates finds the statements of sts whose text (as analysed: the
// SHA-256 of the text without its front matter) is already in the project
// or earlier in sts. A statement of a translation pair is never one: the
// pair is read together.
func (p *Project) Duplicates(sts []statement.Statement, pairs []statement.TranslationPair) []Duplicate {
	paired := map[int]bool{}
	for _, pr := range pairs {
		paired[pr.Original], paired[pr.Translation] = true, true
	}
	type seen struct {
		title, id string
		index     int
	}
	have := map[[32]byte]seen{}
	for _, e := range p.Statements {
		have[sha256.Sum256([]byte(e.Text))] = seen{e.DisplayTitle(), e.ID, -1}
	}
	var out []Duplicate
	for i, st := range sts {
		sum := sha256.Sum256([]byte(st.Text))
		if s, ok := have[sum]; ok && !paired[i] {
			out = append(out, Duplicate{Index: i, Of: s.title, OfID: s.id, OfIndex: s.index})
			continue
		}
		have[sum] = seen{st.DisplayTitle(), "", i}
	}
	return out
}

// WithoutDuplicates returns sts and pairs without the duplicates, the
// pairs' indexes moved to match.
func WithoutDuplicates(sts []statement.Statement, pairs []statement.TranslationPair, dups []Duplicate) ([]statement.Statement, []statement.TranslationPair) {
	drop := map[int]bool{}
	for _, d := range dups {
		drop[d.Index] = true
	}
	where := make([]int, len(sts))
	var kept []statement.Statement
	for i, st := range sts {
		where[i] = len(kept)
		if !drop[i] {
			kept = append(kept, st)
		}
	}
	var keptPairs []statement.TranslationPair
	for _, pr := range pairs {
		if !drop[pr.Original] && !drop[pr.Translation] {
			keptPairs = append(keptPairs, statement.TranslationPair{Original: where[pr.Original], Translation: where[pr.Translation]})
		}
	}
	return kept, keptPairs
}
