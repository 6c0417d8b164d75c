package report

import (
	"fmt"
	"strings"

	"github.com/parley-app/parley/compare"
)

// alignment draws section 3: every topic's passages side by side.
func (d *doc) alignment() {
	d.startSection(secAlignment)
	d.explain("Each topic's passages, one column per statement (at most four side by side), in statement order. " +
		"Every passage carries its citation; “not addressed” marks a statement silent on the topic. " +
		"Scheme topics come first, then emergent topics found by similarity.")
	byTopic := map[string][]compare.Pair{}
	for _, p := range d.a.Pairs {
		byTopic[p.Topic] = append(byTopic[p.Topic], p)
	}
	shown, others := d.shownTopics(byTopic)
	for _, t := range shown {
		d.topicBlock(t, byTopic[t.ID])
	}
	d.otherTopics(others, byTopic)
}

// topicBlock draws one topic: its passages side by side, then its pairs.
// The heading moves to the next page with the table when they would not
// start together.
func (d *doc) topicBlock(t compare.Topic, pairs []compare.Pair) {
	var tables []table
	for _, group := range d.topicColumns(t) {
		tables = append(tables, d.passageTable(t, group))
	}
	d.ensure(48 + d.lead(tables[0]))
	title := []span{{t.Label, style{size: sizeH2, bold: true, color: accent}}}
	if t.Emergent {
		title = append(title, tinted("  emergent topic", sizeSmall, muted))
	}
	d.heading(title, t.Label, 1)
	info := fmt.Sprintf("Addressed by %d of %d statements.", len(t.Passages), len(d.sts))
	if t.Description != "" {
		info = t.Description + " " + info
	}
	if t.Emergent && len(t.Terms) > 0 {
		info += " Characteristic terms: " + strings.Join(t.Terms, ", ") + "."
	}
	d.explain(info)
	for _, tb := range tables {
		d.drawTable(tb)
	}
	d.pairList(pairs)
}

// topicColumns packs the statements, in order, into blocks of columns:
// the statements that address the topic spread evenly over blocks of at
// most four, the silent ones in narrow columns beside them, six at most.
func (d *doc) topicColumns(t compare.Topic) [][]int {
	speaking := len(t.Passages)
	per := speaking
	if speaking > 4 {
		blocks := (speaking + 3) / 4
		per = (speaking + blocks - 1) / blocks
	}
	var out [][]int
	var cur []int
	n := 0
	for i, st := range d.sts {
		says := len(t.Passages[st.ID]) > 0
		if len(cur) > 0 && (says && n == per || len(cur) == 6) {
			out, cur, n = append(out, cur), nil, 0
		}
		cur = append(cur, i)
		if says {
			n++
		}
	}
	return append(out, cur)
}

// passageTable is one block of a topic's columns: a statement's passages
// in wide columns, "not addressed" in narrow ones.
func (d *doc) passageTable(t compare.Topic, group []int) table {
	parts := make([]float64, len(group))
	header := make([]cell, len(group))
	row := make([]cell, len(group))
	for k, i := range group {
		st := d.a.Statements[i]
		parts[k] = 1.2
		if len(t.Passages[st.ID]) > 0 {
			parts[k] = 3
		}
		header[k] = cell{paras: []para{{spans: []span{bold(d.statementLabel(st), sizeSmall)}},
			{spans: []span{tinted(st.Title, sizeTiny, muted)}}}, fill: headFill, hasFill: true}
		row[k] = d.passageCell(t.Passages[st.ID])
	}
	return table{widths: d.fractions(parts...), header: header, rows: [][]cell{row}}
}

// passageCell stacks a statement's passages on a topic, each under its
// citation, with the analyst's mark and note when there are any; a
// translation's passage has its original's words under it.
func (d *doc) passageCell(ids []string) cell {
	if len(ids) == 0 {
		return cell{paras: []para{{spans: []span{tinted("not addressed", sizeSmall, faint)}}}, fill: grey, hasFill: true}
	}
	var ps []para
	ids, more := keep(d, ids, standardPassages)
	for _, id := range ids {
		label := append([]span{cite(id, sizeTiny)}, d.originalCites(id, " · original ", sizeTiny)...)
		if d.manual(id) {
			label = append(label, text(" ", sizeTiny), manualTag())
		}
		ps = append(ps, para{spans: label, dir: dirLTR}, para{spans: []span{text(oneLine(d.a.Sentence(id).Text), sizeSmall)}})
		if orig, ok := d.originalPara(id, sizeSmall); ok {
			ps = append(ps, orig)
		}
		if n := d.note(id); n != "" {
			ps = append(ps, notePara(n))
		}
	}
	if more > 0 {
		ps = append(ps, para{spans: []span{tinted(fmt.Sprintf("… %s more in the full report", plural(more, "passage")), sizeTiny, muted)}})
	}
	return cell{paras: ps}
}

// pairList lists a topic's aligned pairs with why they were paired.
func (d *doc) pairList(pairs []compare.Pair) {
	if len(pairs) == 0 {
		return
	}
	d.paragraph(para{spans: []span{bold("Aligned pairs", sizeSmall)}}, 0, 1)
	pairs, more := keep(d, d.strongestPairs(pairs), standardPairs)
	defer d.leftOut(more, "pair")
	for _, p := range pairs {
		spans := []span{cite(p.A, sizeSmall), text(" vs. ", sizeSmall), cite(p.B, sizeSmall),
			tinted(fmt.Sprintf("  score %.2f, belief %.2f", p.Score, p.Belief), sizeSmall, muted)}
		if r := p.Reason(); r != "" {
			spans = append(spans, tinted(" · shared: "+r, sizeSmall, muted))
		}
		if d.manual(pairKeys(p)...) {
			spans = append(spans, text(" ", sizeSmall), manualTag())
		}
		d.listItem(spans, 1)
		if n := d.note(pairKeys(p)...); n != "" {
			d.paragraph(notePara(n), 11, 1)
		}
	}
	d.y += 4
}
