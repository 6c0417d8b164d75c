package ui

import (
	"testing"
)

func TestVocabularyView(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.tabs.SelectIndex(vocabularyTab)
	if findLabel(ws.vocab.object(), "superiority — z") == nil {
		t.Error("Kirby's distinctive 'superiority' is not listed")
	}
}
