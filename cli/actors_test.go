package cli

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

const kestriaStatement = "---\ntitle: Talks\nspeaker: Spokesperson\norganization: Kestrian government\n---\nWe will support the talks in Geneva."

// TestAnalyzeActorsFile: analyze --actors adds the file's actors to the
// built-in list: the Kestrian government's "we" is Kestria.
func TestAnalyzeActorsFile(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.md", kestriaStatement)
	actors := writeFile(t, dir, "actors.txt", "# test\nKestria: Kestrian government; Velgrad\n")
	r := runCLI("analyze", "--json", a)
	if r.code != 0 || strings.Contains(r.stdout, `"Kestria"`) {
		t.Fatalf("without --actors: exit %d, Kestria known: %v %s", r.code, strings.Contains(r.stdout, `"Kestria"`), r.stderr)
	}
	r = runCLI("analyze", "--json", "--actors", actors, a)
	if r.code != 0 || !strings.Contains(r.stdout, `"Kestria"`) {
		t.Errorf("with --actors: exit %d, no actor Kestria in the analysis; stderr %s", r.code, r.stderr)
	}
}

// TestActorsFileErrors: a bad actors file stops analyze, report and open
// with one line naming the file and the line, exit status 2, and nothing
// written or opened.
func TestActorsFileErrors(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.md", kestriaStatement)
	bad := writeFile(t, dir, "bad.txt", "Kestria: Velgrad\nVelgria: ; Ostburg\n")
	clash := writeFile(t, dir, "clash.txt", "Velgria: Velgrad\n")
	p := &project.Project{}
	p.Add(statement.Statement{Title: "A", Text: "We will support the talks."})
	p.Settings.Actors = []statement.Actor{{Name: "Kestria", Aliases: []string{"Velgrad"}}}
	proj := filepath.Join(dir, "p.parley")
	if err := p.Save(proj); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "r.pdf")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "--actors", bad, a}, bad + ":2: an empty alias"},
		{[]string{"report", "-o", out, "--actors", bad, a}, bad + ":2: "},
		{[]string{"open", "--actors", bad, a}, bad + ":2: "},
		{[]string{"analyze", "--actors", filepath.Join(dir, "missing.txt"), a}, "missing.txt"},
		{[]string{"analyze", "--actors", clash, proj}, clash + `: cannot add these actors to the project's: "Velgrad" already names "Kestria"`},
		{[]string{"open", "--actors", clash, proj}, clash + ": "},
	} {
		r := runCLI(c.args...)
		if r.code != ExitUsage || !strings.HasPrefix(r.stderr, "parley: ") || !strings.Contains(r.stderr, c.want) || strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want status 2 and one line with %q", c.args, r.code, r.stderr, c.want)
		}
		if len(r.opened) != 0 {
			t.Errorf("%v: a window was opened", c.args)
		}
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("report wrote a PDF despite the bad actors file")
	}
}

// TestOpenWithActors: open --actors adds the file's actors to the
// project's own; a saved project so changed opens marked unsaved.
func TestOpenWithActors(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.md", kestriaStatement)
	actors := writeFile(t, dir, "actors.txt", "kestria: Kestrian government\nOstmark: Ostburg\n")
	p := &project.Project{}
	p.Add(statement.Statement{Title: "A", Text: "We will support the talks."})
	p.Settings.Actors = []statement.Actor{{Name: "Kestria", Aliases: []string{"Velgrad"}}}
	proj := filepath.Join(dir, "p.parley")
	if err := p.Save(proj); err != nil {
		t.Fatal(err)
	}

	r := runCLI("open", "--actors", actors, proj)
	if r.code != 0 || len(r.opened) != 1 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	want := []statement.Actor{{Name: "Kestria", Aliases: []string{"Velgrad", "Kestrian government"}}, {Name: "Ostmark", Aliases: []string{"Ostburg"}}}
	if w := r.opened[0]; !reflect.DeepEqual(w.Project.Settings.Actors, want) || !w.Changed || w.ProjectPath != proj {
		t.Errorf("open project --actors: actors %#v, changed %v", w.Project.Settings.Actors, w.Changed)
	}
	// The project's own actors alone, or a file that adds nothing new: unchanged.
	same := writeFile(t, dir, "same.txt", "Kestria: velgrad\n")
	for _, args := range [][]string{{"open", proj}, {"open", "--actors", same, proj}} {
		r = runCLI(args...)
		if w := r.opened[0]; r.code != 0 || !reflect.DeepEqual(w.Project.Settings.Actors, p.Settings.Actors) || w.Changed {
			t.Errorf("%v: actors %#v, changed %v", args, w.Project.Settings.Actors, w.Changed)
		}
	}
	// Statement files: a new comparison with the file's actors.
	r = runCLI("open", "--actors", actors, a)
	if w := r.opened[0]; r.code != 0 || len(w.Project.Settings.Actors) != 2 || w.Changed {
		t.Errorf("open statements --actors: %+v", w)
	}
}

// TestProjectActorsInAnalyze: a project's own actors are used by analyze.
func TestProjectActorsInAnalyze(t *testing.T) {
	p := &project.Project{}
	st, err := statement.ParseStatement("a.md", []byte(kestriaStatement))
	if err != nil {
		t.Fatal(err)
	}
	p.Add(st)
	p.Settings.Actors = []statement.Actor{{Name: "Kestria", Aliases: []string{"Kestrian government"}}}
	proj := filepath.Join(t.TempDir(), "p.parley")
	if err := p.Save(proj); err != nil {
		t.Fatal(err)
	}
	if r := runCLI("analyze", "--json", proj); r.code != 0 || !strings.Contains(r.stdout, `"Kestria"`) {
		t.Errorf("analyze project: exit %d, no actor Kestria; %s", r.code, r.stderr)
	}
}
