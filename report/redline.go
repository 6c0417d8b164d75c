package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/internal/rtl"
	"github.com/parley-app/parley/statement"
)

// Redline styles: colour plus a mark that survives grey-scale printing.
var (
	equalStyle  = style{size: sizeBody, color: ink}
	deleteStyle = style{size: sizeBody, color: delInk, bg: delBg, hasBg: true, strike: true}
	insertStyle = style{size: sizeBody, color: insInk, bg: insBg, hasBg: true, underline: true}
	moveStyle   = style{size: sizeBody, color: moveInk, bg: moveBg, hasBg: true}
	labelStyle  = style{size: sizeTiny, bold: true, color: moveInk}
	sharedStyle = style{size: sizeBody, bold: true, color: accent, underline: true}
)

// wording draws section 4: a redline of every aligned pair, by topic, then
// the baseline's version diff against each other statement.
func (d *doc) wording() {
	d.startSection(secWording)
	d.legend()
	byTopic := map[string][]compare.Pair{}
	for _, p := range d.a.Pairs {
		byTopic[p.Topic] = append(byTopic[p.Topic], p)
	}
	if len(d.a.Pairs) == 0 {
		d.explain("No passages were aligned, so there is no wording to compare.")
	}
	shown, others := d.shownTopics(byTopic)
	for _, t := range shown {
		pairs := byTopic[t.ID]
		if len(pairs) == 0 {
			continue
		}
		d.subheading(t.Label, true)
		shown, more := keep(d, d.strongestPairs(pairs), standardRedlines)
		for _, p := range shown {
			d.pairRedline(p)
		}
		d.leftOut(more, "pair")
	}
	d.otherTopics(others, byTopic)
	for _, st := range d.sts {
		if r, ok := d.versions[st.ID]; ok {
			d.versionRedline(st, r)
		}
	}
}

// legend explains the marks.
func (d *doc) legend() {
	from := moveStyle
	from.strike = true
	to := moveStyle
	to.underline = true
	d.paragraph(para{spans: []span{
		tinted("Read each redline from the first passage to the second. ", sizeSmall, muted),
		{"deleted words", deleteStyle}, text("   ", sizeBody),
		{"inserted words", insertStyle}, text("   ", sizeBody),
		{"[move 1] ", labelStyle}, {"moved passage", from}, tinted(" (where it was)  ", sizeSmall, muted),
		{"[move 1] ", labelStyle}, {"moved passage", to}, tinted(" (where it went)", sizeSmall, muted),
	}, dir: dirLTR}, 0, 2)
	d.paragraph(para{spans: []span{
		tinted("A paraphrase or related pair, whose redline would strike one sentence whole, is shown as both passages with ", sizeSmall, muted),
		{"the phrases they share", sharedStyle}, tinted(" marked; the rest is what each says that the other does not.", sizeSmall, muted),
	}, dir: dirLTR}, 0, 8)
}

// pairRedline draws one aligned pair: its citations and counts, the
// redline from A's wording to B's, and how their commitments differ.
func (d *doc) pairRedline(p compare.Pair) {
	head := []span{cite(p.A, sizeSmall), text(" → ", sizeSmall), cite(p.B, sizeSmall),
		tinted(fmt.Sprintf("   %s, score %.2f, belief %.2f   ", p.Kind, p.Score, p.Belief), sizeSmall, muted)}
	if p.Kind == compare.KindVersion {
		sum := compare.SummarizeDiff(d.a.PairDiff(p))
		head = append(head, span{fmt.Sprintf("−%d", sum.Deleted), style{size: sizeSmall, bold: true, color: delInk}},
			text(" ", sizeSmall),
			span{fmt.Sprintf("+%d", sum.Inserted), style{size: sizeSmall, bold: true, color: insInk}},
			tinted(" words", sizeSmall, muted))
	} else {
		head = append(head, tinted(plural(len(p.Phrases), "shared phrase"), sizeSmall, muted))
	}
	if d.manual(pairKeys(p)...) {
		head = append(head, text(" ", sizeSmall), manualTag())
	}
	d.ensure(40)
	d.paragraph(para{spans: head, dir: dirLTR}, 0, 1)
	a, b := d.a.Sentence(p.A).Text, d.a.Sentence(p.B).Text
	if p.Kind == compare.KindVersion {
		d.paragraph(para{spans: redlineSpans(d.a.PairDiff(p), a, b)}, 10, 2)
	} else {
		as, bs := phraseRanges(p.Phrases)
		d.paragraph(para{spans: markedSpans(a, as)}, 10, 1)
		d.paragraph(para{spans: markedSpans(b, bs)}, 10, 2)
	}
	if why := p.Why.String(); why != "" {
		d.paragraph(para{spans: []span{tinted("Why: "+why, sizeSmall, muted)}}, 10, 1)
	}
	if p.Commitments != "" {
		d.paragraph(para{spans: []span{tinted("Commitments: "+p.Commitments, sizeSmall, muted)}}, 10, 1)
	}
	if n := d.note(pairKeys(p)...); n != "" {
		d.paragraph(notePara(n), 10, 1)
	}
	d.y += 6
}

