package report

import (
	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

// ProjectOptions carries a project's notes and the analysis's manual
// alignments and topic moves into report options; the caller fills in the
// title, analyst, paper and the rest.
func ProjectOptions(p *project.Project, a *compare.Analysis) Options {
	opt := Options{Notes: map[string]string{}, Manual: map[string]bool{}}
	for _, n := range p.Settings.Notes {
		if n.Kind == project.NoteOnPassage || n.Kind == project.NoteOnPair {
			opt.Notes[n.On] = n.Text
		}
	}
	for _, pair := range a.Pairs {
		if pair.Manual {
			opt.Manual[statement.PairKey(pair.A, pair.B)] = true
		}
	}
	for _, st := range a.Statements {
		for _, s := range st.Sentences {
			for _, tc := range s.Topics {
				if tc.Manual {
					opt.Manual[s.ID] = true
				}
			}
		}
	}
	return opt
}
