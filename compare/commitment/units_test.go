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

// An agency of the issuer announced in the issuer's statement undertakes
// what it will do itself (units.go, announced).
func TestIssuersAgencies(t *testing.T) {
	un := Speaker{Name: "Spokesperson for the Secretary-General", Organization: "United Nations"}
	checkArticleCases(t, un, []articleCase{
		{"an agency's undertaking on a condition", "", "The World Food Programme will continue to deliver food to the displaced as long as safe access is guaranteed.",
			[]want{{actor: "World Food Programme", kind: Conditional, reported: no, condition: "as long as safe access is guaranteed"}}},
		{"an agency by its acronym", "", "UNICEF will send water tankers to the camps near Arden this week.",
			[]want{{actor: "UNICEF", kind: Pledge, reported: no}}},
		{"a state's will in a UN statement is a forecast", "", "Velm will continue its offensive in the valley.", nil},
	})
	eu := Speaker{Name: "High Representative", Organization: "European Union"}
	checkArticleCases(t, eu, []articleCase{
		{"another body's agency in the EU's statement is a forecast", "", "The World Food Programme will continue to deliver food to the displaced.", nil},
	})
}
