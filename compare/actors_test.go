package compare

import (
	"context"
	"sync"
	"testing"

	"github.com/parley-app/parley/statement"
)

func TestActorsWith(t *testing.T) {
	if ActorsWith(nil) != nil {
		t.Error("ActorsWith(nil) is not the built-in list (nil)")
	}
	g := ActorsWith([]statement.Actor{{Name: "Kestria", Aliases: []string{"Kestrian government", "Velgrad"}}})
	if got, ok := g.Resolve("Velgrad"); !ok || got != "Kestria" {
		t.Errorf("Velgrad: %q %v", got, ok)
	}
	if got, ok := g.Resolve("Tehran"); !ok || got != "Iran" {
		t.Errorf("Tehran: %q %v", got, ok)
	}
	if _, ok := defaultActors().Resolve("Velgrad"); ok {
		t.Error("ActorsWith changed the shared built-in gazetteer")
	}
}

// TestAnalysesWithTheirOwnActorsConcurrently: analyses with the built-in
// actors and with extended ones run at once without touching each other
// (run with -race).
func TestAnalysesWithTheirOwnActorsConcurrently(t *testing.T) {
	sts := []statement.Statement{
		{ID: "a", Title: "A", Speaker: "Spokesperson", Organization: "Kestrian government", Text: "Velgrad will not accept the annexation. We call for talks."},
		{ID: "b", Title: "B", Speaker: "Minister", Organization: "Government of Velgria", Text: "Washington must act. We will support the talks."},
	}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			opt := Options{}
			if i%2 == 1 {
				opt.Actors = ActorsWith([]statement.Actor{{Name: "Kestria", Aliases: []string{"Velgrad", "Washington"}}})
			}
			if _, err := Analyze(context.Background(), sts, opt, nil); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if got, _ := defaultActors().Resolve("Washington"); got != "United States" {
		t.Errorf("the shared gazetteer: Washington is %q", got)
	}
}
