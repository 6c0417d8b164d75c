package project

import "github.com/parley-app/parley/statement"

// AddLinked adds statements read together, as Add does, and links each
// original with its translation (pairs index into sts): each then names
// the other by the ID it has in the project (statement.LinkTranslation).
// A statement of a pair that the project holds already (the same title
// and text) and that is linked to nothing there is not added again: the
// one the project holds is linked instead, so that opening a translation
// beside its original loaded earlier joins the two.
func (p *Project) AddLinked(sts []statement.Statement, pairs []statement.TranslationPair) {
	existing := len(p.Statements)
	linked := p.linked()
	where := make([]int, len(sts)) // index in p.Statements of each of sts
	reuse := map[int]int{}
	for _, pr := range pairs {
		for _, k := range []int{pr.Original, pr.Translation} {
			if j := p.find(sts[k], existing); j >= 0 && !linked[j] {
				reuse[k] = j
				linked[j] = true
			}
		}
	}
	var added []statement.Statement
	for k, st := range sts {
		if j, ok := reuse[k]; ok {
			where[k] = j
			continue
		}
		where[k] = existing + len(added)
		added = append(added, st)
	}
	p.Add(added...)
	for _, pr := range pairs {
		o, t := &p.Statements[where[pr.Original]].Statement, &p.Statements[where[pr.Translation]].Statement
		statement.LinkTranslation(o, t)
	}
}

// find is the index of a statement among the first n of the project with
// st's title and text, or -1.
func (p *Project) find(st statement.Statement, n int) int {
	for i, e := range p.Statements[:n] {
		if e.Title == st.Title && e.Text == st.Text {
			return i
		}
	}
	return -1
}

// statements is every statement of the project, included or not.
func (p *Project) statements() []statement.Statement {
	out := make([]statement.Statement, len(p.Statements))
	for i, e := range p.Statements {
		out[i] = e.Statement
	}
	return out
}

// linked marks the statements that are an original or a translation of
// another in the project.
func (p *Project) linked() map[int]bool {
	out := map[int]bool{}
	for _, pr := range statement.TranslationPairs(p.statements()) {
		out[pr.Original], out[pr.Translation] = true, true
	}
	return out
}

// Partner is the index of statement i's translation or original in the
// project, or -1 when it has none.
func (p *Project) Partner(i int) int {
	for _, pr := range statement.TranslationPairs(p.statements()) {
		switch i {
		case pr.Original:
			return pr.Translation
		case pr.Translation:
			return pr.Original
		}
	}
	return -1
}

// Remove takes statement i out of the project. Its translation or original
// no longer names it, so that a statement added later with the same ID is
// not taken for it.
func (p *Project) Remove(i int) {
	id := p.Statements[i].ID
	p.Statements = append(p.Statements[:i:i], p.Statements[i+1:]...)
	for k := range p.Statements {
		st := &p.Statements[k].Statement
		if st.Translation == id {
			st.Translation = ""
		}
		if st.TranslationOf == id {
			st.TranslationOf = ""
		}
	}
}
