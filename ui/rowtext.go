package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// narrowestCharacter is the least average width of a character in a line
// of text, as a share of the text size: a line all of "i", "l" and spaces.
// Real lines average about twice that.
const narrowestCharacter = 0.25

// widestRow is the width assumed for a row not yet laid out.
const widestRow = 4000

// rowText cuts text for a one-line label that truncates with an ellipsis
// to what a row width wide could ever show. Fyne shapes the whole string
// to find where to cut it, at every refresh, and a commitment's row
// carries its whole sentence: a screenful of such rows cost about 50 ms on
// the first visit of the Commitments view. What is cut ends in an
// ellipsis, which the label's own then replaces.
func rowText(text string, width float32) string {
	if width <= 0 {
		width = widestRow
	}
	limit := int(width/(narrowestCharacter*theme.TextSize())) + 1
	n := 0
	for i := range text {
		if n == limit {
			return text[:i] + "…"
		}
		n++
	}
	return text
}

// setRowText sets a truncating label's text through rowText, at the
// label's own width.
func setRowText(l interface {
	SetText(string)
	Size() fyne.Size
}, text string) {
	l.SetText(rowText(text, l.Size().Width))
}
