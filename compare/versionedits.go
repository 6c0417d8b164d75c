package compare

import "github.com/parley-app/parley/statement"

// VersionEdits says, sentence by sentence, what the later of two versions
// of one text did to the earlier: the sentences it removed and the ones it
// added. A sentence that stands in a version or paraphrase pair with the
// other version was kept (perhaps reworded); a merely related pair does not
// keep it, since a version that drops a sentence still has others on its
// topic.
type VersionEdits struct {
	Earlier string   `json:"earlier"`
	Later   string   `json:"later"`
	Removed []string `json:"removed,omitempty"` // sentences of Earlier that Later lacks
	Added   []string `json:"added,omitempty"`   // sentences of Later that Earlier lacks
}

// VersionEdits returns the sentences removed and added between statements
// x and y when they are versions of one text (AreVersions), and false
// otherwise. The later is the one with the later date; with no dates, or
// the same, y follows x (the order the analyst put them in). The panes mark
// these sentences; the detail panel and the report can say "removed in"
// and "added in" from them.
func (a *Analysis) VersionEdits(x, y string) (VersionEdits, bool) {
	if !a.AreVersions(x, y) {
		return VersionEdits{}, false
	}
	earlier, later := x, y
	if dx, dy := a.Statement(x).Date, a.Statement(y).Date; dx != "" && dy != "" && dy < dx {
		earlier, later = y, x
	}
	kept := map[string]bool{}
	for _, p := range a.PairsBetween(x, y) {
		if p.Kind == KindVersion || p.Kind == KindParaphrase {
			kept[p.A], kept[p.B] = true, true
		}
	}
	e := VersionEdits{Earlier: earlier, Later: later}
	for _, s := range a.Statement(earlier).Sentences {
		if !kept[s.ID] {
			e.Removed = append(e.Removed, s.ID)
		}
	}
	for _, s := range a.Statement(later).Sentences {
		if !kept[s.ID] {
			e.Added = append(e.Added, s.ID)
		}
	}
	return e, true
}

// Chain returns the sentences linked with sentence id across statements
// shown in the given order (columns: statement ids): its counterparts in
// any statement, and from each statement outwards, the counterparts in the
// next statement of those already found in this one, as links drawn between
// neighbouring panes lead the eye. Ids come in the order of columns, each
// once, without id itself.
func (a *Analysis) Chain(id string, columns []string) []string {
	ref, ok := a.Locate(id)
	if !ok {
		return nil
	}
	col := map[string]int{}
	for i, c := range columns {
		col[c] = i
	}
	home, ok := col[a.Statements[ref.Statement].ID]
	if !ok {
		home = -1
	}
	neighbours := map[string][]string{}
	for _, p := range a.Pairs {
		neighbours[p.A] = append(neighbours[p.A], p.B)
		neighbours[p.B] = append(neighbours[p.B], p.A)
	}
	in := map[string]bool{id: true}
	byColumn := make([][]string, len(columns))
	add := func(s string) {
		if in[s] {
			return
		}
		in[s] = true
		if c, ok := col[statement.StatementOf(s)]; ok {
			byColumn[c] = append(byColumn[c], s)
		}
	}
	for _, c := range neighbours[id] {
		add(c)
	}
	if home >= 0 {
		for _, step := range []int{1, -1} {
			frontier := []string{id}
			for c := home + step; c >= 0 && c < len(columns); c += step {
				for _, s := range frontier {
					for _, n := range neighbours[s] {
						if statement.StatementOf(n) == columns[c] {
							add(n)
						}
					}
				}
				frontier = byColumn[c] // with id's direct counterparts here, which lead on too
			}
		}
	}
	var out []string
	for _, ids := range byColumn {
		out = append(out, ids...)
	}
	return out
}
