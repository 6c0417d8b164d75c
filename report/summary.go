package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/parley-app/parley/compare"
)

// summary draws section 2: key figures, the topics each statement
// addresses, the commitment differences that matter most and, with a
// baseline, how much each statement changes against it.
func (d *doc) summary() {
	d.startSection(secSummary)
	d.keyFigures()
	grids, folded := d.coverageGrids()
	if len(grids) > 0 {
		d.keepWith(grids[0], 45)
	}
	d.subheading("Topics each statement addresses", false)
	d.explain("✓ and the number of passages where a statement addresses a topic; — where it is silent on it.")
	d.drawCoverage(grids, folded)
	d.subheading("Most significant commitment differences", false)
	d.commitmentHighlights()
	if d.versions != nil {
		t := d.baselineTable()
		d.keepWith(t, 30)
		d.subheading("Changes against the baseline", false)
		d.drawTable(t)
	}
}

// keyFigures counts what the comparison found.
func (d *doc) keyFigures() {
	scheme, emergent := 0, 0
	for _, t := range d.addressed() {
		if t.Emergent {
			emergent++
		} else {
			scheme++
		}
	}
	var sum compare.DiffSummary
	for _, p := range d.a.Pairs {
		s := compare.SummarizeDiff(d.a.PairDiff(p))
		sum.Inserted += s.Inserted
		sum.Deleted += s.Deleted
	}
	t := table{widths: d.fractions(1, 1, 1, 1, 1, 1)}
	t.header = headerCells("Statements", "Words", "Topics addressed", "Aligned pairs", "Words deleted / inserted in pairs", "Commitments")
	t.rows = [][]cell{{
		textCell(bold(strconv.Itoa(len(d.sts)), sizeH2)),
		textCell(bold(strconv.Itoa(d.a.TotalWords), sizeH2)),
		textCell(bold(strconv.Itoa(scheme+emergent), sizeH2), tinted(fmt.Sprintf("  %d scheme, %d emergent", scheme, emergent), sizeTiny, muted)),
		textCell(bold(strconv.Itoa(len(d.a.Pairs)), sizeH2)),
		textCell(span{fmt.Sprintf("−%d", sum.Deleted), style{size: sizeH2, bold: true, color: delInk}},
			text(" / ", sizeH2), span{fmt.Sprintf("+%d", sum.Inserted), style{size: sizeH2, bold: true, color: insInk}}),
		textCell(bold(strconv.Itoa(len(d.a.Commitments)), sizeH2)),
	}}
	d.drawTable(t)
}

// maxEmergentRows: with more emergent topics than this, the summary grid
// gives them one row (how many each statement addresses) instead of one
// each; section 3 still shows every one.
const maxEmergentRows = 12

// coverageGrids cross topics with statements, eight statements a table.
// folded counts the emergent topics summed up in one row (0: none).
func (d *doc) coverageGrids() (grids []table, folded int) {
	topics := d.addressed()
	if len(topics) == 0 {
		return nil, 0
	}
	var emergent []compare.Topic
	for _, t := range topics {
		if t.Emergent {
			emergent = append(emergent, t)
		}
	}
	fold := len(emergent) > maxEmergentRows
	if fold {
		folded = len(emergent)
	}
	for _, group := range columnGroups(len(d.sts), 8) {
		parts := []float64{3}
		header := []string{"Topic"}
		for _, i := range group {
			parts = append(parts, 1)
			header = append(header, d.statementLabel(d.a.Statements[i]))
		}
		t := table{widths: d.fractions(parts...), header: headerCells(header...)}
		for _, tp := range topics {
			if tp.Emergent && fold {
				continue
			}
			label := []span{text(tp.Label, sizeSmall)}
			if tp.Emergent {
				label = append(label, tinted("  emergent", sizeTiny, muted))
			}
			row := []cell{textCell(label...)}
			for _, i := range group {
				row = append(row, d.coverageCell(len(tp.Passages[d.sts[i].ID])))
			}
			t.rows = append(t.rows, row)
		}
		if fold {
			t.rows = append(t.rows, d.emergentRow(emergent, group))
		}
		grids = append(grids, t)
	}
	return grids, folded
}

