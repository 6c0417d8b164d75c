package commitment

import "testing"

// "Both sides" in a news article are the pair it names (namedPair,
// discourse.go): each commits. On sentences written for this test.
func TestNewsBothSidesRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Lindqvist Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"both sides after a coordinated subject", "Pellara and Dunmarsh agreed on Friday to pull their troops back from the ridge.",
			"But both sides said they would not give up their claim to the ridge.",
			[]want{{actor: "Pellara", kind: Refusal, polarity: Negative, reported: yes}, {actor: "Dunmarsh", kind: Refusal, polarity: Negative, reported: yes}}},
		{"both sides of talks between two named", "",
			"Talks between Pellara's government and the rebel Harrow Front ended on Friday without a deal, but both sides said they would meet again in May.",
			[]want{{actor: "Pellara", kind: Pledge, reported: yes}, {actor: "Harrow Front", kind: Pledge, reported: yes}}},
		{"another reporter's condition past an apposition is not theirs", "Pellara and Dunmarsh agreed on Friday to pull their troops back from the ridge.",
			"Both sides said they would keep their claims, and Pellara's defence minister, Ivo Tarrant, said his troops would return if a single Dunmarsh soldier crossed the line.",
			[]want{{actor: "Pellara", kind: Pledge, reported: yes}, {actor: "Dunmarsh", kind: Pledge, reported: yes}, {actor: "Pellara", kind: Conditional, reported: yes}}},
		{"both sides with no pair named are nobody", "Pellara held a referendum on Sunday.",
			"Both sides said they would accept the result.", nil},
	})
}
