package ui

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/statement"
)

// TestPreferencesImportActors: Import… in Edit → Preferences… reads an
// actors file; Save puts its actors in the project, marks it unsaved and
// gives them to the next analysis. Cancel, a bad file and Clear work too.
func TestPreferencesImportActors(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	dir := t.TempDir()
	file := filepath.Join(dir, "kestria.txt")
	os.WriteFile(file, []byte("# the Kestria talks\nKestria: Kestrian government; Velgrad\nVelgria\n"), 0o644)
	want := []statement.Actor{{Name: "Kestria", Aliases: []string{"Kestrian government", "Velgrad"}}, {Name: "Velgria"}}
	if ws.analysisOptions().Actors != nil {
		t.Fatal("a project without actors does not use the built-in list")
	}

	// Imported, then cancelled: nothing changes.
	row := ws.showPreferences()
	dlg := ws.window.Canvas().Overlays().Top()
	if dlg == nil || findLabel(dlg, "None: the built-in list only") == nil || findButton(dlg, "Import…") == nil {
		t.Fatal("the Preferences show no Actors row")
	}
	if err := row.importFile(file); err != nil {
		t.Fatal(err)
	}
	if findLabel(dlg, "2 actors added") == nil {
		t.Error("the Actors row does not count the imported actors")
	}
	test.Tap(findButton(dlg, "Cancel"))
	ws.bg.settle()
	if ws.project.Settings.Actors != nil || ws.dirty {
		t.Fatalf("Cancel kept the import: %#v", ws.project.Settings.Actors)
	}

	// Imported and saved.
	row = ws.showPreferences()
	dlg = ws.window.Canvas().Overlays().Top()
	if err := row.importFile(file); err != nil {
		t.Fatal(err)
	}
	test.Tap(findButton(dlg, "Save"))
	ws.bg.settle()
	if !reflect.DeepEqual(ws.project.Settings.Actors, want) {
		t.Errorf("project actors %#v, want %#v", ws.project.Settings.Actors, want)
	}
	if !ws.dirty || !strings.HasPrefix(ws.window.Title(), "• ") {
		t.Errorf("the project is not marked changed: dirty %v, title %q", ws.dirty, ws.window.Title())
	}
	g := ws.analysisOptions().Actors
	if g == nil {
		t.Fatal("the next analysis has no added actors")
	}
	for m, actor := range map[string]string{"Velgrad": "Kestria", "the Kestrian government": "Kestria", "Velgria": "Velgria", "Tehran": "Iran"} {
		if got, ok := g.Resolve(m); !ok || got != actor {
			t.Errorf("the analysis's actors resolve %q as %q, %v; want %q", m, got, ok, actor)
		}
	}
	if ws.result == nil {
		t.Error("no analysis after the actors changed")
	}

	// A second file adds to the list; a bad one is refused, naming its line.
	more := filepath.Join(dir, "more.txt")
	os.WriteFile(more, []byte("kestria: Kestrian army\nOstmark\n"), 0o644)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("Ostmark\nOstburg: ;\n"), 0o644)
	conflict := filepath.Join(dir, "conflict.txt")
	os.WriteFile(conflict, []byte("Ostburg: Velgrad\n"), 0o644)
	row = ws.showPreferences()
	dlg = ws.window.Canvas().Overlays().Top()
	if findLabel(dlg, "2 actors added") == nil {
		t.Error("the Preferences do not show the project's actors")
	}
	if err := row.importFile(bad); err == nil || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Errorf("bad file: %v, want an error naming bad.txt:2", err)
	}
	if err := row.importFile(conflict); err == nil || !strings.Contains(err.Error(), `"Velgrad" already names "Kestria"`) {
		t.Errorf("conflicting file: %v", err)
	}
	if err := row.importFile(more); err != nil {
		t.Fatal(err)
	}
	merged := []statement.Actor{{Name: "Kestria", Aliases: []string{"Kestrian government", "Velgrad", "Kestrian army"}}, {Name: "Velgria"}, {Name: "Ostmark"}}
	if !reflect.DeepEqual(row.actors, merged) {
		t.Errorf("merged actors %#v", row.actors)
	}

	// Export writes what Import reads.
	out := filepath.Join(dir, "out.txt")
	if err := row.exportFile(out); err != nil {
		t.Fatal(err)
	}
	if got, err := readActorsFile(out); err != nil || !reflect.DeepEqual(got, merged) {
		t.Errorf("exported file reads as %#v, %v", got, err)
	}

	// Clear and save: the built-in list again.
	test.Tap(findButton(dlg, "Clear"))
	if findLabel(dlg, "None") == nil {
		t.Error("Clear left actors in the row")
	}
	test.Tap(findButton(dlg, "Save"))
	ws.bg.settle()
	if ws.project.Settings.Actors != nil || ws.analysisOptions().Actors != nil {
		t.Errorf("after Clear: %#v", ws.project.Settings.Actors)
	}
}

// TestActorsSavedWithTheProject: actors set in the window are saved in the
// project file and come back when it is opened.
func TestActorsSavedWithTheProject(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	actors := []statement.Actor{{Name: "Kestria", Aliases: []string{"Velgrad"}}}
	if err := ws.setPreferences(ws.settings, actors); err != nil {
		t.Fatal(err)
	}
	ws.bg.settle()
	path := filepath.Join(t.TempDir(), "k.parley")
	ws.saveTo(path)
	ws2 := newTestWorkspace(t, demo(t), "")
	ws2.openProject(path)
	ws2.bg.settle()
	if !reflect.DeepEqual(ws2.project.Settings.Actors, actors) || ws2.dirty {
		t.Errorf("reopened project: actors %#v, dirty %v", ws2.project.Settings.Actors, ws2.dirty)
	}
	if got, _ := ws2.analysisOptions().Actors.Resolve("Velgrad"); got != "Kestria" {
		t.Errorf("reopened project's analysis: Velgrad is %q", got)
	}
}

// TestOpenChanged: a project that parley open --actors changed opens
// marked unsaved.
func TestOpenChanged(t *testing.T) {
	a := test.NewTempApp(t)
	p := demo(t)
	p.Settings.Actors = []statement.Actor{{Name: "Kestria"}}
	w, ws := openChanged(a, p, filepath.Join(t.TempDir(), "demo.parley"))
	t.Cleanup(w.Close)
	t.Cleanup(ws.bg.settle) // runs first: the analysis it started ends with the test
	if !strings.HasPrefix(w.Title(), "• demo") {
		t.Errorf("title %q, want it marked unsaved", w.Title())
	}
}
