package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/statement"
)

func TestAutosaveAndRecovery(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("Parley")
	ws := newWorkspace(a, w)
	ws.bg.useQueue()
	ws.setProject(demo(t), "")
	ws.bg.settle()
	ws.addStatements(statement.Statement{Title: "Unsaved paste", Text: "We will rebuild."})
	ws.autosave()
	ws.bg.settle()
	dataPath, _ := ws.recoveryFiles()
	if _, err := os.Stat(dataPath); err != nil {
		t.Fatalf("no recovery copy after autosave: %v", err)
	}

	// A new window of the same app finds the copy, as after a crash.
	w2 := a.NewWindow("Parley")
	ws2 := newWorkspace(a, w2)
	ws2.bg.useQueue()
	ws2.setProject(demo(t), "")
	if !ws2.offerRecovery() {
		t.Fatal("recovery not offered")
	}
	restore := findButton(w2.Canvas().Overlays().Top(), "Yes")
	if restore == nil {
		t.Fatal("no Yes button in the recovery dialog")
	}
	test.Tap(restore)
	ws2.bg.settle()
	if len(ws2.project.Statements) != 6 || ws2.project.Statements[5].Title != "Unsaved paste" || !ws2.dirty {
		t.Errorf("restored %d statements (dirty %v)", len(ws2.project.Statements), ws2.dirty)
	}
	ws2.saveTo(filepath.Join(t.TempDir(), "saved.parley"))
	if _, err := os.Stat(dataPath); !os.IsNotExist(err) {
		t.Error("saving should remove the recovery copy")
	}
}
