package commitment

import "testing"

// Verbs that commit through what they name ("ruled out talks", "offered a
// payment", "appealed to X to …", "would no longer …"), each on a sentence
// written for this test (none from the gold sets).
func TestNewsVerbObjectRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		{"ruling out a thing refuses it", "", "Velm ruled out talks with the rebels.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes, action: "talks with the rebels"}}},
		{"ruling out an act refuses it", "", "Velm's minister ruled out lifting the ban before May.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"ruling out foul play is an assessment", "", "Velm's police ruled out foul play.", nil},
		{"ruling out an accusation denies it", "", "Velm ruled out the claims of its involvement.", nil},
		{"a court's ruling is no refusal", "", "Velm's supreme court ruled that the law was valid.", nil},
		{"offering a payment pledges it", "", "Norvex Shipping offered a one-off payment of 500 dollars to each worker.",
			[]want{{actor: "Norvex Shipping", kind: Pledge, reported: yes}}},
		{"offering condolences is no pledge", "", "Velm offered its condolences to the families.", nil},
		{"offering no explanation is no pledge", "", "Velm offered no explanation for the delay.", nil},
		{"appealing to someone to act demands it", "", "The Velm Elders' Council appealed to Arden's president to meet them.",
			[]want{{actor: "Velm Elders' Council", kind: Demand, reported: yes, action: "meet them"}}},
		{"appealing for calm demands it", "", "Velm appealed for calm.",
			[]want{{actor: "Velm", kind: Demand, reported: yes}}},
		{"appealing against a ruling is no demand", "", "Velm appealed against the ruling.", nil},
		{"appealing to a court is no demand", "", "Velm appealed to the supreme court.", nil},
		{"no longer is a refusal", "", "Velm said it would no longer register new arrivals from Arden.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"no longer in a forecast commits nobody", "", "Analysts said prices would no longer rise.", nil},
	}
	checkArticleCases(t, wire, cases)
}
