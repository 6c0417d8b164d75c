package commitment

import "testing"

// Rules by which a news article's state institutions named without their
// state are read as the state's (institutions.go), each on sentences
// written for this test.
func TestNewsInstitutionRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Lindqvist Wire (news agency)"}
	runActorTargetCases(t, wire, []actorTargetCase{
		{"a court named with its state's possessive keeps the state", "Pellara's Supreme Court on Monday suspended the decree.",
			"The Supreme Court said it would hear the appeal on 3 May.", Pledge, "Pellara's Supreme Court", ""},
		{"a bare court in an article about one state is that state's", "Pellara held a disputed referendum on Sunday.",
			"The Constitutional Court said it would publish its ruling within ten days.", Pledge, "Pellara's Constitutional Court", ""},
		{"a bare electoral commission speaks for the state", "Pellara held a disputed referendum on Sunday.",
			"The Independent Electoral Commission said it would publish the final results on Friday.", Pledge, "Pellara", ""},
		{"an electoral commission known by function speaks for the state", "Pellara held a disputed referendum on Sunday.",
			"The electoral commission said it would publish the final results on Friday.", Pledge, "Pellara", ""},
		{"a body of a state named by possessive is that state's", "Dunmarsh accused Pellara of harbouring fugitives.",
			"The head of Pellara's National Central Bureau said it would answer the request within a month.", Pledge, "Pellara", ""},
		{"a known international court is no state's", "Pellara held a disputed referendum on Sunday.",
			"The International Criminal Court said it would open an inquiry into the killings.", Pledge, "International Criminal Court", ""},
		{"a commission whose name says more than its function keeps its name", "Pellara held a disputed referendum on Sunday.",
			"The Harrow Valley Commission said it would send monitors to the polling stations.", Pledge, "Harrow Valley Commission", ""},
		{"a union known by function stays a body of its own", "Pellara held a disputed referendum on Sunday.",
			"The largest dockers' union said it would strike on Monday.", Pledge, "largest dockers' union", ""},
	})
}

// Rules by which a statement's issuer named by a demonym and "Government"
// is the state the text names (institutions.go), each on sentences
// written for this test.
func TestDemonymGovernmentIssuerRules(t *testing.T) {
	royal := Speaker{Name: "Government Spokesperson", Organization: "Royal Pellaran Government (Office of the Prime Minister)"}
	runActorTargetCases(t, royal, []actorTargetCase{
		{"the state named in the text speaks as the issuer", "Pellaran nationals remain held in Dunmarsh.",
			"Pellara stands ready to work with Dunmarsh to bring them home.", Pledge, "Pellara", "Dunmarsh"},
		{"the issuer's own name is the state too", "Pellara will not abandon its citizens.",
			"The Royal Pellaran Government calls on Dunmarsh to release them.", Demand, "Pellara", "Dunmarsh"},
	})
	other := Speaker{Name: "Government Spokesperson", Organization: "Royal Pellaran Government"}
	runActorTargetCases(t, other, []actorTargetCase{
		{"a text that names no such state keeps the issuer's name", "",
			"The Royal Pellaran Government calls on Dunmarsh to release them.", Demand, "Royal Pellaran Government", "Dunmarsh"},
	})
}
