package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

func TestNotesSurviveSaveAndLoad(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	kirby := rowContaining(t, ws, "kirby", "need not spark")
	ws.setNote(project.NoteOnPassage, kirby.id, "Softer than the White House line.")
	tapRow(kirby)
	if !strings.Contains(ws.details.text(), "Note: Softer than the White House line.") {
		t.Errorf("the note is not shown with its passage:\n%s", ws.details.text())
	}
	if ws.notes.length() != 1 || !strings.Contains(ws.notes.describe(ws.project.Settings.Notes[0]), "the first strike") {
		t.Error("the notes view does not list the note with its passage")
	}
	path := filepath.Join(t.TempDir(), "notes.parley")
	ws.saveTo(path)

	again := newTestWorkspace(t, demo(t), "")
	p, err := project.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	again.setProject(p, path)
	again.bg.settle()
	if again.project.Settings.Note(kirby.id) != "Softer than the White House line." || again.notes.length() != 1 {
		t.Errorf("note lost in save/load: %+v", again.project.Settings.Notes)
	}
	again.tabs.SelectIndex(notesTab)
	again.notes.list.Select(0)
	if again.selected != kirby.id {
		t.Errorf("clicking the note should reveal its passage, selected %q", again.selected)
	}
}

// TestNotesViewOnItsOwn: the Notes view lists the notes it is given, says
// what each is on, and a click asks the window to show that passage.
func TestNotesViewOnItsOwn(t *testing.T) {
	test.NewTempApp(t)
	notes := []project.Note{
		{Kind: project.NoteOnPair, On: "kirby:s4|iran:s2", Text: "Both speak of restraint."},
		{Kind: project.NoteOnPassage, On: "kirby:s4", Text: "Softer line."},
	}
	var revealed []string
	v := newNotesView(notesDeps{
		notes:    func() []project.Note { return notes },
		analysis: func() *compare.Analysis { return nil }, // before the first analysis
		reveal:   func(id string) { revealed = append(revealed, id) },
	})
	if v.length() != 2 || v.describe(notes[1]) != "kirby:s4\nSofter line." {
		t.Errorf("%d notes, the second described as %q", v.length(), v.describe(notes[1]))
	}
	v.list.Select(0)
	if strings.Join(revealed, ",") != "kirby:s4" {
		t.Errorf("a click on the pair's note revealed %v, want its first passage", revealed)
	}
}

// TestNotesNamePassages: the Notes view says what each note is on by the
// statement's title and the sentence's place, never by an id.
func TestNotesNamePassages(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	kirby := rowContaining(t, ws, "kirby", "need not spark")
	ws.setNote(project.NoteOnPassage, kirby.id, "Softer.")
	for _, p := range ws.result.Pairs {
		if p.A == kirby.id || p.B == kirby.id {
			ws.setNote(project.NoteOnPair, statement.PairKey(p.A, p.B), "A pair.")
			break
		}
	}
	if len(ws.project.Settings.Notes) < 2 {
		t.Fatal("the Kirby sentence has no pair to note")
	}
	for _, n := range ws.project.Settings.Notes {
		d := ws.notes.describe(n)
		if strings.Contains(d, "kirby:") || strings.Contains(d, "white-house:") || strings.Contains(d, "g7:") {
			t.Errorf("the note is described by ids: %q", d)
		}
		if !strings.Contains(d, `John Kirby on "State of the Union", sentence`) {
			t.Errorf("the note does not name Kirby's statement: %q", d)
		}
	}
}

// TestNoteSavedFromKeyboard: Shift+Enter in the note's text saves it, so a
// note needs no mouse.
func TestNoteSavedFromKeyboard(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	kirby := rowContaining(t, ws, "kirby", "need not spark")
	ws.editNote(project.NoteOnPassage, kirby.id, "a passage")
	var entries []*widget.Entry
	collectEntries(ws.window.Canvas().Overlays().Top(), &entries)
	if len(entries) != 1 || ws.window.Canvas().Focused() != entries[0] {
		t.Fatalf("%d entries in the note dialog, the focus on %v", len(entries), ws.window.Canvas().Focused())
	}
	test.Type(entries[0], "Typed, then Shift+Enter.")
	// Fyne's multi-line entry calls OnSubmitted on Shift+Enter; the test
	// driver cannot hold Shift, so the test calls it as the entry would.
	if entries[0].OnSubmitted == nil {
		t.Fatal("the note's entry submits nothing")
	}
	entries[0].OnSubmitted(entries[0].Text)
	if got := ws.project.Settings.Note(kirby.id); got != "Typed, then Shift+Enter." {
		t.Errorf("note %q", got)
	}
}
