// Package report writes a comparison as an evidence-grade PDF: a cover that
// identifies every statement by its SHA-256, a summary, the topic
// alignment side by side, redlines of the wording, the commitments, the
// distinctive vocabulary and, in an appendix, every statement's full text
// with numbered sentences, so each citation ("kirby:s4") can be checked.
//
// The PDF is drawn with fpdf (codeberg.org/go-pdf/fpdf) and the embedded
// Noto fonts (package assets/fonts), subset into the file. Hebrew, Arabic
// and Persian text is shaped and reordered here (rtl.go), since fpdf does
// neither. The same analysis, statements and Options.Date give the same
// bytes.
package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/statement"
)

// Paper is a page size.
type Paper string

// The page sizes.
const (
	A4     Paper = "a4"
	Letter Paper = "letter"
)

// Options shape a report.
type Options struct {
	Title    string    // report title (cover and running header); default "Comparison of N statements"
	Analyst  string    // optional, on the cover and as the PDF author
	Paper    Paper     // default A4
	Version  string    // Parley version, for the PDF creator "Parley <version>"
	Date     time.Time // the report date on the cover and in the metadata (zero: now)
	Baseline string    // statement id whose version diff against each other statement is shown in section 4 ("": only aligned pairs)
	Detail   Detail    // how much the report holds; "" is DetailStandard
	Format   Format    // pdf (""), html or docx
	Progress func(done float64)

	// Notes are the analyst's notes, keyed by sentence id ("kirby:s4") or
	// by aligned pair ("kirby:s4|g7:s2", either order); each is printed
	// under its passage or pair.
	Notes map[string]string
	// Manual marks passages placed in a topic, or pairs aligned, by the
	// analyst rather than by Parley; keyed like Notes.
	Manual map[string]bool
}

// Section titles: the outline's top level.
const (
	secCover       = "Cover"
	secSummary     = "Summary"
	secAlignment   = "Topic alignment"
	secWording     = "Wording differences"
	secCommitments = "Commitments"
	secVocabulary  = "Distinctive vocabulary"
	secAppendix    = "Appendix: full texts and method"
)

// doc is a report being drawn: the PDF, the cursor and what every section
// reads.
type doc struct {
	pdf     *fpdf.Fpdf
	fs      fontSet
	a       *compare.Analysis
	sts     []statement.Statement          // the analysis's statements, in its order
	orig    map[string]statement.Statement // the originals read through their translations, by the translation's id
	opt     Options
	title   string
	creator string
	date    time.Time

	left, top, width, bottom float64 // the text area, in points
	y                        float64 // the cursor: top of the next line

	section      string   // the section being drawn, for the running header
	pageSections []string // the section of each page
	links        map[string]int
	anchored     map[string]bool
	versions     map[string]*compare.VersionDiff // baseline version diffs, by statement id
	alt          flow                            // the document written instead of PDF pages; nil for PDF
}

// Write renders the report of analysis a (made from statements) to w. An
// original the analysis read through its translation is quoted beside it.
func Write(w io.Writer, a *compare.Analysis, statements []statement.Statement, opt Options) error {
	return WriteContext(context.Background(), w, a, statements, opt)
}

// WriteContext is Write that stops, between sections, once ctx is done; it
// then returns ctx.Err() and writes nothing to w.
func WriteContext(ctx context.Context, w io.Writer, a *compare.Analysis, statements []statement.Statement, opt Options) error {
	if err := CheckStatements(len(statements)); err != nil {
		return err
	}
	d, err := newDoc(ctx, a, statements, opt)
	if err != nil {
		return err
	}
	steps := d.sections()
	for i, step := range steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		step()
		d.progress(0.9 * float64(i+1) / float64(len(steps)))
	}
	if d.alt != nil {
		if err := d.alt.write(w, d.meta()); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		d.progress(1)
		return nil
	}
	d.finish()
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	d.progress(1)
	return nil
}

