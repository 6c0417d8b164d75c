package commitment

import (
	"fmt"
	"sync"
	"testing"

	"github.com/parley-app/parley/statement"
)

var kestria = []statement.Actor{{Name: "Kestria", Aliases: []string{"Kestrian government", "Velgrad"}}}

func TestWithAddsActors(t *testing.T) {
	g := DefaultGazetteer().With(kestria)
	for _, m := range []string{"Kestria", "the Kestrian government", "VELGRAD", "Velgrad officials"} {
		if got, ok := g.Resolve(m); !ok || got != "Kestria" {
			t.Errorf("Resolve(%q) = %q, %v; want Kestria", m, got, ok)
		}
	}
	// The built-in actors are still there.
	for m, want := range map[string]string{"Tehran": "Iran", "US": "United States", "G7 leaders": "G7"} {
		if got, ok := g.Resolve(m); !ok || got != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", m, got, ok, want)
		}
	}
	if got := g.ActorOf(Speaker{Name: "Spokesperson", Organization: "Kestrian government"}); got != "Kestria" {
		t.Errorf("ActorOf a Kestrian speaker = %q", got)
	}
	// An analyst's alias takes a built-in one over; a built-in actor can get more aliases.
	g = DefaultGazetteer().With([]statement.Actor{{Name: "Kestria", Aliases: []string{"Washington"}}, {Name: "Iran", Aliases: []string{"Persia"}}})
	if got, _ := g.Resolve("Washington"); got != "Kestria" {
		t.Errorf("Washington, taken over: %q", got)
	}
	if got, _ := g.Resolve("Persia"); got != "Iran" {
		t.Errorf("Persia: %q", got)
	}
	if got, _ := g.Resolve("White House"); got != "United States" {
		t.Errorf("White House: %q", got)
	}
	var nilG *Gazetteer
	if got, ok := nilG.With(kestria).Resolve("Velgrad"); !ok || got != "Kestria" {
		t.Errorf("nil gazetteer With: %q %v", got, ok)
	}
	if got, ok := DefaultGazetteer().With(nil).Resolve("Tehran"); !ok || got != "Iran" {
		t.Errorf("With(nil): %q %v", got, ok)
	}
}

func TestWithLeavesTheOriginalUnchanged(t *testing.T) {
	g := DefaultGazetteer()
	before := fmt.Sprint(g.byFirst)
	_ = g.With([]statement.Actor{{Name: "Kestria", Aliases: []string{"Kestrian government", "Velgrad", "Washington", "Iranian government"}}})
	if after := fmt.Sprint(g.byFirst); after != before {
		t.Error("With changed the gazetteer it copied")
	}
	for m, want := range map[string]string{"Washington": "United States", "the Iranian government": "Iran"} {
		if got, _ := g.Resolve(m); got != want {
			t.Errorf("original: Resolve(%q) = %q, want %q", m, got, want)
		}
	}
	for _, m := range []string{"Velgrad", "Kestria", "Kestrian government"} {
		if got, ok := g.Resolve(m); ok {
			t.Errorf("original resolves %q to %q", m, got)
		}
	}
	// A copy is independent of later Adds to the original too.
	c := g.With(nil)
	g.Add("Ostmark", "Ostburg")
	if _, ok := c.Resolve("Ostburg"); ok {
		t.Error("an Add to the original reached the copy")
	}
}

// TestWithConcurrently: analyses read one shared gazetteer while others
// extend it with their own actors (run with -race).
func TestWithConcurrently(t *testing.T) {
	shared := DefaultGazetteer()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("Actor%d", i)
			g := shared.With([]statement.Actor{{Name: name, Aliases: []string{"Velgrad", "Washington", fmt.Sprintf("Capital%d", i)}}})
			for range 50 {
				if got, _ := g.Resolve("Velgrad"); got != name {
					t.Errorf("copy %d: Velgrad is %q", i, got)
					return
				}
				if got, _ := shared.Resolve("Washington"); got != "United States" {
					t.Errorf("shared: Washington is %q", got)
					return
				}
				if got := g.ActorOf(Speaker{Name: "Mayor", Organization: fmt.Sprintf("Government of Capital%d", i)}); got != name {
					t.Errorf("copy %d: ActorOf %q", i, got)
					return
				}
			}
		}()
	}
	wg.Wait()
	if _, ok := shared.Resolve("Velgrad"); ok {
		t.Error("the shared gazetteer learnt Velgrad")
	}
}
