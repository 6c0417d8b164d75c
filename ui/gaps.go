package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
)

// gapsList shows where commitments differ, as the analysis ranks it: the
// aligned pairs whose commitments differ most, then the topics on which
// some actors commit and others stay silent. A row leads to its passage.
type gapsList struct {
	an       *compare.Analysis
	rows     []gapRow
	list     *widget.List
	onReveal func(sentenceID string)
}

// gapRow is one line of the list and the sentence it leads to.
type gapRow struct {
	text     string
	sentence string
}

func newGapsList(onReveal func(string)) *gapsList {
	g := &gapsList{onReveal: onReveal}
	g.list = widget.NewList(func() int { return len(g.rows) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		setRowText(o.(*widget.Label), g.rows[i].text)
	})
	g.list.OnSelected = func(i widget.ListItemID) {
		if i < len(g.rows) && g.rows[i].sentence != "" && g.onReveal != nil {
			g.onReveal(g.rows[i].sentence)
		}
		g.list.UnselectAll()
	}
	return g
}

// set takes the analysis's commitment gaps, silences and shifts as rows; the
// caller refreshes the list (the commitments view, with its other list).
func (g *gapsList) set(an *compare.Analysis) {
	g.an = an
	g.rows = g.rows[:0]
	for _, gap := range an.CommitmentGaps {
		g.rows = append(g.rows, gapRow{
			text:     fmt.Sprintf("%s: %s — “%s”", an.TopicLabel(gap.Topic), gap.Summary, an.Sentence(gap.A).Text),
			sentence: gap.A,
		})
	}
	for _, s := range an.Silences {
		committed := make([]string, len(s.Committed))
		for i, c := range s.Committed {
			committed[i] = c.Actor + " " + c.Summary
		}
		g.rows = append(g.rows, gapRow{
			text:     fmt.Sprintf("%s: %s — no commitment: %s", an.TopicLabel(s.Topic), strings.Join(committed, "; "), strings.Join(s.Silent, ", ")),
			sentence: firstSentenceOf(an, s.Committed),
		})
	}
	for _, sh := range an.CommitmentShifts {
		g.rows = append(g.rows, gapRow{text: sh.Describe(an.Name), sentence: firstSentence(an, sh.Commitments)})
	}
	if len(g.rows) == 0 {
		g.rows = append(g.rows, gapRow{text: "No aligned pair differs in its commitments, no topic has an actor who is silent on it, and no actor's commitments changed between its statements."})
	}
}

// count is the number of differences listed.
func (g *gapsList) count() int {
	if g.an == nil {
		return 0
	}
	return len(g.an.CommitmentGaps) + len(g.an.Silences) + len(g.an.CommitmentShifts)
}

// firstSentenceOf is the sentence of the first commitment of cells.
func firstSentenceOf(an *compare.Analysis, cells []compare.GridCell) string {
	if len(cells) == 0 {
		return ""
	}
	return firstSentence(an, cells[0].Commitments)
}

// firstSentence is the sentence of the first of the commitments ids.
func firstSentence(an *compare.Analysis, ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	for _, c := range an.Commitments {
		if c.ID == ids[0] {
			return c.Sentence
		}
	}
	return ""
}