// newDoc checks the inputs and sets up the PDF: page size, margins, fonts
// and metadata.
func newDoc(ctx context.Context, a *compare.Analysis, statements []statement.Statement, opt Options) (*doc, error) {
	columns, originals, err := check(a, statements, opt)
	if err != nil {
		return nil, err
	}
	statements = columns
	faces, err := faceTable()
	if err != nil {
		return nil, err
	}
	d := &doc{fs: fontSet{faces}, a: a, sts: statements, orig: originals, opt: opt, links: map[string]int{},
		anchored: map[string]bool{}}
	if d.opt.Detail, err = ParseDetail(string(opt.Detail)); err != nil {
		return nil, err
	}
	if d.opt.Format, err = ParseFormat(string(opt.Format)); err != nil {
		return nil, err
	}
	d.alt = newFlow(d.opt.Format)
	d.title = opt.Title
	if strings.TrimSpace(d.title) == "" {
		d.title = fmt.Sprintf("Comparison of %d statements", len(statements))
	}
	d.creator = strings.TrimSpace("Parley " + opt.Version)
	d.date = opt.Date
	if d.date.IsZero() {
		d.date = time.Now()
	}
	d.pdf = newPDF(opt.Paper)
	d.fs.register(d.pdf)
	pw, ph := d.pdf.GetPageSize()
	d.left, d.top, d.width, d.bottom = 50, 62, pw-100, ph-56
	d.setMetadata()
	if opt.Baseline != "" {
		if err := d.diffVersions(ctx); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// check refuses inputs the report cannot describe faithfully. It returns
// the statements in the analysis's order, and the originals the analysis
// read through their translations, by the translation's id.
func check(a *compare.Analysis, statements []statement.Statement, opt Options) ([]statement.Statement, map[string]statement.Statement, error) {
	switch {
	case a == nil:
		return nil, nil, errors.New("report: no analysis")
	case opt.Paper != "" && opt.Paper != A4 && opt.Paper != Letter:
		return nil, nil, fmt.Errorf("report: unknown paper %q (a4 or letter)", opt.Paper)
	}
	byID := make(map[string]statement.Statement, len(statements))
	for _, st := range statements {
		byID[st.ID] = st
	}
	columns := make([]statement.Statement, len(a.Statements))
	originals := map[string]statement.Statement{}
	found := opt.Baseline == ""
	for i, sa := range a.Statements {
		st, ok := byID[sa.ID]
		if !ok {
			return nil, nil, fmt.Errorf("report: statement %d of the analysis, %q, was not given", i+1, sa.ID)
		}
		columns[i] = st
		found = found || st.ID == opt.Baseline
		if sa.Original == nil {
			continue
		}
		o, ok := byID[sa.Original.ID]
		if !ok {
			return nil, nil, fmt.Errorf("report: %q, the original of %q, was not given", sa.Original.ID, sa.ID)
		}
		originals[sa.ID] = o
	}
	if n := len(columns) + len(originals); len(statements) != n {
		return nil, nil, fmt.Errorf("report: the analysis has %d statements, %d were given", n, len(statements))
	}
	if !found {
		return nil, nil, fmt.Errorf("report: baseline %q is not one of the statements", opt.Baseline)
	}
	return columns, originals, nil
}

// meta is what the document says about itself.
func (d *doc) meta() docMeta {
	titles := make([]string, len(d.sts))
	for i, st := range d.sts {
		titles[i] = st.DisplayTitle()
	}
	return docMeta{title: d.title, author: d.opt.Analyst, creator: d.creator,
		subject: "Comparison of statements: " + strings.Join(titles, "; ")}
}

func (d *doc) setMetadata() {
	d.pdf.SetTitle(d.title, true)
	if d.opt.Analyst != "" {
		d.pdf.SetAuthor(d.opt.Analyst, true)
	}
	titles := make([]string, len(d.sts))
	for i, st := range d.sts {
		titles[i] = st.DisplayTitle()
	}
	d.pdf.SetSubject("Comparison of statements: "+strings.Join(titles, "; "), true)
	d.pdf.SetKeywords("Parley, statement comparison", true)
	d.pdf.SetCreator(d.creator, true)
	d.pdf.SetProducer("codeberg.org/go-pdf/fpdf", true)
	d.pdf.SetCreationDate(d.date)
	d.pdf.SetModificationDate(d.date)
	d.pdf.SetLang("en")
}

// diffVersions reads the baseline's version diff against every other
// statement from the analysis, which computes each once and keeps it.
func (d *doc) diffVersions(ctx context.Context) error {
	d.versions = map[string]*compare.VersionDiff{}
	for _, st := range d.sts {
		if st.ID == d.opt.Baseline {
			continue
		}
		v, err := d.a.VersionDiff(ctx, d.opt.Baseline, st.ID, compare.DiffOptions{})
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		d.versions[st.ID] = v
	}
	return nil
}

func (d *doc) statement(id string) statement.Statement {
	for _, st := range d.sts {
		if st.ID == id {
			return st
		}
	}
	return statement.Statement{}
}

func (d *doc) progress(done float64) {
	if d.opt.Progress != nil {
		d.opt.Progress(done)
	}
}

// note returns the analyst's note on a sentence or pair key.
func (d *doc) note(keys ...string) string {
	for _, k := range keys {
		if n := strings.TrimSpace(d.opt.Notes[k]); n != "" {
			return n
		}
	}
	return ""
}

// manual reports whether the analyst placed a passage or pair by hand.
func (d *doc) manual(keys ...string) bool {
	for _, k := range keys {
		if d.opt.Manual[k] {
			return true
		}
	}
	return false
}

// pairKeys are the Notes/Manual keys of a pair, in both orders.
func pairKeys(p compare.Pair) []string {
	return []string{statement.PairKey(p.A, p.B), statement.PairKey(p.B, p.A)}
}
