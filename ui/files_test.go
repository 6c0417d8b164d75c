package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

func TestSaveThenOpenProject(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	path := filepath.Join(t.TempDir(), "cmp.parley")
	ws.project.Statements[2].Included = false
	ws.changed()
	ws.saveTo(path)
	if ws.dirty || ws.path != path {
		t.Fatalf("after save: dirty %v, path %q", ws.dirty, ws.path)
	}
	if recent := ws.recentProjects(); len(recent) == 0 || recent[0] != path {
		t.Errorf("recent projects %v should start with %s", recent, path)
	}

	ws.setProject(&project.Project{}, "")
	p, path2 := ws.lastOrDemo()
	if path2 != path || len(p.Statements) != 5 || p.Statements[2].Included {
		t.Errorf("reopening the last project gave %q with %d statements", path2, len(p.Statements))
	}
}

func TestCorruptProjectLeavesWorkUntouched(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.addStatements(statement.Statement{Title: "Unsaved note", Text: "Analyst's pasted text."})
	before := ws.project.Clone()
	bad := filepath.Join(t.TempDir(), "bad.parley")
	if err := os.WriteFile(bad, []byte(`{"format":"parley-project","format_version":1,"statements":[`), 0o600); err != nil {
		t.Fatal(err)
	}
	ws.dirty = false // skip the discard question; the point is the failed load
	ws.openProject(bad)
	ws.bg.settle()
	if ws.window.Canvas().Overlays().Top() == nil {
		t.Fatal("no error dialog for a corrupt project")
	}
	if findLabel(ws.window.Canvas().Overlays().Top(), "current comparison is unchanged") == nil {
		t.Error("the error dialog does not say the open work is unchanged")
	}
	if len(ws.project.Statements) != len(before.Statements) || ws.project.Statements[5].Title != "Unsaved note" {
		t.Errorf("a corrupt project replaced the open comparison")
	}
}

func TestDropWithABadFileStillLoadsTheOthers(t *testing.T) {
	ws := newTestWorkspace(t, &project.Project{}, "")
	dir := t.TempDir()
	good := filepath.Join(dir, "good.md")
	bad := filepath.Join(dir, "scan.txt")
	os.WriteFile(good, []byte("---\ntitle: Good\n---\nWe will help."), 0o600)
	os.WriteFile(bad, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o600)
	ws.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(good), storage.NewFileURI(bad)})
	ws.bg.settle()
	if len(ws.project.Statements) != 1 || ws.project.Statements[0].Title != "Good" {
		t.Errorf("the good file was not loaded: %d statements", len(ws.project.Statements))
	}
	dlg := ws.window.Canvas().Overlays().Top()
	if dlg == nil || findLabel(dlg, "scan.txt") == nil || findLabel(dlg, "1 of 2 files") == nil {
		t.Error("the error dialog does not name the bad file and the count")
	}
}

func TestOpenDialogs(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	for name, open := range map[string]func(){
		"open statements": ws.openStatementsDialog,
		"open project":    ws.openProjectDialog,
		"import article":  ws.importArticleDialog,
	} {
		open()
		top := ws.window.Canvas().Overlays().Top()
		if top == nil {
			t.Errorf("%s: no file dialog", name)
			continue
		}
		ws.window.Canvas().Overlays().Remove(top)
	}
}

func TestSaveDialogs(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.saveAsDialog()
	if ws.window.Canvas().Overlays().Top() == nil {
		t.Error("Save Project As… shows no dialog")
	}
	ws.window.Canvas().Overlays().Remove(ws.window.Canvas().Overlays().Top())
	ws.chooseReportFile(exportSettings{title: "Demo"})
	if ws.window.Canvas().Overlays().Top() == nil {
		t.Error("the report's save dialog did not show")
	}
}
