package commitment

import "testing"

// The kind words by which a news article refers back to a body it named
// (kinds.go), and threats that name what they threaten, each on a sentence
// written for this test (none from the gold sets).
func TestNewsKindRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		{"the company is the company named", "Orrin Shipping said on Monday it would suspend sailings to Arden.",
			"The company said it would pay its crews during the suspension.",
			[]want{{actor: "Orrin Shipping", kind: Pledge, reported: yes}}},
		{"the group is the armed group named", "The Tarn Valley Front claimed the attack on the depot.",
			"The group threatened further attacks unless the army left the valley.",
			[]want{{actor: "Tarn Valley Front", kind: Conditional, reported: yes}}},
		{"a threat of named measures", "", "Velm threatened new tariffs on Arden's steel.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "new tariffs on Arden's steel"}}},
		{"threatening people is no threat of an act", "", "Velm threatened the fishermen.", nil},
		{"a kind given in apposition", "Orrin Lines, a ferry company, said its ships would stay in port.",
			"The company said it would refund every ticket.",
			[]want{{actor: "Orrin Lines", kind: Pledge, reported: yes}}},
		{"the company with no company named is nobody", "Velm said it would close the port.",
			"The company said it would refund every ticket.", nil},
		{"a company has no government", "Orrin Shipping said it would suspend sailings until the government could guarantee their safety.",
			"Velm's transport minister said the government would not pay for the losses.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"the bank after a preposition is no subject", "Velm said it would open the Corran Bank to fishing.",
			"Velm's defence ministry said patrols around the bank would continue.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
	}
	checkArticleCases(t, wire, cases)
}
