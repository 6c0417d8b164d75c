package commitment

import "testing"

// "should" inverted inside a clause, advice to the issuer's nationals, and
// a verb of telling with a hearer only, each on a sentence written for this
// test (none from the gold sets).
func TestShouldAndHearers(t *testing.T) {
	ministry := Speaker{Name: "Spokesperson", Organization: "Ministry of Foreign Affairs (Velm)"}
	checkArticleCases(t, ministry, []articleCase{
		{"an inverted should after its clause", "", "Velm will close its airspace should further incursions occur.",
			[]want{{actor: "Velm", kind: Conditional, condition: "should further incursions occur"}}},
		{"an inverted should with an article", "", "Velm will send observers should the parties so request.",
			[]want{{actor: "Velm", kind: Conditional, condition: "should the parties so request"}}},
		{"should further with a verb is a modal", "", "All parties should further strengthen their cooperation.",
			[]want{{actor: "Velm", kind: Demand, target: "All parties"}}},
		{"advice to the issuer's nationals is a demand", "", "Velmian citizens in Arden should avoid all travel to the border.",
			[]want{{actor: "Velm", kind: Demand}}},
		{"a hearer and a second verb", "", "Velm has informed its partners in the council and will propose a resolution.",
			[]want{{actor: "Velm", kind: Pledge, reported: no}}},
		{"a hearer then a clause is a report", "", "The Minister told the ambassadors the border would stay open.", nil},
	})
}
