package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
)

// vocabularyView lists each statement's distinctive terms: the words that
// set it apart from the others, with their z-scores and counts, one card
// per statement. The note above says whether any term is significant.
type vocabularyView struct {
	note *widget.Label
	grid *fyne.Container
	box  fyne.CanvasObject
}

// significantZ is the z-score above which a term sets a statement apart
// at the 5% level.
const significantZ = 1.96

// vocabularyCardWidth is a card's width at 100% text size; its height
// fits the fullest card.
const vocabularyCardWidth = 300

func newVocabularyView() *vocabularyView {
	v := &vocabularyView{grid: container.NewGridWrap(fyne.NewSize(vocabularyCardWidth, 100))}
	v.note = widget.NewLabel("")
	v.note.Wrapping = fyne.TextWrapWord
	v.box = container.NewBorder(v.note, nil, nil, nil, container.NewVScroll(v.grid))
	return v
}

func (v *vocabularyView) object() fyne.CanvasObject { return v.box }

func (v *vocabularyView) show(an *compare.Analysis) {
	v.grid.RemoveAll()
	v.note.SetText(vocabularyNote(an))
	pad := theme.Padding()
	width := vocabularyCardWidth * textScale()
	inner := width - 3*pad // a card's content width (widget.Card's padding)
	tallest := float32(0)
	for _, st := range an.Statements {
		name := an.Name(st.ID)
		terms := termLines(an.Terms[st.ID])
		title, list := newTextCell(true), newTextCell(false)
		title.set(name, false, false)
		list.set(terms, len(an.Terms[st.ID]) == 0, len(an.Terms[st.ID]) == 0)
		tallest = max(tallest, cellHeight(name, inner, true)+cellHeight(terms, inner, false))
		v.grid.Add(widget.NewCard("", "", container.NewBorder(title, nil, nil, nil, list)))
	}
	// Every card as tall as the fullest, so none draws over the next.
	v.grid.Layout = layout.NewGridWrapLayout(fyne.NewSize(width, tallest+4*pad))
	v.grid.Refresh()
}

// termLines is one line per term: the term, its z-score (marked * when
// significant) and its count.
func termLines(terms []compare.TermScore) string {
	if len(terms) == 0 {
		return "no distinctive terms"
	}
	lines := make([]string, len(terms))
	for i, t := range terms {
		mark := ""
		if t.Score >= significantZ {
			mark = " *"
		}
		lines[i] = fmt.Sprintf("%s — z %.2f%s, ×%d", t.Term, t.Score, mark, t.Count)
	}
	return strings.Join(lines, "\n")
}

// vocabularyNote says how the terms were found and whether any of them is
// significant: on short statements often none is, and a list without that
// word would read as a finding.
func vocabularyNote(an *compare.Analysis) string {
	const method = "Distinctive vocabulary: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), each statement against all others."
	if len(an.Statements) < 2 {
		return "Key terms of the statement, by count and how few of its sentences use them (tf-idf): with one statement there is nothing to set it apart from."
	}
	best := 0.0
	for _, terms := range an.Terms {
		for _, t := range terms {
			best = max(best, t.Score)
		}
	}
	if best < significantZ {
		return method + fmt.Sprintf(" No term reaches z %.2f (significant at 5%%) — the highest is %.2f: these statements are too short, or too alike, for their choice of words to be told from chance. The terms are listed most distinctive first.", significantZ, best)
	}
	return method + fmt.Sprintf(" Terms marked * reach z %.2f: significant at 5%%.", significantZ)
}
