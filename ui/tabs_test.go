package ui

import "testing"

// TestViewsFilledWhenFirstShown: the Topics, Commitments and Vocabulary
// views take an analysis only when they are on screen: none before the
// analyst opens them, the newest when one is opened, and a new analysis at
// once for the view shown, later for the others.
func TestViewsFilledWhenFirstShown(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	if ws.result == nil {
		t.Fatal("no analysis")
	}
	if ws.topics.an != nil || ws.commits.an != nil || len(ws.vocab.grid.Objects) != 0 {
		t.Fatal("views filled before they were shown")
	}
	ws.tabs.SelectIndex(topicsTab)
	if ws.topics.an != ws.result || ws.commits.an != nil {
		t.Fatalf("after showing Topics: topics has the analysis %v, commitments %v", ws.topics.an == ws.result, ws.commits.an != nil)
	}

	first := ws.result
	ws.changed() // a new analysis, with Topics on screen
	ws.bg.settle()
	if ws.result == first || ws.topics.an != ws.result {
		t.Fatal("the view on screen did not take the new analysis at once")
	}
	if ws.commits.an != nil {
		t.Fatal("Commitments filled while hidden")
	}
	ws.tabs.SelectIndex(commitmentsTab)
	ws.tabs.SelectIndex(vocabularyTab)
	if ws.commits.an != ws.result || len(ws.vocab.grid.Objects) != len(ws.result.Statements) {
		t.Errorf("after showing them: commitments has the newest analysis %v, vocabulary %d cards",
			ws.commits.an == ws.result, len(ws.vocab.grid.Objects))
	}
}
