package compare

import (
	"github.com/parley-app/parley/compare/commitment"
	"github.com/parley-app/parley/statement"
)

// ActorsWith returns the built-in actors extended with the analyst's, for
// Options.Actors: a copy of the gazetteer analyses share, which stays as it
// is (commitment.(*Gazetteer).With). With no extra actors it returns nil,
// which Analyze reads as the built-in list.
func ActorsWith(extra []statement.Actor) *commitment.Gazetteer {
	if len(extra) == 0 {
		return nil
	}
	return defaultActors().With(extra)
}
