package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/statement"
)

// Adding a text already open asks first: left out by default, added as a
// copy on purpose.
func TestSameTextTwiceAsksFirst(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	n := len(ws.project.Statements)
	again := ws.project.Statements[1].Statement
	again.ID, again.Title = "", "Kirby, saved again"
	for _, c := range []struct {
		button string
		want   int
	}{{"Leave it out", n}, {"Add as a copy", n + 1}} {
		ws.addStatements(again)
		dlg := ws.window.Canvas().Overlays().Top()
		if dlg == nil || findLabel(dlg, "has the same text as") == nil {
			t.Fatalf("%s: no dialog about the same text", c.button)
		}
		b := findButton(dlg, c.button)
		if b == nil {
			t.Fatalf("no %q button", c.button)
		}
		test.Tap(b)
		if got := len(ws.project.Statements); got != c.want {
			t.Errorf("%s: %d statements, want %d", c.button, got, c.want)
		}
	}
	// A new text is added without a question.
	ws.addStatements(statement.Statement{Title: "New", Text: "A text nobody has opened yet."})
	if got := len(ws.project.Statements); got != n+2 {
		t.Errorf("a new text: %d statements, want %d", got, n+2)
	}
}
