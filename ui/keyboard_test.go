package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TestEveryMenuActionHasAKey: every action of the menus — which hold every
// toolbar and sidebar button's action too — has a keyboard shortcut, and
// no two share one. The exceptions are reached by a control that takes the
// keyboard focus (the Wording view's layout choice) or need no haste.
func TestEveryMenuActionHasAKey(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	exempt := map[string]bool{
		"File → Open Recent": true, "File → Open Demo Comparison": true, "Help → About Parley": true,
		"Passage → Show Aligned Passages": true, // selecting a sentence shows them
		"View → Wording: Inline Redline":  true, "View → Wording: Side by Side": true,
	}
	seen := map[string]string{}
	for _, m := range ws.menu.main.Items {
		for _, it := range m.Items {
			name := m.Label + " → " + it.Label
			if it.IsSeparator || exempt[name] {
				continue
			}
			sc, ok := it.Shortcut.(*desktop.CustomShortcut)
			if !ok {
				t.Errorf("%s has no keyboard shortcut", name)
				continue
			}
			key := sc.ShortcutName()
			if other, dup := seen[key]; dup {
				t.Errorf("%s and %s share the shortcut %s", name, other, key)
			}
			seen[key] = name
		}
	}
	for _, want := range []string{"View → Show or Hide Sidebar", "View → Next Sentence", "Edit → Remove Statement…"} {
		found := false
		for _, name := range seen {
			found = found || name == want
		}
		if !found {
			t.Errorf("no shortcut for %s", want)
		}
	}
}

// TestSelectionFromKeyboard: the selection walks a pane's sentences and
// crosses to the neighbouring pane's counterpart, without a mouse.
func TestSelectionFromKeyboard(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.stepSentence(1)
	first := ws.sentenceIDs(0)
	if ws.selected != first[0] {
		t.Fatalf("with nothing selected, Next Sentence selected %q, want %q", ws.selected, first[0])
	}
	ws.stepSentence(1)
	if ws.selected != first[1] {
		t.Errorf("Next Sentence selected %q, want %q", ws.selected, first[1])
	}
	ws.stepSentence(-1)
	if ws.selected != first[0] {
		t.Errorf("Previous Sentence selected %q, want %q", ws.selected, first[0])
	}
	// From a sentence with a counterpart in the second pane, across to it.
	for _, id := range first {
		for _, c := range ws.result.Counterparts(id) {
			if ws.paneOf(c) == 1 {
				ws.selectOnKey(id)
				ws.stepPane(1)
				if ws.selected != c {
					t.Errorf("Pane to the Right from %s selected %q, want its counterpart %q", id, ws.selected, c)
				}
				ws.stepPane(-1)
				if ws.paneOf(ws.selected) != 0 {
					t.Errorf("Pane to the Left went to pane %d", ws.paneOf(ws.selected))
				}
				return
			}
		}
	}
	t.Fatal("no sentence of the first pane has a counterpart in the second")
}

// TestShortcutsReachTheWindow: the menu shortcuts work in the window, not
// only in the menu's labels: pressed on the canvas, they act.
func TestShortcutsReachTheWindow(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	press := func(key fyne.KeyName, mod fyne.KeyModifier) {
		ws.window.Canvas().(fyne.Shortcutable).TypedShortcut(shortcut(key, mod))
	}
	press(fyne.KeyDown, 0)
	if ws.selected == "" {
		t.Fatal("Ctrl+Down selected nothing")
	}
	press(fyne.KeyC, fyne.KeyModifierShift)
	if got := ws.app.Clipboard().Content(); got != ws.result.Sentence(ws.selected).Text {
		t.Errorf("Ctrl+Shift+C copied %q", got)
	}
	press(fyne.KeyB, 0)
	if !ws.room.sidebarHidden {
		t.Error("Ctrl+B did not hide the sidebar")
	}
}
