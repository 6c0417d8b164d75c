package commitment

import "testing"

// The state a news article is about, for a minister it names by title
// alone (homeState, officials.go), on texts written for this test.
func TestNewsHomeStatePlaceRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Lindqvist Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a state's capital names the state", "A court in Pellara's capital, Dorn, on Monday ordered the arrest of a mill owner.\nProsecutors said the mill's fire doors had been locked.",
			"Labour Minister Ivo Tarrant said the government would hire 90 more inspectors.",
			[]want{{actor: "Pellara", kind: Pledge, reported: yes}}},
		{"authorities in a state are the state", "Authorities in Pellara on Monday began rationing bread.\nBakers said flour had run out.",
			"Trade Minister Ivo Tarrant said the state would import wheat from Dunmarsh.",
			[]want{{actor: "Pellara", kind: Pledge, reported: yes}}},
		{"a rally in a town is no state", "Miners in Velm rallied on Monday in Dorn.\nDorn is a mining town.",
			"Mining Minister Ivo Tarrant said the government would reopen the pits.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
	})
}
