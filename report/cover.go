package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/statement"
)

// cover draws the title page: what was compared, when, by whom, and a
// table that identifies each statement by its metadata and the SHA-256 of
// its text.
func (d *doc) cover() {
	d.section = secCover
	if d.alt == nil {
		d.newPage()
		d.pdf.Bookmark(secCover, 0, d.y)
	}
	d.y += 36
	d.paragraph(para{spans: []span{{"PARLEY · COMPARISON REPORT", style{size: sizeSmall, bold: true, color: accent}}}}, 0, 8)
	d.paragraph(para{spans: []span{{d.title, style{size: sizeTitle, bold: true, color: ink}}}}, 0, 12)
	words := 0
	for _, st := range d.a.Statements {
		words += st.Words
	}
	facts := [][2]string{
		{"Report date", d.date.Format("2 January 2006")},
		{"Analyst", d.opt.Analyst},
		{"Compared", fmt.Sprintf("%d statements, %d words", len(d.sts), words)},
		{"Made with", d.creator},
	}
	for _, f := range facts {
		if f[1] != "" {
			d.paragraph(para{spans: []span{tinted(f[0]+": ", sizeBody+1, muted), text(f[1], sizeBody+1)}}, 0, 2)
		}
	}
	d.y += 18
	d.heading([]span{{"Statements compared", style{size: sizeH2, bold: true, color: accent}}}, "", 0)
	d.drawTable(d.statementTable())
	d.languageNotices()
	d.paragraph(para{spans: []span{tinted("Citations name a statement and a sentence: “"+d.exampleCitation()+
		"” is a sentence of the statement with that id. The appendix prints every statement in full with its sentence numbers. "+
		"The SHA-256 digest identifies the exact text analysed (UTF-8, without the statement file's front-matter header), "+
		"so a reader can check that a quoted source is the one compared.", sizeSmall, muted)}}, 0, 0)
}

// languageNotices say, for each statement in a language Parley reads less
// deeply than English, what the reader should not expect of it.
func (d *doc) languageNotices() {
	for _, st := range d.a.Statements {
		if st.Notice != "" {
			d.paragraph(para{spans: []span{bold(d.statementLabel(st)+": ", sizeSmall), tinted(st.Notice, sizeSmall, muted)}}, 0, 2)
		}
	}
	d.y += 4
}

// statementTable lists the statements with their metadata and digests; an
// original read through its translation has its row under the
// translation's.
func (d *doc) statementTable() table {
	t := table{widths: d.fractions(4, 28, 11, 21, 8, 28)}
	t.header = headerCells("#", "Statement", "Date, language", "Source", "Words", "SHA-256 of the text")
	for i, st := range d.sts {
		sum := sha256.Sum256([]byte(st.Text))
		digest := hex.EncodeToString(sum[:]) // two lines of 32 hex digits
		who := []span{bold(st.DisplayTitle(), sizeSmall)}
		sub := []para{{spans: who}, {spans: []span{tinted("id: "+st.ID, sizeTiny, muted)}}}
		if o := d.a.Statements[i].Original; o != nil {
			sub = append(sub, para{spans: []span{tinted(fmt.Sprintf("%s translation of %s", d.a.Statements[i].Language.Name, o.ID), sizeTiny, muted)}})
		}
		for _, s := range []string{st.Speaker, st.Organization} {
			if s != "" {
				sub = append(sub, para{spans: []span{text(s, sizeTiny)}})
			}
		}
		t.rows = append(t.rows, []cell{
			textCell(text(strconv.Itoa(i+1), sizeSmall)),
			{paras: sub},
			{paras: []para{{spans: []span{text(st.Date, sizeSmall)}}, {spans: []span{tinted(d.a.Statements[i].Language.Name, sizeTiny, muted)}}}},
			sourceCell(st),
			textCell(text(strconv.Itoa(d.a.Statements[i].Words), sizeSmall)),
			textCell(span{digest[:32] + "\n" + digest[32:], style{size: sizeTiny, color: ink}}),
		})
		if d.a.Statements[i].Original != nil {
			t.rows = append(t.rows, d.originalRow(i))
		}
	}
	return t
}

// headerCells makes a tinted header row.
func headerCells(titles ...string) []cell {
	out := make([]cell, len(titles))
	for i, t := range titles {
		out[i] = cell{paras: []para{{spans: []span{bold(t, sizeSmall)}}}, fill: headFill, hasFill: true}
	}
	return out
}

// exampleCitation is the first sentence id of the report, for the note on
// citations.
func (d *doc) exampleCitation() string {
	for _, st := range d.a.Statements {
		if len(st.Sentences) > 0 {
			return st.Sentences[0].ID
		}
	}
	return "statement:s1"
}

// statementLabel is a statement's short name in column headers: its
// speaker when that tells it apart, else its title — never its id.
func (d *doc) statementLabel(st compare.StatementAnalysis) string {
	return d.a.ShortName(st.ID)
}

// sourceCell is a statement's source, with what its front matter says of
// its retrieval: when, the address that answered after redirects, and the
// SHA-256 of the bytes received, so that a reader can tell whether the
// page has changed since.
func sourceCell(st statement.Statement) cell {
	c := textCell(sourceSpan(st.Source))
	note := func(s string) { c.paras = append(c.paras, para{spans: []span{tinted(s, sizeTiny, muted)}}) }
	if r := strings.TrimSpace(st.Extra["retrieved"]); r != "" {
		note("retrieved " + r)
	}
	if f := strings.TrimSpace(st.Extra["final_url"]); f != "" && f != st.Source {
		note("answered by " + f)
	}
	if h := strings.TrimSpace(st.Extra["sha256"]); len(h) == 64 {
		note("SHA-256 of the page as received:\n" + h[:16] + "\n" + h[16:32] + "\n" + h[32:48] + "\n" + h[48:])
	}
	return c
}

// sourceSpan is a statement's source as the cover prints it: a web address
// in the link colour, opening it; any other source as written.
func sourceSpan(source string) span {
	s := text(source, sizeTiny)
	if u := strings.TrimSpace(source); strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		if !strings.ContainsAny(u, " \t\n") {
			s.st.color, s.st.underline, s.st.url = accent, true, u
		}
	}
	return s
}
