package ui

import "fyne.io/fyne/v2"

// Moving the selection from the keyboard: through a pane's sentences, and
// across to the neighbouring pane (to the selected sentence's counterpart
// there when it has one), so that every passage, and every action on it in
// the Passage menu, is within reach without a mouse.

// paneOf is the index of the pane showing sentence id, or -1.
func (ws *Workspace) paneOf(id string) int {
	for i, p := range ws.panes.panes {
		if _, ok := p.index[id]; ok {
			return i
		}
	}
	return -1
}

// sentenceIDs are the ids of pane i's sentences in reading order.
func (ws *Workspace) sentenceIDs(i int) []string {
	var ids []string
	for _, it := range ws.panes.panes[i].items {
		if it.id != "" {
			ids = append(ids, it.id)
		}
	}
	return ids
}

// stepSentence selects the next (delta 1) or previous (-1) sentence of the
// selected sentence's pane; with nothing selected, the first pane's first.
func (ws *Workspace) stepSentence(delta int) {
	if ws.result == nil || len(ws.panes.panes) == 0 {
		return
	}
	pane := ws.paneOf(ws.selected)
	if pane < 0 {
		ws.selectOnKey(firstOf(ws.sentenceIDs(0)))
		return
	}
	ids := ws.sentenceIDs(pane)
	for k, id := range ids {
		if id == ws.selected && k+delta >= 0 && k+delta < len(ids) {
			ws.selectOnKey(ids[k+delta])
			return
		}
	}
}

// stepPane moves the selection to the pane beside it (delta ±1): to the
// selected sentence's counterpart there, else to that pane's first sentence.
func (ws *Workspace) stepPane(delta int) {
	if ws.result == nil || len(ws.panes.panes) == 0 {
		return
	}
	from := ws.paneOf(ws.selected)
	to := from + delta
	if from < 0 {
		to = 0
	}
	if to < 0 || to >= len(ws.panes.panes) {
		return
	}
	for _, c := range ws.result.Counterparts(ws.selected) {
		if ws.paneOf(c) == to {
			ws.selectOnKey(c)
			return
		}
	}
	ws.selectOnKey(firstOf(ws.sentenceIDs(to)))
}

// selectOnKey selects id and brings it into view in its pane.
func (ws *Workspace) selectOnKey(id string) {
	if id == "" || id == ws.selected {
		return
	}
	ws.selectSentence(id)
	if i := ws.paneOf(id); i >= 0 {
		ws.panes.panes[i].scrollToSentence(id)
	}
}

func firstOf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

// passageKeys are the View menu's items that move the selection.
func (ws *Workspace) passageKeys() []*fyne.MenuItem {
	item := func(label string, key fyne.KeyName, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = shortcut(key, 0)
		return it
	}
	return []*fyne.MenuItem{
		item("Next Sentence", fyne.KeyDown, func() { ws.stepSentence(1) }),
		item("Previous Sentence", fyne.KeyUp, func() { ws.stepSentence(-1) }),
		item("Pane to the Right", fyne.KeyRight, func() { ws.stepPane(1) }),
		item("Pane to the Left", fyne.KeyLeft, func() { ws.stepPane(-1) }),
	}
}
