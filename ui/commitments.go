package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
)

// commitmentsView shows who commits to what: an actor × topic grid whose
// cells sum up each actor's commitments on a topic, and below it, in two
// tabs, the list of every commitment, filterable, and the differences: the
// aligned pairs whose commitments differ most and who is silent on a topic
// others commit on; every line leads back to its sentence.
type commitmentsView struct {
	an       *compare.Analysis
	cells    map[gridKey]compare.GridCell
	table    *widget.Table
	slot     *fyne.Container // holds the table, made anew for each analysis
	fitted   fittedTable     // sizes the table to its width
	filter   *widget.Entry
	shown    []compare.Commitment // the list after filtering
	list     *widget.List
	gaps     *gapsList
	lists    *container.AppTabs
	onReveal func(sentenceID string)
	box      fyne.CanvasObject
}

// gridKey finds a cell: an actor in a statement, on a topic.
type gridKey struct {
	row   compare.GridRow
	topic string
}

func newCommitmentsView(onReveal func(string)) *commitmentsView {
	v := &commitmentsView{onReveal: onReveal}
	v.table = newLabelTable(v.tableSize, v.updateCell, v.updateHeader, v.cellSelected)
	v.fitted = fittedTable{minHeader: 160, maxHeader: 280, minColumn: 150,
		rows: func() int { r, _ := v.tableSize(); return r }, cols: func() int { _, c := v.tableSize(); return c },
		headerText: func(r int) string { return v.an.RowLabel(v.an.CommitmentGrid.Rows[r]) },
		columnText: func(c int) string { return v.an.TopicLabel(v.an.CommitmentGrid.Topics[c]) },
		cellText:   func(r, c int) string { return textOf(v.updateCell, widget.TableCellID{Row: r, Col: c}) },
	}
	v.slot = container.New(&widthWatcher{onWidth: v.fitted.fit}, v.table)
	v.filter = widget.NewEntry()
	v.filter.SetPlaceHolder("Filter commitments: actor, kind, strength or words of the sentence…")
	v.filter.OnChanged = func(string) { v.applyFilter() }
	v.list = widget.NewList(func() int { return len(v.shown) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		setRowText(o.(*widget.Label), v.describe(v.shown[i]))
	})
	v.list.OnSelected = func(i widget.ListItemID) {
		if i < len(v.shown) && v.onReveal != nil {
			v.onReveal(v.shown[i].Sentence)
		}
		v.list.UnselectAll()
	}
	top := container.NewBorder(widget.NewLabelWithStyle("Who commits to what, by topic (click a cell to see its first passage)",
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, v.slot)
	v.gaps = newGapsList(onReveal)
	v.lists = container.NewAppTabs(
		container.NewTabItem("All commitments", container.NewBorder(v.filter, nil, nil, nil, v.list)),
		container.NewTabItem("Differences", v.gaps.list))
	split := container.NewVSplit(top, v.lists)
	split.Offset = 0.55
	v.box = split
	return v
}

func (v *commitmentsView) object() fyne.CanvasObject { return v.box }

// show takes a new analysis.
func (v *commitmentsView) show(an *compare.Analysis) {
	v.an = an
	v.cells = map[gridKey]compare.GridCell{}
	for _, c := range an.CommitmentGrid.Cells {
		v.cells[gridKey{compare.GridRow{Actor: c.Actor, Statement: c.Statement}, c.Topic}] = c
	}
	v.table = newLabelTable(v.tableSize, v.updateCell, v.updateHeader, v.cellSelected)
	v.fitted.reset(v.table)
	v.fitted.fit(v.slot.Size().Width)
	v.slot.Objects = []fyne.CanvasObject{v.table}
	v.slot.Refresh()
	v.filterShown()
	v.gaps.set(an)
	v.lists.Items[1].Text = fmt.Sprintf("Differences (%d)", v.gaps.count())
	v.lists.Refresh() // the tab's new label, and both lists: tabs refresh every tab's content
}

func (v *commitmentsView) tableSize() (int, int) {
	if v.an == nil {
		return 0, 0
	}
	return len(v.an.CommitmentGrid.Rows), len(v.an.CommitmentGrid.Topics)
}

func (v *commitmentsView) cell(id widget.TableCellID) (compare.GridCell, bool) {
	g := v.an.CommitmentGrid
	if id.Row < 0 || id.Row >= len(g.Rows) || id.Col < 0 || id.Col >= len(g.Topics) {
		return compare.GridCell{}, false
	}
	c, ok := v.cells[gridKey{g.Rows[id.Row], g.Topics[id.Col]}]
	return c, ok
}

func (v *commitmentsView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*textCell)
	if c, ok := v.cell(id); ok {
		cell.set(c.Summary, false, false)
	} else {
		cell.set("—", true, false)
	}
}

func (v *commitmentsView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*textCell)
	g := v.an.CommitmentGrid
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(g.Topics):
		cell.set(v.an.TopicLabel(g.Topics[id.Col]), false, false)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(g.Rows):
		cell.set(v.an.RowLabel(g.Rows[id.Row]), false, false)
	default:
		cell.set("", false, false)
	}
}

func (v *commitmentsView) cellSelected(id widget.TableCellID) {
	v.table.UnselectAll()
	c, ok := v.cell(id)
	if !ok || len(c.Commitments) == 0 || v.onReveal == nil {
		return
	}
	for _, rec := range v.an.Commitments {
		if rec.ID == c.Commitments[0] {
			v.onReveal(rec.Sentence)
			return
		}
	}
}

func (v *commitmentsView) applyFilter() {
	v.filterShown()
	v.list.Refresh()
}

// filterShown lists the commitments the filter's words match.
func (v *commitmentsView) filterShown() {
	v.shown = v.shown[:0]
	if v.an != nil {
		words := strings.Fields(strings.ToLower(v.filter.Text))
		for _, c := range v.an.Commitments {
			if matchesAll(strings.ToLower(v.describe(c)), words) {
				v.shown = append(v.shown, c)
			}
		}
	}
}

func matchesAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// describe is one line of the list: actor, kind, strength, condition, the
// statement and the quoted sentence.
func (v *commitmentsView) describe(c compare.Commitment) string {
	d := fmt.Sprintf("%s — %s", c.Actor, compare.Describe(c.Commitment))
	if c.Condition != "" {
		d += " — " + c.Condition
	}
	// The statement before the sentence: a long sentence is cut at the end.
	return d + " — " + v.an.Name(c.Statement) + ": " + inQuotes(v.an.Sentence(c.Sentence).Text)
}

// inQuotes puts text in quotation marks, unless it is a quotation already.
func inQuotes(text string) string {
	if (strings.HasPrefix(text, "“") && strings.HasSuffix(text, "”")) || (strings.HasPrefix(text, `"`) && strings.HasSuffix(text, `"`) && len(text) > 1) {
		return text
	}
	return "“" + text + "”"
}
