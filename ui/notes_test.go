package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/project"
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
	again.tabs.SelectIndex(5)
	again.notes.list.Select(0)
	if again.selected != kirby.id {
		t.Errorf("clicking the note should reveal its passage, selected %q", again.selected)
	}
}
