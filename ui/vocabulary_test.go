package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestVocabularyView(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.tabs.SelectIndex(vocabularyTab)
	ws.bg.settle()
	found := false
	for _, o := range ws.vocab.grid.Objects {
		if strings.Contains(cardText(o), "superiority — z") {
			found = true
		}
	}
	if !found {
		t.Error("Kirby's distinctive 'superiority' is not listed")
	}
	// No term of the demo is significant, and the note must say so rather
	// than promise a threshold nothing reaches.
	if note := ws.vocab.note.Text; !strings.Contains(note, "No term reaches z 1.96") {
		t.Errorf("the note does not say that no term is significant: %q", note)
	}
}

// TestVocabularyCardsDoNotOverlap: every card is tall enough for its
// title and terms, so a long list or phrase does not draw over the next.
func TestVocabularyCardsDoNotOverlap(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.tabs.SelectIndex(vocabularyTab)
	ws.bg.settle()
	for _, o := range ws.vocab.grid.Objects {
		card := o.(*widget.Card)
		content := card.Content.(*fyne.Container)
		need := content.MinSize()
		pad := 3 * theme.Padding() // widget.Card's padding around its content
		if need.Height > card.Size().Height-pad+0.5 || need.Width > card.Size().Width-pad+0.5 {
			t.Errorf("card %q needs %v, has %v", cardText(o), need, card.Size())
		}
	}
}

func cardText(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, c := range o.(*widget.Card).Content.(*fyne.Container).Objects {
		if cell, ok := c.(*textCell); ok {
			b.WriteString(cell.Text() + "\n")
		}
	}
	return b.String()
}
