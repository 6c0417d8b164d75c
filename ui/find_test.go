package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestFindAcrossPanes(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	shortcuts := ws.window.Canvas().(interface{ TypedShortcut(fyne.Shortcut) })
	shortcuts.TypedShortcut(shortcut(fyne.KeyF, 0))
	if !ws.find.box.Visible() {
		t.Fatal("Ctrl+F did not open the find bar")
	}
	test.Type(ws.find.entry, "escalation")
	if len(ws.find.matches) != 3 || ws.find.position.Text != "3 matches" {
		t.Fatalf("matches %v (%q)", ws.find.matches, ws.find.position.Text)
	}
	ws.find.next()
	first := ws.find.matches[0]
	if ws.selected != first || ws.find.position.Text != "1 of 3" {
		t.Errorf("next: selected %q, %q", ws.selected, ws.find.position.Text)
	}
	ws.find.previous()
	if ws.selected != ws.find.matches[2] {
		t.Errorf("previous from the first should wrap to the last, selected %q", ws.selected)
	}
	ws.find.entry.SetText("no such words anywhere")
	if ws.find.position.Text != "no match" {
		t.Errorf("position %q", ws.find.position.Text)
	}
}
