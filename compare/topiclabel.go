package compare

import (
	"sync"

	"github.com/parley-app/parley/statement"
)

// TopicLabel names topic id for a reader: its label, or the id itself when
// the analysis has no such topic (or it has no label).
func (a *Analysis) TopicLabel(id string) string {
	for _, t := range a.Topics {
		if t.ID == id && t.Label != "" {
			return t.Label
		}
	}
	return id
}

// Name names a topic or a statement for a reader: a topic's label, a
// statement's distinct title (statement.DistinctTitle: with its date, or
// its place, when another statement has the same title) — else id itself.
func (a *Analysis) Name(id string) string {
	for _, t := range a.Topics {
		if t.ID == id && t.Label != "" {
			return t.Label
		}
	}
	if i := a.statementIndex(id); i >= 0 {
		if a.names == nil { // an Analysis made by hand or decoded from JSON
			return statement.DistinctTitle(a.heads(), i)
		}
		a.names.once.Do(func() { a.names.byID = statement.DistinctTitles(a.heads()) })
		return a.names.byID[id]
	}
	return id
}

// statementNames are the statements' distinct names, made once: a name is
// asked for every pair of an analysis, and making it reads every statement.
type statementNames struct {
	once sync.Once
	byID map[string]string
}

// heads are the statements' metadata a name is made of.
func (a *Analysis) heads() []statement.Statement {
	heads := make([]statement.Statement, len(a.Statements))
	for j, st := range a.Statements {
		heads[j] = statement.Statement{ID: st.ID, Title: st.Title, Speaker: st.Speaker, Date: st.Date}
	}
	return heads
}
