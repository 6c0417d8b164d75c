package report

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/parley-app/parley/compare"
)

const secTimeline = "Timeline"

// What a report shows of a timeline: in a standard report the rows with
// the most passages that change; a table holds this many statements.
const (
	standardTimelineRows = 20
	timelineColumns      = 8
)

// timelineMarks name each mark in a cell, with its colour.
var timelineMarks = map[string]struct {
	text string
	ink  rgb
}{
	compare.MarkFirst: {"first", accent}, compare.MarkReturned: {"returns", accent},
	compare.MarkUnchanged: {"unchanged", muted}, compare.MarkReworded: {"reworded", moveInk},
	compare.MarkStrengthened: {"stronger", insInk}, compare.MarkWeakened: {"weaker", delInk},
	compare.MarkDropped: {"dropped", delInk}, compare.MarkSilent: {"—", faint},
}

// formsSeries reports whether the statements read as a series: every one
// dated, on three dates or more (five statements of one day are a
// comparison, not a series).
func (d *doc) formsSeries() bool {
	dates := map[string]bool{}
	for _, st := range d.a.Statements {
		if st.Date == "" {
			return false
		}
		dates[st.Date] = true
	}
	return len(dates) >= 3
}

// timeline draws the series section: topics and subjects statement by
// statement, then the recurring formulas.
func (d *doc) timeline() {
	if !d.formsSeries() {
		return
	}
	tl := d.a.Timeline
	d.startSection(secTimeline)
	d.explain("The statements in date order. Each row is a topic or a subject (a name most of them use); each cell says how " +
		"the statement speaks of it against the one before: first, unchanged (near-identical words), reworded, stronger or " +
		"weaker (its strongest commitment), dropped, or — (silent). The number is its passages.")
	var rows []compare.TimelineRow
	for _, r := range tl.Rows {
		if r.Changes() {
			rows = append(rows, r)
		}
	}
	if !d.full() {
		slices.SortStableFunc(rows, func(x, y compare.TimelineRow) int { return cmp.Compare(passageCount(y), passageCount(x)) })
	}
	rows, more := keep(d, rows, standardTimelineRows)
	for _, group := range columnGroups(len(tl.Statements), timelineColumns) {
		parts := []float64{3}
		header := []string{"Topic or subject"}
		for _, k := range group {
			parts = append(parts, 1.4)
			id := tl.Statements[k]
			header = append(header, d.a.Statement(id).Date)
		}
		t := table{widths: d.fractions(parts...), header: headerCells(header...)}
		for _, r := range rows {
			label := []span{text(r.Label, sizeSmall)}
			if r.Kind == compare.RowSubject {
				label = append(label, tinted("  subject", sizeTiny, muted))
			}
			row := []cell{textCell(label...)}
			for _, k := range group {
				row = append(row, timelineCell(r.Cells[k]))
			}
			t.rows = append(t.rows, row)
		}
		d.drawTable(t)
	}
	d.leftOut(more, "row")
	d.actorTimeline(tl)
	if len(tl.Phrases) > 0 {
		d.subheading("Recurring formulas", true)
		t := table{widths: d.fractions(6, 2, 2, 1, 1), header: headerCells("Formula", "First used", "Last used", "Statements", "Uses")}
		for _, p := range tl.Phrases {
			t.rows = append(t.rows, []cell{textCell(text("“"+p.Phrase+"”", sizeSmall)),
				textCell(text(p.FirstDate, sizeSmall)), textCell(text(p.LastDate, sizeSmall)),
				textCell(text(strconv.Itoa(len(p.Statements)), sizeSmall)), textCell(text(strconv.Itoa(p.Uses), sizeSmall))})
		}
		d.drawTable(t)
	}
}

func timelineCell(c compare.TimelineCell) cell {
	m := timelineMarks[c.Mark]
	spans := []span{tinted(m.text, sizeSmall, m.ink)}
	if len(c.Passages) > 0 {
		spans = append(spans, tinted(fmt.Sprintf("  %d", len(c.Passages)), sizeTiny, muted))
	}
	return textCell(spans...)
}

func passageCount(r compare.TimelineRow) int {
	n := 0
	for _, c := range r.Cells {
		n += len(c.Passages)
	}
	return n
}

// strengthInk shades a commitment's strength, strongest darkest, so that
// an actor's row reads as a strip of its strength over time.
var strengthInk = map[string]rgb{"high": ink, "median": accent, "low": muted}

// actorTimeline draws each actor's own commitments statement by statement:
// a bar for the strongest, and the kinds made.
func (d *doc) actorTimeline(tl compare.Timeline) {
	if len(tl.Actors) == 0 {
		return
	}
	d.subheading("Commitments by actor", true)
	d.explain("Each actor's own commitments in each statement: the strongest (high, median or low) and the kinds made; — none.")
	for _, group := range columnGroups(len(tl.Statements), timelineColumns) {
		parts := []float64{3}
		header := []string{"Actor"}
		for _, k := range group {
			parts = append(parts, 1.4)
			header = append(header, d.a.Statement(tl.Statements[k]).Date)
		}
		t := table{widths: d.fractions(parts...), header: headerCells(header...)}
		for _, r := range tl.Actors {
			row := []cell{textCell(text(r.Actor, sizeSmall))}
			for _, k := range group {
				c := r.Cells[k]
				if len(c.Commitments) == 0 {
					row = append(row, textCell(tinted("—", sizeSmall, faint)))
					continue
				}
				row = append(row, cell{paras: []para{{spans: []span{tinted(c.Strength, sizeSmall, strengthInk[c.Strength])}},
					{spans: []span{tinted(strings.Join(c.Kinds, ", "), sizeTiny, muted)}}}})
			}
			t.rows = append(t.rows, row)
		}
		d.drawTable(t)
	}
}
