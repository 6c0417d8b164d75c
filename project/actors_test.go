package project

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

// TestActorsRoundTrip: the analyst's actors are saved with the project and
// load back as they were.
func TestActorsRoundTrip(t *testing.T) {
	p, _ := Demo()
	p.Settings.Actors = []statement.Actor{
		{Name: "Kestria", Aliases: []string{"Kestrian government", "Velgrad"}},
		{Name: "Velgria"},
	}
	path := filepath.Join(t.TempDir(), "actors.parley")
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Settings.Actors, p.Settings.Actors) || !reflect.DeepEqual(got, p) {
		t.Errorf("actors loaded as %#v, saved %#v", got.Settings.Actors, p.Settings.Actors)
	}
}

// TestProjectsWithoutActors: a project saved before actors were kept loads
// with none, and one without actors is written without the field.
func TestProjectsWithoutActors(t *testing.T) {
	old := `{"format":"parley-project","format_version":1,"statements":[{"id":"a","text":"We act.","included":true}],` +
		`"settings":{"baseline":"a","notes":[{"on":"a:s1","kind":"passage","text":"n"}]}}`
	p, err := Unmarshal("old.parley", []byte(old))
	if err != nil {
		t.Fatal(err)
	}
	if p.Settings.Actors != nil || p.Settings.Baseline != "a" || len(p.Settings.Notes) != 1 {
		t.Errorf("old project settings: %+v", p.Settings)
	}
	data, _ := p.Marshal()
	if bytes.Contains(data, []byte(`"actors"`)) {
		t.Errorf("a project without actors has an actors field:\n%s", data)
	}
}

func TestBadActorsAreRefused(t *testing.T) {
	for _, c := range []struct{ actors, want string }{
		{`[{"name":""}]`, "actor 1"},
		{`[{"name":"Kestria","aliases":["a; b"]}]`, "semicolon"},
		{`[{"name":"Kestria","aliases":["Velgrad"]},{"name":"Velgria","aliases":["velgrad"]}]`, `"velgrad" already names "Kestria"`},
	} {
		data := `{"format":"parley-project","format_version":1,"statements":[],"settings":{"actors":` + c.actors + `}}`
		_, err := Unmarshal("x.parley", []byte(data))
		if err == nil || !strings.HasPrefix(err.Error(), "x.parley: the actors in the settings: ") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.actors, err, c.want)
		}
	}
}

func TestCloneCopiesActors(t *testing.T) {
	p := &Project{Settings: Settings{Actors: []statement.Actor{{Name: "Kestria", Aliases: []string{"Velgrad"}}}}}
	c := p.Clone()
	c.Settings.Actors[0].Aliases[0] = "changed"
	c.Settings.Actors[0].Name = "changed"
	if p.Settings.Actors[0].Name != "Kestria" || p.Settings.Actors[0].Aliases[0] != "Velgrad" {
		t.Errorf("editing the clone's actors changed the original: %#v", p.Settings.Actors)
	}
}
