package report

import (
	"fmt"
	"strings"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/statement"
)

// explain is a muted note under a heading.
func (d *doc) explain(s string) {
	d.paragraph(para{spans: []span{tinted(s, sizeSmall, muted)}}, 0, 6)
}

// subheading is a level-1 heading with its own outline entry.
func (d *doc) subheading(title string, outline bool) {
	entry := ""
	if outline {
		entry = title
	}
	d.heading([]span{{title, style{size: sizeH2, bold: true, color: accent}}}, entry, 1)
}

// manualTag marks what the analyst placed by hand.
func manualTag() span {
	return span{" manual ", style{size: sizeTiny, bold: true, color: noteInk, bg: noteBg, hasBg: true}}
}

// notePara is an analyst's note.
func notePara(n string) para {
	st := style{size: sizeSmall, color: noteInk, bg: noteBg, hasBg: true}
	b := st
	b.bold = true
	return para{spans: []span{{"Note: ", b}, {n, st}}}
}

// addressed are the topics with at least one passage, in table order:
// scheme topics first, emergent ones after.
func (d *doc) addressed() []compare.Topic {
	var out []compare.Topic
	for _, t := range d.a.Topics {
		if len(t.Passages) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// commitments draws section 5: the actor × topic grid and the list.
func (d *doc) commitments() {
	d.startSection(secCommitments)
	if len(d.a.Commitments) == 0 {
		d.explain("No commitments were found in these statements.")
		return
	}
	d.explain("Commitments found by Parley's rule-based reader: who pledges, refuses, demands, threatens on a condition, " +
		"condemns, supports, reaffirms or hedges, with the strength of its modal cue (high, median, low). " +
		"Check each against its quoted sentence.")
	d.subheading("Actor × topic grid", true)
	d.commitmentGrid()
	if len(d.a.CommitmentShifts) > 0 {
		d.subheading("Changes between an actor's statements", true)
		d.explain("For an actor that speaks in several statements (in date order when all are dated): the topics on which " +
			"its commitments appeared, disappeared, or grew stronger or weaker from one statement to the next.")
		for _, sh := range d.a.CommitmentShifts {
			spans := []span{text(sh.Describe(d.a.Name), sizeSmall)}
			if len(sh.Commitments) > 0 {
				if c := d.commitment(sh.Commitments[0]); c != nil {
					spans = append(spans, text("  ", sizeSmall), cite(c.Sentence, sizeTiny))
				}
			}
			d.listItem(spans, 1)
		}
		d.y += 4
	}
	d.subheading("Commitment list", true)
	for _, st := range d.a.Statements {
		d.commitmentList(st)
	}
}

// commitment returns the commitment with the given id, or nil.
func (d *doc) commitment(id string) *compare.Commitment {
	for i := range d.a.Commitments {
		if d.a.Commitments[i].ID == id {
			return &d.a.Commitments[i]
		}
	}
	return nil
}

// commitmentGrid crosses topics (rows) with actors — an actor in each of
// its statements — five a table.
func (d *doc) commitmentGrid() {
	g := d.a.CommitmentGrid
	type key struct {
		row   compare.GridRow
		topic string
	}
	cells := map[key]compare.GridCell{}
	for _, c := range g.Cells {
		cells[key{compare.GridRow{Actor: c.Actor, Statement: c.Statement}, c.Topic}] = c
	}
	for _, group := range columnGroups(len(g.Rows), 5) {
		parts := []float64{2}
		header := []string{"Topic"}
		for _, i := range group {
			parts = append(parts, 2)
			header = append(header, d.a.RowLabel(g.Rows[i]))
		}
		t := table{widths: d.fractions(parts...), header: headerCells(header...)}
		for _, topic := range g.Topics {
			row := []cell{textCell(text(d.a.TopicLabel(topic), sizeSmall))}
			for _, i := range group {
				c, ok := cells[key{g.Rows[i], topic}]
				if !ok {
					row = append(row, textCell(tinted("—", sizeSmall, faint)))
					continue
				}
				row = append(row, cell{paras: []para{{spans: []span{text(c.Summary, sizeSmall)}}}, fill: yesFill, hasFill: true})
			}
			t.rows = append(t.rows, row)
		}
		d.drawTable(t)
	}
}

// commitmentList tabulates one statement's commitments with their quotes.
func (d *doc) commitmentList(st compare.StatementAnalysis) {
	t := table{widths: d.fractions(14, 20, 16, 50)}
	t.header = headerCells("Actor", "Commitment", "Condition · time", "Sentence")
	var own []compare.Commitment
	for _, c := range d.a.Commitments {
		if c.Statement == st.ID {
			own = append(own, c)
		}
	}
	shown, more := keep(d, d.strongestCommitments(own), standardCommitments)
	defer d.leftOut(more, "commitment")
	for _, c := range shown {
		what := []para{{spans: []span{bold(compare.Describe(c.Commitment), sizeSmall)}}}
		if c.Action != "" {
			what = append(what, para{spans: []span{text(c.Action, sizeTiny)}})
		}
		if c.Target != "" {
			what = append(what, para{spans: []span{tinted("toward ", sizeTiny, muted), text(c.Target, sizeTiny)}})
		}
		if len(c.Cues) > 0 {
			what = append(what, para{spans: []span{tinted("cues: "+strings.Join(c.Cues, ", "), sizeTiny, muted)}})
		}
		actor := []span{text(c.Actor, sizeSmall)}
		if c.Reported {
			note := " (reported)"
			if c.Source != "" && c.Source != c.Actor {
				note = " (reported by " + c.Source + ")"
			}
			actor = append(actor, tinted(note, sizeTiny, muted))
		}
		cond := strings.TrimSpace(strings.Join(nonEmpty(c.Condition, c.Time), " · "))
		quote := []para{{spans: []span{cite(c.Sentence, sizeTiny), text("  “"+oneLine(d.a.Sentence(c.Sentence).Text)+"”", sizeSmall)}}}
		if orig, ok := d.originalPara(c.Sentence, sizeTiny); ok {
			quote = append(quote, para{spans: d.originalCites(c.Sentence, "original ", sizeTiny), dir: dirLTR}, orig)
		}
		t.rows = append(t.rows, []cell{textCell(actor...), {paras: what}, textCell(text(cond, sizeTiny)), {paras: quote}})
	}
	if len(t.rows) == 0 {
		return
	}
	d.keepWith(t, 30)
	d.heading([]span{bold(st.Title, sizeH3)}, "", 0)
	d.drawTable(t)
}

// oneLine folds a sentence's line breaks and runs of white space into
// single spaces: a sentence is one paragraph in the report.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// vocabulary draws section 6: each statement's distinctive terms.
func (d *doc) vocabulary() {
	d.startSection(secVocabulary)
	d.explain("Each statement's words, ranked by the z-score of their weighted log-odds ratio against all other statements " +
		"(Monroe, Colaresi & Quinn 2008). Terms in bold have z above 1.96: significant at the 5% level. " +
		"The count is the term's occurrences in the statement.")
	for _, st := range d.a.Statements {
		d.heading([]span{bold(st.Title, sizeH3)}, "", 0)
		terms := d.a.Terms[st.ID]
		if len(terms) == 0 {
			d.explain("No distinctive terms.")
			continue
		}
		significant := 0
		for _, ts := range terms {
			if ts.Score > 1.96 {
				significant++
			}
		}
		if significant == 0 {
			d.explain("No term reaches z 1.96: this statement's wording differs from the others' by no more than chance " +
				"(short statements rarely reach it). Its most distinctive terms, for what they are worth:")
		}
		var spans []span
		for i, ts := range terms {
			if i > 0 {
				spans = append(spans, tinted("   ·   ", sizeBody, faint))
			}
			term := text(ts.Term, sizeBody)
			term.st.bold = ts.Score > 1.96
			spans = append(spans, term, tinted(fmt.Sprintf("\u00a0z\u00a0%.2f\u00a0×%d", ts.Score, ts.Count), sizeTiny, muted))
		}
		d.paragraph(para{spans: spans, dir: dirLTR}, 0, 6)
	}
}

// appendix draws section 7: the full texts and the method note.
func (d *doc) appendix() {
	d.startSection(secAppendix)
	if !d.full() {
		d.explain("The sentences this report cites, by statement, each with its number: [s4] is sentence 4, cited " +
			"elsewhere with the statement's id (for example “" + d.exampleCitation() + "”). The full report prints every statement whole.")
		for _, st := range d.a.Statements {
			d.citedText(st)
		}
		d.method()
		return
	}
	d.explain("Every statement in full, as analysed, with each sentence's number before it: [s4] is sentence 4, cited " +
		"elsewhere in this report with the statement's id (for example “" + d.exampleCitation() + "”).")
	for _, st := range d.a.Statements {
		d.fullText(st)
	}

	d.method()
}

// fullText prints a statement paragraph by paragraph with numbered
// sentences; each number is the target of the citations' links.
func (d *doc) fullText(st compare.StatementAnalysis) {
	d.heading([]span{{st.Title, style{size: sizeH2, bold: true, color: accent}}}, st.Title, 1)
	meta := nonEmpty("id: "+st.ID, st.Speaker, st.Organization, st.Date, st.Source, fmt.Sprintf("%d words", st.Words))
	d.explain(strings.Join(meta, " · "))
	if st.Original != nil {
		d.translatedText(st)
		return
	}
	var spans []span
	par := -1
	flush := func() {
		if len(spans) > 0 {
			d.paragraph(para{spans: spans}, 0, 5)
			spans = nil
		}
	}
	for _, s := range st.Sentences {
		if s.Paragraph != par {
			flush()
			par = s.Paragraph
		}
		sid, _ := statement.ParseSentenceID(s.ID)
		num := "[" + sid.Label() + "]"
		spans = append(spans, span{num, style{size: sizeTiny, bold: true, color: accent, anchor: s.ID}},
			text(" "+oneLine(s.Text)+" ", sizeBody))
	}
	flush()
	d.y += 6
}

// citedText prints the sentences of a statement the report cites, each
// after its number, the target of the citations' links.
func (d *doc) citedText(st compare.StatementAnalysis) {
	var cited []compare.Sentence
	for _, s := range st.Sentences {
		if _, ok := d.links[s.ID]; ok {
			cited = append(cited, s)
		}
	}
	d.heading([]span{{st.Title, style{size: sizeH2, bold: true, color: accent}}}, st.Title, 1)
	meta := nonEmpty("id: "+st.ID, st.Speaker, st.Organization, st.Date, st.Source,
		fmt.Sprintf("%d words; %d of its %d sentences cited", st.Words, len(cited), len(st.Sentences)))
	d.explain(strings.Join(meta, " · "))
	for _, s := range cited {
		sid, _ := statement.ParseSentenceID(s.ID)
		d.paragraph(para{spans: []span{{"[" + sid.Label() + "]", style{size: sizeTiny, bold: true, color: accent, anchor: s.ID}},
			text(" "+oneLine(s.Text), sizeSmall)}}, 0, 3)
	}
	d.y += 6
}

// method explains how the analysis was made, with the thresholds used.
func (d *doc) method() {
	th := d.a.Thresholds
	d.subheading("Method", true)
	steps := []string{
		"Segmentation. Paragraphs end at blank lines; sentences at . ! ? … ؟ ۔ followed by a plausible sentence start, " +
			"not after titles, abbreviations, initials or decimals. Sentences are numbered within each statement.",
		"Terms. Words are lower-cased, quote and hyphen variants folded, English stop words dropped and the rest stemmed " +
			"(Snowball/Porter2); multi-word terms are the topic scheme's cue phrases and capitalised names. Each sentence " +
			"becomes a tf-idf vector.",
		fmt.Sprintf("Alignment. Every sentence is compared with the sentences of the other statements that share a "+
			"selective term with it (an inverted index): the score is the tf-idf cosine of their terms. A pair model "+
			"weighs each candidate pair's evidence (its score; how it stands against each sentence's best and the mean of "+
			"the %d best in that statement; the terms, names and synonyms the two share; names each has that the other "+
			"lacks; topics; the documents' order between versions) with weights fitted on a gold set of annotated "+
			"comparisons. A pair is kept when its score reaches %.2f, the model's belief reaches %.1f, and each sentence is "+
			"among the three likeliest counterparts of the other there, so one sentence may match two. A pair scoring "+
			"%.2f or more is a paraphrase, one whose words are mostly the same and in order a version, the rest related. "+
			"A sentence with no counterpart in a statement is not addressed there.", compare.MatchNeighbours, th.Pair, compare.PairBelief, th.Paraphrase),
		"Topics. Topics are labels, not gates: a sentence is on a topic of the scheme when the weights of the topic's cue " +
			"words in it reach the scheme's threshold (at most two). An aligned pair stands in a topic both are on, else in " +
			"the topic of the one that has one; pairs that no scheme topic claims form emergent topics, labelled with the " +
			"phrase they share most. A lone sentence is not a topic of its own.",
		"Wording differences. Words (never white space) are diffed with Myers' algorithm and semantic clean-up. A version " +
			"diff first aligns sentences, then diffs words inside changed regions; a deleted passage of at least eight words " +
			"that reappears elsewhere with at least 60% of its words (Dice coefficient) is reported as a move, with its edits.",
		"Commitments. A rule-based reader finds a cue (a modal such as will, shall, must, may; a speech-act verb such as " +
			"condemn, call on, reaffirm) with a subject that names who commits; we/our resolve to the speaker's institution, " +
			"reported speech to the quoted speaker. Past events, assessments and predictions are not commitments. Strength " +
			"follows Halliday's scale of modal value (high: must, never, are committed to; median: will, shall, should, " +
			"call on; low: may, might, could, seek to); negation flips the polarity.",
		"Distinctive vocabulary. Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn " +
			"2008), each statement against all others; z-scores above 1.96 are significant at 5%.",
		"This report. Redlines show deletions in red and struck through, insertions in green and underlined, moves in " +
			"purple and labelled. Hebrew, Arabic and Persian text is drawn right to left, its letters joined, and copies " +
			"out in reading order. The same statements and settings always give the same analysis and the same report.",
	}
	if len(d.orig) > 0 {
		steps = append(steps[:len(steps)-1], "Translations. A statement compared with its translation is read through it: topics, "+
			"alignment and commitments come from the translation, and the original's sentences are paired with the "+
			"translation's by their lengths (Gale & Church 1993; the ratio of their lengths is estimated from the two texts), "+
			"then quoted under the sentences that render them.", steps[len(steps)-1])
	}
	for i, s := range steps {
		head, body, _ := strings.Cut(s, ". ")
		d.paragraph(para{spans: []span{bold(fmt.Sprintf("%d. %s. ", i+1, head), sizeSmall), text(body, sizeSmall)}, dir: dirLTR}, 0, 4)
	}
}
