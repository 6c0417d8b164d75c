package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
)

// vocabularyView lists each statement's distinctive terms: the words that
// set it apart from the others, with their z-scores (above 1.96 is
// significant at 5%) and counts.
type vocabularyView struct {
	grid *fyne.Container
	box  fyne.CanvasObject
}

func newVocabularyView() *vocabularyView {
	v := &vocabularyView{grid: container.NewGridWrap(fyne.NewSize(260, 420))}
	note := widget.NewLabel("Distinctive vocabulary: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), each statement against all others. z above 1.96 is significant at 5%.")
	note.Wrapping = fyne.TextWrapWord
	v.box = container.NewBorder(note, nil, nil, nil, container.NewVScroll(v.grid))
	return v
}

func (v *vocabularyView) object() fyne.CanvasObject { return v.box }

func (v *vocabularyView) show(an *compare.Analysis) {
	v.grid.RemoveAll()
	for _, st := range an.Statements {
		title := widget.NewLabelWithStyle(an.Name(st.ID), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		var lines []string
		for _, t := range an.Terms[st.ID] {
			mark := ""
			if t.Score >= 1.96 {
				mark = " *"
			}
			lines = append(lines, fmt.Sprintf("%s — z %.2f%s, ×%d", t.Term, t.Score, mark, t.Count))
		}
		if len(lines) == 0 {
			lines = []string{"(no distinctive terms)"}
		}
		terms := widget.NewLabel(strings.Join(lines, "\n"))
		v.grid.Add(widget.NewCard("", "", container.NewBorder(title, nil, nil, nil, terms)))
	}
	v.grid.Refresh()
}
