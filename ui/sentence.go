package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/ui/textview"
)

// rowState is how a sentence is shown relative to the analyst's selection.
type rowState int

const (
	rowNormal      rowState = iota
	rowSelected             // the sentence the analyst picked
	rowCounterpart          // aligned with the picked sentence
	rowDimmed               // another sentence while something is picked
)

// sentenceRow shows one sentence, tinted by its topic, with the cue words
// of its commitments marked; a translation's sentence has the original
// sentences it renders under it, smaller and muted, in their own script
// and direction. Tapping selects it; a secondary tap offers to copy it.
type sentenceRow struct {
	widget.BaseWidget
	id           string
	text         string
	cues         []span // byte ranges of commitment cue words in text
	colour       color.NRGBA
	state        rowState
	original     string // the original's words, for a translation's sentence
	untranslated bool   // a sentence of the original the translation leaves out
	edit         rowEdit
	onTap        func(id string)
	onMenu       func(id string, at fyne.Position)
	label        *textview.FlowText
	orig         *textview.FlowText // original, under label; empty for most rows
	bg, bar      *canvas.Rectangle
}

// span is a byte range [start, end) of a sentence's text.
type span struct{ start, end int }

func newSentenceRow(id, text string, cues []span, colour color.NRGBA, onTap func(string), onMenu func(string, fyne.Position)) *sentenceRow {
	r := &sentenceRow{id: id, text: text, cues: cues, colour: colour, onTap: onTap, onMenu: onMenu}
	r.label = textview.NewFlowText()
	r.orig = textview.NewFlowText()
	r.bg = canvas.NewRectangle(color.Transparent)
	r.bar = canvas.NewRectangle(colour)
	r.ExtendBaseWidget(r)
	r.applyState()
	return r
}

// bind shows item it in state st: rows are recycled by the pane's list.
func (r *sentenceRow) bind(it paneItem, st rowState) {
	r.id, r.text, r.cues, r.colour, r.state = it.id, it.text, it.cues, it.colour, st
	r.original, r.untranslated, r.edit = it.original, it.untranslated, it.edit
	if it.id == "" { // a paragraph gap
		r.colour = color.NRGBA{}
	}
	r.applyState()
	r.bg.Refresh()
	r.bar.Refresh()
}

func (r *sentenceRow) applyState() {
	r.bg.FillColor = textview.Tint(r.colour, stateAlpha(r.state))
	switch r.state {
	case rowSelected:
		r.bg.StrokeColor = textview.ThemeColor(theme.ColorNameForeground)
		r.bg.StrokeWidth = 2
	case rowCounterpart:
		r.bg.StrokeColor = textview.ThemeColor(theme.ColorNamePrimary)
		r.bg.StrokeWidth = 2
	default:
		r.bg.StrokeWidth = 0
	}
	if r.id == "" {
		r.bg.FillColor = color.Transparent
	}
	r.bg.CornerRadius = 3
	r.bar.FillColor = r.colour
	if r.edit != 0 { // a version's removed or added sentence: its bar says which
		r.bar.FillColor = textview.ThemeColor(r.edit.colour())
	}
	it := r.item()
	r.label.SetRuns(itemRuns(it, r.state)...)
	r.orig.SetRuns(originalRuns(it.original, r.state)...)
	if it.original == "" {
		r.orig.Hide()
	} else {
		r.orig.Show()
	}
}

// item is what the row shows, as the pane's list holds it.
func (r *sentenceRow) item() paneItem {
	return paneItem{id: r.id, text: r.text, cues: r.cues, colour: r.colour, original: r.original, untranslated: r.untranslated, edit: r.edit}
}

// itemRuns are the runs of an item's main text: its sentence (rowRuns),
// under a line saying so for one a version removed or added, or for a
// sentence of the original that the translation leaves out, a note saying
// so.
func itemRuns(it paneItem, state rowState) []textview.Run {
	if it.untranslated {
		return []textview.Run{{Text: "Not in the translation:", Style: fyne.TextStyle{Italic: true},
			Color: theme.ColorNamePlaceHolder, Size: theme.SizeNameCaptionText}}
	}
	if it.edit != 0 {
		return append(editRuns(it.edit), rowRuns(it.text, it.cues, state)...)
	}
	return rowRuns(it.text, it.cues, state)
}

// originalRuns are the runs of the original's words under a translated
// sentence: smaller and muted, so the translation reads first, and dimmed
// with it. On the stronger tint of a selected or aligned row a muted grey
// would be too faint: there the size alone sets it apart. FlowText lays
// Persian and Hebrew out right to left, right-aligned.
func originalRuns(text string, state rowState) []textview.Run {
	if text == "" {
		return nil
	}
	var c fyne.ThemeColorName // the foreground
	switch state {
	case rowNormal:
		c = theme.ColorNamePlaceHolder
	case rowDimmed:
		c = theme.ColorNameDisabled
	}
	return []textview.Run{{Text: text, Color: c, Size: theme.SizeNameCaptionText}}
}

