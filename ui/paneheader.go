package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/internal/rtl"
	"github.com/parley-app/parley/statement"
	"github.com/parley-app/parley/ui/textview"
)

// The pane header: the statement's distinct title, then its date (with the
// language once known) on a line of its own, so that a series of
// statements from one speaker reads apart, then the speaker, the counts and
// any notice. Speaker and date are separate labels: joined, a Hebrew or
// Persian speaker beside a date loses the space between them in Fyne's
// left-to-right layout of mixed text.

// makeHeader builds the header's labels and their box.
func (p *pane) makeHeader() {
	st := p.statement
	p.fullTitle = st.DisplayTitle()
	p.title = widget.NewLabelWithStyle(p.fullTitle, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Wrapping = fyne.TextWrapWord
	p.meta = widget.NewLabel(st.Date)
	p.meta.Wrapping = fyne.TextWrapWord // never cut: the date tells a series apart
	p.meta.Importance = widget.LowImportance
	p.speaker = widget.NewLabel(st.Speaker)
	p.speaker.Truncation = fyne.TextTruncateEllipsis
	p.speaker.Importance = widget.LowImportance
	p.counts = widget.NewLabel("")
	p.counts.Truncation = fyne.TextTruncateEllipsis
	p.counts.Importance = widget.LowImportance
	// A statement in a language Parley reads less deeply than English says
	// so in its header, under its counts (hidden until the analysis tells).
	p.notice = widget.NewLabel("")
	p.notice.Wrapping = fyne.TextWrapWord
	p.notice.Importance = widget.WarningImportance
	p.notice.Hide()
	p.link = widget.NewLabel("")
	p.link.Truncation = fyne.TextTruncateEllipsis
	p.link.Hide()
	for _, l := range []*widget.Label{p.meta, p.speaker} {
		if l.Text == "" {
			l.Hide()
		}
	}
	p.alignHeader(rightToLeft(st, ""))
	// The secondary lines close together, as lines of one block: labels
	// keep their padding, and the block takes it back between them.
	details := container.New(layout.NewCustomPaddedVBoxLayout(-theme.InnerPadding()), p.link, p.meta, p.speaker, p.counts)
	p.header = container.NewVBox(p.title, details, p.notice)
}

// alignHeader right-aligns the header of a statement that reads right to
// left, as its text is.
func (p *pane) alignHeader(rightToLeft bool) {
	align := fyne.TextAlignLeading
	if rightToLeft {
		align = fyne.TextAlignTrailing
	}
	for _, l := range []*widget.Label{p.title, p.link, p.meta, p.speaker, p.counts, p.notice} {
		if l.Alignment != align {
			l.Alignment = align
			l.Refresh()
		}
	}
}

// rightToLeft tells whether a statement reads right to left: by the
// language the analysis found (code, "" before it), else its front
// matter's, else its opening text.
func rightToLeft(st statement.Statement, code string) bool {
	if code == "" || code == "und" {
		code = strings.ToLower(strings.TrimSpace(st.Language))
	}
	switch code {
	case "he", "fa", "ar", "ur", "yi", "ps":
		return true
	case "", "und":
		text := st.Text
		if len(text) > 2000 {
			text = text[:2000]
		}
		return rtl.MostlyRTL(text)
	}
	return false
}

// showHeaderAnalysis shows what the analysis found: the language after the
// date, the counts, the notice and the translation's link.
func (p *pane) showHeaderAnalysis(sa *compare.StatementAnalysis) {
	p.counts.SetText(plural(sa.Words, "word") + " · " + plural(len(sa.Sentences), "sentence") + " · " + plural(sa.Paragraphs, "paragraph"))
	p.meta.SetText(joinNonEmpty(" · ", p.statement.Date, sa.Language.Name))
	if p.meta.Text != "" {
		p.meta.Show()
	}
	p.alignHeader(rightToLeft(p.statement, sa.Language.Code))
	p.showNotice(sa.Notice)
	p.showLink(sa)
}

// setOriginal makes the pane that of a translation read with its
// original (nil: of a statement alone), and names both in its header:
// "Translation of <title>" until the analysis names the two languages.
func (p *pane) setOriginal(original *statement.Statement) {
	p.original = original
	if original == nil {
		p.link.Hide()
		return
	}
	p.link.SetText("Translation of " + original.DisplayTitle())
	p.link.Show()
}

// showLink names the translation's language and the original's, from the
// analysis: "English translation of <title> · Persian original".
func (p *pane) showLink(sa *compare.StatementAnalysis) {
	if p.original == nil || sa.Original == nil {
		return
	}
	o := sa.Original
	p.link.SetText(joinNonEmpty(" · ", strings.TrimSpace(sa.Language.Name+" translation of "+statement.Statement{ID: o.ID, Title: o.Title}.DisplayTitle()),
		o.Language.Name+" original"))
}

// showNotice shows what Parley cannot read in this statement ("" hides it).
func (p *pane) showNotice(notice string) {
	p.notice.SetText(notice)
	if notice == "" {
		p.notice.Hide()
	} else {
		p.notice.Show()
	}
}

// titleLines is the most lines a pane's title takes. Six statements side
// by side left a long White House title nine lines, and the text under
// all the headers (which share one row) a few.
const titleLines = 3

// setTitle gives the pane its title, fitted to the pane's width.
func (p *pane) setTitle(full string) {
	p.fullTitle = full
	p.fitTitle()
}

// fitTitle shortens the title to titleLines at the pane's width: cut at a
// word, with an ellipsis, keeping a closing parenthesis that tells two
// statements of one title apart ("… (2 of 2)").
func (p *pane) fitTitle() {
	text := p.fullTitle
	if p.width > 0 {
		text = clampLines(text, p.title.TextStyle, p.width-2*theme.InnerPadding(), titleLines)
	}
	if text != p.title.Text {
		p.title.SetText(text)
	}
}

// clampLines is text cut at a word, with an ellipsis, so that it wraps to
// at most lines lines of width in style; a trailing parenthesis is kept.
func clampLines(text string, style fyne.TextStyle, width float32, lines int) string {
	height := func(s string) float32 {
		return textview.WrappedHeight([]textview.Run{{Text: s, Style: style}}, max(width, 1))
	}
	limit := float32(lines)*height("M") + 0.5
	if height(text) <= limit {
		return text
	}
	body, suffix := text, ""
	if open := strings.LastIndex(text, " ("); open > 0 && strings.HasSuffix(text, ")") {
		body, suffix = text[:open], text[open:]
	}
	words := strings.Fields(body)
	// The most words that fit with the ellipsis and the suffix.
	fits := func(n int) bool { return height(strings.Join(words[:n], " ")+"…"+suffix) <= limit }
	n := sort.Search(len(words)+1, func(n int) bool { return n > 0 && !fits(n) }) - 1
	if n < 1 {
		n = 1 // a first word too long for the lines is left to the label to wrap
	}
	return strings.Join(words[:n], " ") + "…" + suffix
}