// phraseRanges are the byte ranges of the shared phrases in passage A and
// in passage B, each in text order.
func phraseRanges(list []compare.SharedPhrase) (a, b [][2]int) {
	for _, ph := range compare.InOrderOfA(list) {
		a = append(a, [2]int{ph.AStart, ph.AEnd})
	}
	for _, ph := range list {
		b = append(b, [2]int{ph.BStart, ph.BEnd})
	}
	slices.SortFunc(b, func(x, y [2]int) int { return x[0] - y[0] })
	return a, b
}

// markedSpans is a passage with the given ranges in the shared style.
func markedSpans(text string, ranges [][2]int) []span {
	var out []span
	at := 0
	for _, r := range ranges {
		if r[0] < at || r[1] > len(text) {
			continue
		}
		if r[0] > at {
			out = append(out, span{text[at:r[0]], equalStyle})
		}
		out = append(out, span{text[r[0]:r[1]], sharedStyle})
		at = r[1]
	}
	if at < len(text) {
		out = append(out, span{text[at:], equalStyle})
	}
	return out
}

// versionRedline draws the baseline's version diff against one statement.
func (d *doc) versionRedline(st statement.Statement, r *compare.VersionDiff) {
	base := d.statement(d.opt.Baseline)
	d.subheading(fmt.Sprintf("Version diff: %s → %s", embed(d.a.ShortName(base.ID)), embed(d.a.ShortName(st.ID))), true)
	s := r.Summary
	d.explain(fmt.Sprintf("The whole text of “%s” against the baseline “%s”: %d words deleted, %d inserted, %d moved, %d unchanged.",
		embed(st.DisplayTitle()), embed(base.DisplayTitle()), s.Deleted, s.Inserted, s.Moved, s.Unchanged))
	if !d.full() {
		d.explain("Only the changes are shown, each with a few unchanged words around it; […] marks unchanged text left out. The full report shows the whole text.")
	}
	ops, more := d.condensedOps(r.Ops)
	d.paragraph(para{spans: redlineSpans(ops, base.Text, st.Text)}, 0, 8)
	d.leftOut(more, "change")
}

// embed ends a right-to-left title quoted in an English sentence with a
// left-to-right mark, so the punctuation and numbers after it stay in the
// sentence's order instead of joining the title's run.
func embed(s string) string {
	if rtl.HasRTL(s) {
		return s + "\u200e"
	}
	return s
}

// redlineSpans turns diff ops into styled text. Ops hold no white space
// between them, so the gap before each op is taken from the text it comes
// from (A for equal, deleted and moved-away words, B for inserted and
// moved-in ones): a paragraph break stays one, any other gap is a space.
func redlineSpans(ops []compare.DiffOp, a, b string) []span {
	var out []span
	var g gaps
	for i, op := range ops {
		gap := g.before(op, a, b)
		if gap == "" && i > 0 && replaces(ops[i-1], op) {
			gap = " " // deleted and inserted wording are two texts, never one word
		}
		if gap != "" {
			out = append(out, span{gap, equalStyle})
		}
		switch {
		case op.Op == compare.DiffEqual:
			out = append(out, span{flatten(op.Text), equalStyle})
		case op.Op == compare.DiffDelete:
			out = append(out, span{flatten(op.Text), deleteStyle})
		case op.Op == compare.DiffInsert:
			out = append(out, span{flatten(op.Text), insertStyle})
		case op.Side == "from":
			from := moveStyle
			from.strike = true
			out = append(out, span{fmt.Sprintf("[move %d] ", op.MoveID), labelStyle}, span{flatten(op.Text), from})
		default:
			out = append(out, span{fmt.Sprintf("[move %d] ", op.MoveID), labelStyle})
			out = append(out, movedSpans(op, a, b)...)
		}
	}
	return out
}

// movedSpans is a moved passage where it went, with its own edits.
func movedSpans(op compare.DiffOp, a, b string) []span {
	to := moveStyle
	to.underline = true
	if len(op.Edits) == 0 {
		return []span{{flatten(op.Text), to}}
	}
	spans := redlineSpans(op.Edits, a, b)
	for i := range spans {
		if spans[i].st == equalStyle {
			spans[i].st = to
		}
	}
	return spans
}

// replaces reports whether op is B's side of a change whose A side came
// just before it.
func replaces(prev, op compare.DiffOp) bool {
	return prev.AStart >= 0 && prev.Op != compare.DiffEqual && op.AStart < 0
}

// gaps remembers where the last op ended on each side.
type gaps struct{ aEnd, bEnd int }

func (g *gaps) before(op compare.DiffOp, a, b string) string {
	var gap string
	switch {
	case op.AStart >= 0 && g.aEnd > 0 && op.AStart >= g.aEnd:
		gap = a[g.aEnd:op.AStart]
	case op.AStart < 0 && op.BStart >= 0 && g.bEnd > 0 && op.BStart >= g.bEnd:
		gap = b[g.bEnd:op.BStart]
	}
	if op.AEnd >= 0 {
		g.aEnd = op.AEnd
	}
	if op.BEnd >= 0 {
		g.bEnd = op.BEnd
	}
	switch {
	case strings.Count(gap, "\n") >= 2:
		return "\n\n"
	case gap != "":
		return " "
	}
	return ""
}

// flatten turns line breaks inside an op into spaces, except paragraph
// breaks, which stay.
func flatten(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	paras := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n\n")
}

// plural counts n of unit: "1 shared phrase", "3 shared phrases".
func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
