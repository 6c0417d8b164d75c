package commitment

import (
	"slices"

	"github.com/parley-app/parley/statement"
)

// With returns a copy of g with the analyst's actors added, each with its
// aliases, as Add adds them: an alias g already has is taken over by the
// added actor. g itself is unchanged, so the one built-in gazetteer that
// analyses share can be extended while they read it. A nil g is empty.
func (g *Gazetteer) With(actors []statement.Actor) *Gazetteer {
	c := &Gazetteer{}
	if g != nil && len(g.byFirst) > 0 {
		c.byFirst = make(map[string][]alias, len(g.byFirst))
		for first, list := range g.byFirst {
			// Add replaces and sorts these lists, so each is copied; an
			// alias's words are never changed, so they are shared.
			c.byFirst[first] = slices.Clone(list)
		}
	}
	for _, a := range actors {
		c.Add(a.Name, a.Aliases...)
	}
	return c
}