// drawCoverage draws the coverage grids and says how emergent topics were
// counted when they share a row.
func (d *doc) drawCoverage(grids []table, folded int) {
	if len(grids) == 0 {
		d.explain("No statement addresses any topic.")
		return
	}
	for _, t := range grids {
		d.drawTable(t)
	}
	if folded > 0 {
		d.explain(fmt.Sprintf("The last row counts, for each statement, how many of the %d emergent topics it addresses; "+
			"section 3 shows each of them.", folded))
	}
}

// emergentRow sums up many emergent topics in one row.
func (d *doc) emergentRow(emergent []compare.Topic, group []int) []cell {
	row := []cell{textCell(text(fmt.Sprintf("Emergent topics (%d)", len(emergent)), sizeSmall))}
	for _, i := range group {
		n := 0
		for _, t := range emergent {
			if len(t.Passages[d.sts[i].ID]) > 0 {
				n++
			}
		}
		row = append(row, d.coverageCell(n))
	}
	return row
}

func (d *doc) coverageCell(n int) cell {
	if n == 0 {
		c := textCell(tinted("—", sizeSmall, faint))
		c.paras[0].center = true
		return c
	}
	c := textCell(span{"✓ ", style{size: sizeSmall, color: insInk}}, text(strconv.Itoa(n), sizeSmall))
	c.paras[0].center = true
	c.fill, c.hasFill = yesFill, true
	return c
}

// columnGroups splits n columns into balanced groups of at most max.
func columnGroups(n, most int) [][]int {
	if n == 0 {
		return nil
	}
	groups := (n + most - 1) / most
	per := (n + groups - 1) / groups
	var out [][]int
	for start := 0; start < n; start += per {
		var g []int
		for i := start; i < min(start+per, n); i++ {
			g = append(g, i)
		}
		out = append(out, g)
	}
	return out
}

// mostGaps is how many commitment differences and silences the summary
// lists; the analysis ranks them all, widest first.
const mostGaps = 8

// commitmentHighlights lists aligned pairs whose commitments differ most
// (one side commits, the other does not; then different kinds; then
// different strengths) and the topics on which some actors commit while
// others stay silent.
func (d *doc) commitmentHighlights() {
	gaps := d.a.CommitmentGaps
	if len(gaps) == 0 {
		d.explain("No aligned pair differs in its commitments.")
	}
	for _, g := range gaps[:min(len(gaps), mostGaps)] {
		d.listItem([]span{bold(d.a.TopicLabel(g.Topic), sizeSmall), text(": ", sizeSmall),
			cite(g.A, sizeSmall), text(" vs. ", sizeSmall), cite(g.B, sizeSmall), text(" — "+g.Summary, sizeSmall)}, 2)
	}
	d.y += 4
	d.silences()
}

// silences lists, per topic of the commitment grid, who commits and which
// other actors of the comparison do not, most committed topics first.
func (d *doc) silences() {
	for _, s := range d.a.Silences[:min(len(d.a.Silences), mostGaps)] {
		spans := []span{bold(d.a.TopicLabel(s.Topic), sizeSmall), text(": ", sizeSmall)}
		for i, c := range s.Committed {
			if i > 0 {
				spans = append(spans, text("; ", sizeSmall))
			}
			spans = append(spans, text(c.Actor+" "+c.Summary, sizeSmall))
		}
		spans = append(spans, tinted(" — no commitment: "+strings.Join(s.Silent, ", "), sizeSmall, muted))
		d.listItem(spans, 2)
	}
	d.y += 4
}

// baselineTable counts the words each statement changes against the
// baseline.
func (d *doc) baselineTable() table {
	t := table{widths: d.fractions(4, 1, 1, 1, 1)}
	t.header = headerCells("Statement (against "+d.a.ShortName(d.opt.Baseline)+")", "Deleted", "Inserted", "Moved", "Unchanged")
	for _, st := range d.sts {
		r, ok := d.versions[st.ID]
		if !ok {
			continue
		}
		s := r.Summary
		t.rows = append(t.rows, []cell{textCell(text(st.DisplayTitle(), sizeSmall)),
			textCell(tinted(strconv.Itoa(s.Deleted), sizeSmall, delInk)), textCell(tinted(strconv.Itoa(s.Inserted), sizeSmall, insInk)),
			textCell(tinted(strconv.Itoa(s.Moved), sizeSmall, moveInk)), textCell(text(strconv.Itoa(s.Unchanged), sizeSmall))})
	}
	return t
}
