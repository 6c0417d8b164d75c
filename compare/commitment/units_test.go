package commitment

import "testing"

// The issuer's units named for themselves (units.go), each on a sentence
// written for this test (none from the gold sets).
func TestIssuersUnits(t *testing.T) {
	ministry := Speaker{Name: "Spokesperson", Organization: "Ministry of Foreign Affairs (Velm)"}
	checkArticleCases(t, ministry, []articleCase{
		{"a navy named for itself", "", "The Royal Navy will continue to patrol the strait.",
			[]want{{actor: "Velm", kind: Pledge, reported: no, action: "continue to patrol the strait"}}},
		{"a unit on a condition", "", "The Harbour Unit will escort merchant ships through the strait until the threat subsides.",
			[]want{{actor: "Velm", kind: Pledge, reported: no}}},
		{"an embassy of the issuer, after another clause's condition", "",
			"Flights will be operated as long as the airport remains open, and the Embassy of Velm in Arden will continue to function.",
			[]want{{actor: "Velm", kind: Pledge, condition: ""}}},
		{"another state's army is a forecast", "Arden moved troops to the border.", "The Ardenian Army will withdraw from the valley.", nil},
		{"a unit's passive is no undertaking", "", "The Royal Navy will be deployed to the strait.", nil},
		{"a company is no unit", "", "Norvex Shipping will resume its sailings.", nil},
	})
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a news article has no units of its own", "", "The Royal Navy will patrol the strait.", nil},
	})
}
