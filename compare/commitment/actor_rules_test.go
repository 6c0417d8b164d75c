package commitment

import "testing"

// Rules of English reference by which an article or a statement names who
// commits (actor resolution), each on sentences and names invented for
// this test, with the cases they must leave alone.
func TestActorResolutionRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"the Security Council is an actor of its own", "",
			"The UN Security Council on Monday condemned the shelling of the port of Brask.",
			[]want{{actor: "United Nations Security Council", kind: Condemnation, reported: yes}}},
		{"the council refers back to the Security Council", "The UN Security Council met on Monday after the shelling of Brask.",
			"The council demanded that those responsible be brought to justice.",
			[]want{{actor: "United Nations Security Council", kind: Demand, reported: yes}}},
		{"the Secretary-General stays the United Nations'", "",
			"The UN Secretary-General on Monday condemned the shelling of the port of Brask.",
			[]want{{actor: "United Nations", kind: Condemnation, reported: yes}}},
		{"a Peace and Security Council is not the Security Council", "",
			"The Oravian Union's Peace and Security Council said it would send observers to Brask.",
			[]want{{actor: "Peace and Security Council", kind: Pledge, reported: yes}}},
	})
}
