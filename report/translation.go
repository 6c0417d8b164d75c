package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/statement"
)

// A statement the analysis read through its translation is quoted in its
// own words beside the translation's: under each passage of the topic
// alignment and of the commitment list, and sentence by sentence in the
// appendix. The sentence links come from the analysis (compare/parallel).

// originalCites are the citations of the original sentences a
// translation's sentence id renders, after lead: " · original fa:s4".
// None for a sentence of an untranslated statement.
func (d *doc) originalCites(id, lead string, size float64) []span {
	orig := d.a.OriginalOf(id)
	if len(orig) == 0 {
		return nil
	}
	out := []span{tinted(lead, size, muted)}
	for i, s := range orig {
		if i > 0 {
			out = append(out, tinted(", ", size, muted))
		}
		out = append(out, cite(s.ID, size))
	}
	return out
}

// originalPara is the text of the original sentences a translation's
// sentence id renders, muted, in the original's direction; false when
// there are none.
func (d *doc) originalPara(id string, size float64) (para, bool) {
	orig := d.a.OriginalOf(id)
	if len(orig) == 0 {
		return para{}, false
	}
	texts := make([]string, len(orig))
	for i, s := range orig {
		texts[i] = oneLine(s.Text)
	}
	return para{spans: []span{tinted(strings.Join(texts, " "), size, muted)}}, true
}

// originalRow is the cover's row for the original of the statement in row
// i, identified like every statement by its metadata and digest.
func (d *doc) originalRow(i int) []cell {
	o := d.a.Statements[i].Original
	st := d.orig[d.a.Statements[i].ID]
	sum := sha256.Sum256([]byte(st.Text))
	digest := hex.EncodeToString(sum[:])
	sub := []para{{spans: []span{bold(st.DisplayTitle(), sizeSmall)}},
		{spans: []span{tinted("id: "+st.ID, sizeTiny, muted)}},
		{spans: []span{tinted(fmt.Sprintf("%s original of %s, read through it", o.Language.Name, d.a.Statements[i].ID), sizeTiny, muted)}, dir: dirLTR}}
	for _, s := range []string{st.Speaker, st.Organization} {
		if s != "" {
			sub = append(sub, para{spans: []span{text(s, sizeTiny)}})
		}
	}
	return []cell{
		textCell(text("", sizeSmall)),
		{paras: sub},
		{paras: []para{{spans: []span{text(st.Date, sizeSmall)}}, {spans: []span{tinted(o.Language.Name, sizeTiny, muted)}}}},
		textCell(text(st.Source, sizeTiny)),
		textCell(text(fmt.Sprint(o.Words), sizeSmall)),
		textCell(span{digest[:32] + "\n" + digest[32:], style{size: sizeTiny, color: ink}}),
	}
}

// translatedText prints a translation with its original in the appendix,
// link by link: the translation's numbered sentences, then under them the
// original's that they render, numbered too, so that a citation of either
// leads here. A blank line keeps the translation's paragraphs apart.
func (d *doc) translatedText(st compare.StatementAnalysis) {
	o := st.Original
	d.explain(strings.Join(nonEmpty("Original: "+o.Title, "id: "+o.ID, o.Language.Name, fmt.Sprintf("%d words", o.Words)), " · ") +
		". Each passage of the translation is followed by the sentences of the original it renders, as Parley paired them by length (Gale & Church).")
	ref := map[string]compare.Sentence{}
	for _, s := range st.Sentences {
		ref[s.ID] = s
	}
	origs := map[string]compare.Sentence{}
	for _, s := range o.Sentences {
		origs[s.ID] = s
	}
	par := -1
	for _, l := range o.Links {
		var spans []span
		for _, id := range l.Translation {
			s := ref[id]
			if par >= 0 && s.Paragraph != par {
				d.y += 4
			}
			par = s.Paragraph
			spans = append(spans, numbered(id, sizeTiny), text(" "+oneLine(s.Text)+" ", sizeBody))
		}
		if len(l.Translation) == 0 {
			spans = append(spans, tinted("Not in the translation:", sizeSmall, muted))
		}
		d.paragraph(para{spans: spans}, 0, 1)
		var orig []span
		for _, id := range l.Original {
			orig = append(orig, numbered(id, sizeTiny), tinted(" "+oneLine(origs[id].Text)+" ", sizeSmall, muted))
		}
		if len(orig) > 0 {
			d.paragraph(para{spans: orig}, 12, 4)
		}
	}
	d.y += 6
}

// numbered is a sentence's number in the appendix, "[s4]", the target of
// the citations of sentence id.
func numbered(id string, size float64) span {
	sid, _ := statement.ParseSentenceID(id)
	return span{"[" + sid.Label() + "]", style{size: size, bold: true, color: accent, anchor: id}}
}
