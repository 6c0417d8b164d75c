package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/internal/clip"
)

// topicsView is the alignment table: one row per topic, one column per
// statement. A cell shows the statement's passages on the topic, or says it
// does not address it; the row header gives the topic's aligned pairs, their
// best score and shared terms. Clicking a cell shows its first passage side
// by side, selected, with its alignments explained.
type topicsView struct {
	an       *compare.Analysis
	rows     []compare.Topic // topics with at least one passage, scheme topics first
	table    *widget.Table
	slot     *fyne.Container // holds the table, made anew for each analysis
	fitted   fittedTable     // sizes the table to its width
	onReveal func(sentenceID string)
	box      fyne.CanvasObject
}

func newTopicsView(onReveal func(string)) *topicsView {
	v := &topicsView{onReveal: onReveal}
	v.table = newLabelTable(v.size, v.updateCell, v.updateHeader, v.selected)
	v.fitted = fittedTable{minHeader: 160, maxHeader: 300, minColumn: 160,
		rows: func() int { r, _ := v.size(); return r }, cols: func() int { _, c := v.size(); return c },
		headerText: func(r int) string { return v.rowSummary(v.rows[r]) },
		columnText: func(c int) string { return v.an.Name(v.an.Statements[c].ID) },
		cellText:   func(r, c int) string { return textOf(v.updateCell, widget.TableCellID{Row: r, Col: c}) },
	}
	v.slot = container.New(&widthWatcher{onWidth: v.fitted.fit}, v.table)
	v.box = container.NewBorder(widget.NewLabelWithStyle(
		"Topics × statements: what each statement says on each topic, and what it leaves out",
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, v.slot)
	return v
}

func (v *topicsView) object() fyne.CanvasObject { return v.box }

func (v *topicsView) show(an *compare.Analysis) {
	v.an = an
	v.rows = v.rows[:0]
	for _, t := range an.Topics {
		if len(t.Passages) > 0 {
			v.rows = append(v.rows, t)
		}
	}
	v.table = newLabelTable(v.size, v.updateCell, v.updateHeader, v.selected)
	v.fitted.reset(v.table)
	v.fitted.fit(v.slot.Size().Width)
	v.slot.Objects = []fyne.CanvasObject{v.table}
	v.slot.Refresh()
}

func (v *topicsView) size() (int, int) {
	if v.an == nil {
		return 0, 0
	}
	return len(v.rows), len(v.an.Statements)
}

// passages returns the sentence ids of a cell.
func (v *topicsView) passages(id widget.TableCellID) []string {
	if v.an == nil || id.Row < 0 || id.Row >= len(v.rows) || id.Col < 0 || id.Col >= len(v.an.Statements) {
		return nil
	}
	return v.rows[id.Row].Passages[v.an.Statements[id.Col].ID]
}

func (v *topicsView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*textCell)
	ids := v.passages(id)
	if len(ids) == 0 {
		cell.set("not addressed", true, true)
		return
	}
	text := clip.Words(v.an.Sentence(ids[0]).Text, 160)
	if len(ids) > 1 {
		text += fmt.Sprintf("  (+%d more)", len(ids)-1)
	}
	cell.set(text, false, false)
}

func (v *topicsView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*textCell)
	switch {
	case id.Row < 0 && id.Col >= 0 && v.an != nil && id.Col < len(v.an.Statements):
		cell.set(v.an.Name(v.an.Statements[id.Col].ID), false, false)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(v.rows):
		cell.set(v.rowSummary(v.rows[id.Row]), false, false)
	default:
		cell.set("", false, false)
	}
}

// rowSummary is the topic label with its aligned pairs: how many, the best
// score and the terms they share most.
func (v *topicsView) rowSummary(t compare.Topic) string {
	n, best := 0, 0.0
	terms := map[string]int{}
	var order []string
	for _, p := range v.an.Pairs {
		if p.Topic != t.ID {
			continue
		}
		n++
		best = max(best, p.Score)
		for _, term := range p.SharedTerms {
			if terms[term] == 0 {
				order = append(order, term)
			}
			terms[term]++
		}
	}
	if n == 0 {
		return t.Label + "\nno aligned pairs"
	}
	if len(order) > 4 {
		order = order[:4]
	}
	return fmt.Sprintf("%s\n%s · best %.2f · %s", t.Label, plural(n, "pair"), best, strings.Join(order, ", "))
}

func (v *topicsView) selected(id widget.TableCellID) {
	v.table.UnselectAll()
	if ids := v.passages(id); len(ids) > 0 && v.onReveal != nil {
		v.onReveal(ids[0])
	}
}
