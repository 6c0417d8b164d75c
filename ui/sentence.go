package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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
// of its commitments marked. Tapping selects it; a secondary tap offers to
// copy it.
type sentenceRow struct {
	widget.BaseWidget
	id      string
	text    string
	cues    []span // byte ranges of commitment cue words in text
	colour  color.NRGBA
	state   rowState
	onTap   func(id string)
	onMenu  func(id string, at fyne.Position)
	label   *widget.RichText
	bg, bar *canvas.Rectangle
}

// span is a byte range [start, end) of a sentence's text.
type span struct{ start, end int }

func newSentenceRow(id, text string, cues []span, colour color.NRGBA, onTap func(string), onMenu func(string, fyne.Position)) *sentenceRow {
	r := &sentenceRow{id: id, text: text, cues: cues, colour: colour, onTap: onTap, onMenu: onMenu}
	r.label = widget.NewRichText()
	r.label.Wrapping = fyne.TextWrapWord
	r.bg = canvas.NewRectangle(color.Transparent)
	r.bar = canvas.NewRectangle(colour)
	r.ExtendBaseWidget(r)
	r.applyState()
	return r
}

func (r *sentenceRow) setState(s rowState) {
	if r.state == s {
		return
	}
	r.state = s
	r.applyState()
	r.bg.Refresh()
	r.bar.Refresh()
	r.label.Refresh()
}

func (r *sentenceRow) applyState() {
	base := widget.RichTextStyleInline
	switch r.state {
	case rowSelected:
		r.bg.FillColor = tint(r.colour, 0x90)
		r.bg.StrokeColor = themeColor(theme.ColorNameForeground)
		r.bg.StrokeWidth = 2
		base.TextStyle.Bold = true
	case rowCounterpart:
		r.bg.FillColor = tint(r.colour, 0x70)
		r.bg.StrokeColor = themeColor(theme.ColorNamePrimary)
		r.bg.StrokeWidth = 2
	case rowDimmed:
		r.bg.FillColor = tint(r.colour, 0x10)
		r.bg.StrokeWidth = 0
		base.ColorName = theme.ColorNameDisabled
	default:
		r.bg.FillColor = tint(r.colour, 0x30)
		r.bg.StrokeWidth = 0
	}
	r.bg.CornerRadius = 3
	r.label.Segments = r.segments(base)
}

// segments splits the text into plain runs and marked cue words: bold, in
// the theme's primary colour, so commitments stand out while reading.
func (r *sentenceRow) segments(base widget.RichTextStyle) []widget.RichTextSegment {
	cue := base
	cue.TextStyle.Bold = true
	if r.state != rowDimmed {
		cue.ColorName = theme.ColorNamePrimary
	}
	var segs []widget.RichTextSegment
	at := 0
	for _, c := range r.cues {
		if c.start < at || c.end > len(r.text) {
			continue // overlapping or stale span
		}
		if c.start > at {
			segs = append(segs, &widget.TextSegment{Text: r.text[at:c.start], Style: base})
		}
		segs = append(segs, &widget.TextSegment{Text: r.text[c.start:c.end], Style: cue})
		at = c.end
	}
	if at < len(r.text) || len(segs) == 0 {
		segs = append(segs, &widget.TextSegment{Text: r.text[at:], Style: base})
	}
	last := segs[len(segs)-1].(*widget.TextSegment)
	last.Style.Inline = false
	return segs
}

func (r *sentenceRow) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap(r.id)
	}
}

func (r *sentenceRow) TappedSecondary(e *fyne.PointEvent) {
	if r.onMenu != nil {
		r.onMenu(r.id, e.AbsolutePosition)
	}
}

func (r *sentenceRow) CreateRenderer() fyne.WidgetRenderer {
	return &sentenceRowRenderer{row: r}
}

type sentenceRowRenderer struct{ row *sentenceRow }

const barWidth = 4

func (s *sentenceRowRenderer) Layout(size fyne.Size) {
	r := s.row
	r.bg.Resize(size)
	r.bg.Move(fyne.NewPos(0, 0))
	r.bar.Resize(fyne.NewSize(barWidth, size.Height))
	r.bar.Move(fyne.NewPos(0, 0))
	r.label.Resize(fyne.NewSize(size.Width-barWidth, size.Height))
	r.label.Move(fyne.NewPos(barWidth, 0))
}

func (s *sentenceRowRenderer) MinSize() fyne.Size {
	m := s.row.label.MinSize()
	return fyne.NewSize(m.Width+barWidth, m.Height)
}

func (s *sentenceRowRenderer) Refresh() {
	s.row.bar.FillColor = s.row.colour
	s.row.applyState()
	canvas.Refresh(s.row)
}

func (s *sentenceRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{s.row.bg, s.row.bar, s.row.label}
}

func (s *sentenceRowRenderer) Destroy() {}
