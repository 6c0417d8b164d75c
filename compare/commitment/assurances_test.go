package commitment

import "testing"

// Undertakings given by noun ("gave assurances that …", "received
// assurances from … that …") and reports in the passive ("has been
// informed by … that …"), each on sentences written for this test (none
// from the gold sets).
func TestAssuranceRules(t *testing.T) {
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"gave assurances that, by a relative's antecedent", "",
			"The Minister spoke with the Foreign Minister of Hestmoor, who gave assurances that the Hestmoorian coast guard would not board the ferry.",
			[]want{{actor: "Hestmoor", kind: Refusal, polarity: Negative, reported: yes}}},
		{"gave an assurance after a first verb", "The Ambassador of Hestmoor was summoned on Monday.",
			"The Ambassador conveyed his Government's regret and gave an assurance that the crew would be released without delay.",
			[]want{{actor: "Hestmoor", kind: Pledge, reported: yes}}},
		{"assurances received from a named government", "",
			"The Ministry has received assurances from the Government of Hestmoor that the crossing at Tiberon would reopen on Monday.",
			[]want{{actor: "Hestmoor", kind: Pledge, reported: yes}}},
		{"guarantees demanded are no assurance given", "",
			"The Minister demanded guarantees that the hospital would not be targeted again.",
			nil}, // an office of the issuer not named: the demand has no actor here
		{"a guarantee that is a noun of law", "", "The treaty contains guarantees that minorities will be protected.", nil},
		{"informed by a named ministry", "",
			"Galvia has been informed by the Ministry of Foreign Affairs of Hestmoor that Galvian nationals would be allowed to leave once the fighting paused.",
			[]want{{actor: "Hestmoor", kind: Conditional, reported: yes}}},
		{"assured, with no agent, is nobody's", "",
			"The Minister was assured that the government would open a corridor as soon as the shelling stopped.", nil},
		{"informed by a minister the reader cannot name", "",
			"The Minister informed me that the Government would accept a mission if the council requested one.", nil},
		{"another state's ministry of foreign affairs", "",
			"The Ministry of Foreign Affairs of Hestmoor said that it would send a team to the border.",
			[]want{{actor: "Hestmoor", kind: Pledge, reported: yes}}},
		{"the issuer's own ministry of foreign affairs", "",
			"The Ministry of Foreign Affairs will continue to assist the families.",
			[]want{{actor: "Galvia", kind: Pledge}}},
	})
}

// Who "He" is in a statement after a foreign official, and the offices
// that name no body ("the Minister of Labour and Social Protection"); each
// on sentences written for this test.
func TestOfficialContinuityRules(t *testing.T) {
	body := Speaker{Name: "Director-General", Organization: "Ulmara Labour Office"}
	checkArticleCases(t, body, []articleCase{
		{"He after a foreign minister named in the sentence before",
			"I spoke this morning with the Foreign Minister of Hestmoor, Corvina Thane, and told her that we expected full cooperation.",
			"She assured me that the inspectors would be granted visas without delay.",
			[]want{{actor: "Hestmoor", kind: Pledge, reported: yes}}},
		{"He after the issuer's own office stays the issuer's",
			"The Director-General met the Foreign Minister of Hestmoor on Monday.",
			"He reaffirmed the Office's support for the inspectors.",
			[]want{{actor: "Ulmara Labour Office", kind: Reaffirmation, reported: yes}}},
		{"a minister whose portfolio names no body",
			"On Monday I spoke with the Minister of Labour and Social Protection, Teodric Vamm.",
			"The Minister informed me that the Government would accept a mission if the council requested one.", nil},
		{"He after a minister the reader cannot name is not the issuer",
			"On Monday I spoke with the Minister of Labour and Social Protection, Teodric Vamm.\nThe Minister informed me that the leaders would be released.",
			"He also said that the Government was ready to register a new union.", nil},
	})
}
