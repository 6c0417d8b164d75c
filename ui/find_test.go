package ui

import (
	"strings"
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

// TestFindBarOnItsOwn: the find bar searches the sentences it is given and
// asks the window to show each match.
func TestFindBarOnItsOwn(t *testing.T) {
	w := test.NewTempApp(t).NewWindow("")
	sentences := map[string]string{"a:s1": "We condemn the attack.", "b:s1": "Iran attacked Israel.", "b:s2": "We condemn nothing."}
	var shown, revealed []string
	f := newFindBar(findDeps{
		sentences: func(yield func(id, text string) bool) {
			for _, id := range []string{"a:s1", "b:s1", "b:s2"} {
				if !yield(id, sentences[id]) {
					return
				}
			}
		},
		reveal:         func(id string) { revealed = append(revealed, id) },
		showSideBySide: func() { shown = append(shown, "side by side") },
		focus:          w.Canvas().Focus,
	})
	w.SetContent(f.object())
	f.show()
	if len(shown) != 1 || w.Canvas().Focused() != f.entry {
		t.Errorf("show: side by side asked %d times, focus on %T", len(shown), w.Canvas().Focused())
	}
	test.Type(f.entry, "we condemn")
	f.next()
	f.next()
	f.next()
	if strings.Join(revealed, ",") != "a:s1,b:s2,a:s1" || f.position.Text != "1 of 2" {
		t.Errorf("revealed %v, position %q", revealed, f.position.Text)
	}
}