// originalGap is the space between a translated sentence and its original.
func originalGap() float32 { return theme.InnerPadding() / 4 }

// rowHeights are the heights of a row's main text and of the original
// under it (with the gap above it; 0 when there is none), wrapped at
// width. The pane measures its list's rows, and the row lays itself out,
// with it.
func rowHeights(it paneItem, state rowState, width float32) (main, original float32) {
	main = textview.WrappedHeight(itemRuns(it, state), width)
	if it.original != "" {
		original = originalGap() + textview.WrappedHeight(originalRuns(it.original, state), width)
	}
	return main, original
}

// stateAlpha is the opacity of a row's topic tint in each state. The
// selected and aligned rows are outlined as well, so their tints stay
// light enough for text to keep 4.5:1 on every topic colour in either
// theme (theme_test.go).
func stateAlpha(state rowState) uint8 {
	switch state {
	case rowSelected:
		return 0x68
	case rowCounterpart:
		return 0x50
	case rowDimmed:
		return 0x10
	}
	return 0x30
}

// rowRuns splits a sentence into plain runs and marked cue words, styled
// for the row's state. The pane measures row heights with the same runs,
// so they must not depend on anything else.
//
// Cue words are bold, in the theme's primary colour on a plain row, so
// commitments stand out while reading. On the selected and aligned rows
// the stronger tint would leave primary text too faint (blue on the blue
// of some topics): there they keep the foreground colour, underlined
// (the selected sentence is bold throughout).
func rowRuns(text string, cues []span, state rowState) []textview.Run {
	base := textview.Run{}
	switch state {
	case rowSelected:
		base.Style.Bold = true
	case rowDimmed:
		base.Color = theme.ColorNameDisabled
	}
	cue := base
	cue.Style.Bold = true
	switch state {
	case rowNormal:
		cue.Color = theme.ColorNamePrimary
	case rowSelected, rowCounterpart:
		cue.Underline = true
	}
	var runs []textview.Run
	at := 0
	add := func(run textview.Run, t string) {
		run.Text = t
		runs = append(runs, run)
	}
	for _, c := range cues {
		if c.start < at || c.end > len(text) {
			continue // overlapping or stale span
		}
		if c.start > at {
			add(base, text[at:c.start])
		}
		add(cue, text[c.start:c.end])
		at = c.end
	}
	if at < len(text) || len(runs) == 0 {
		add(base, text[at:])
	}
	return runs
}

func (r *sentenceRow) Tapped(*fyne.PointEvent) {
	if r.onTap != nil && r.id != "" {
		r.onTap(r.id)
	}
}

func (r *sentenceRow) TappedSecondary(e *fyne.PointEvent) {
	if r.onMenu != nil && r.id != "" {
		r.onMenu(r.id, e.AbsolutePosition)
	}
}

func (r *sentenceRow) CreateRenderer() fyne.WidgetRenderer {
	return &sentenceRowRenderer{row: r}
}

type sentenceRowRenderer struct{ row *sentenceRow }

const barWidth = 4

// rowPadding keeps the text off the tint's edges.
func rowPadding() float32 { return theme.InnerPadding() / 2 }

func (s *sentenceRowRenderer) Layout(size fyne.Size) {
	r := s.row
	pad := rowPadding()
	r.bg.Resize(size)
	r.bg.Move(fyne.NewPos(0, 0))
	r.bar.Resize(fyne.NewSize(barWidth, size.Height))
	r.bar.Move(fyne.NewPos(0, 0))
	width := size.Width - barWidth - 2*pad
	if r.original == "" {
		r.label.Resize(fyne.NewSize(width, size.Height-2*pad))
		r.label.Move(fyne.NewPos(barWidth+pad, pad))
		return
	}
	main, orig := rowHeights(r.item(), r.state, width)
	r.label.Resize(fyne.NewSize(width, main))
	r.label.Move(fyne.NewPos(barWidth+pad, pad))
	r.orig.Resize(fyne.NewSize(width, orig-originalGap()))
	r.orig.Move(fyne.NewPos(barWidth+pad, pad+main+originalGap()))
}

func (s *sentenceRowRenderer) MinSize() fyne.Size {
	m := s.row.label.MinSize()
	pad := rowPadding()
	if s.row.original != "" {
		o := s.row.orig.MinSize()
		m = fyne.NewSize(max(m.Width, o.Width), m.Height+originalGap()+o.Height)
	}
	return fyne.NewSize(m.Width+barWidth+2*pad, m.Height+2*pad)
}

func (s *sentenceRowRenderer) Refresh() {
	s.row.applyState()
	canvas.Refresh(s.row)
}

func (s *sentenceRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{s.row.bg, s.row.bar, s.row.label, s.row.orig}
}

func (s *sentenceRowRenderer) Destroy() {}
