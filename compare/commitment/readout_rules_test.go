package commitment

import "testing"

// Rules of a readout's foreign official named again by office ("The
// Ambassador assured me that …"), of replies and of passives of granting,
// each on sentences written for this test (none from the gold sets).
func TestReadoutRules(t *testing.T) {
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Velm"}
	cases := []articleCase{
		{"the ambassador named before by demonym", "This afternoon I summoned the Ardenian ambassador to convey our dismay at the verdict against a citizen of Arden.",
			"The ambassador assured me that the crew would be allowed a visit from their families.",
			[]want{{actor: "Arden", kind: Pledge, reported: yes}}},
		{"the chargé d'affaires named before with of", "Today the Chargé d'affaires of the Republic of Arden was summoned to the Ministry.",
			"The Chargé d'affaires assured her that his government would investigate the incident.",
			[]want{{actor: "Arden", kind: Pledge, reported: yes}}},
		{"a minister named before by portfolio and state", "The Envoy met the Minister of Home Affairs of Arden on Tuesday.",
			"The Minister assured the Envoy that more police units would be deployed to the districts.",
			[]want{{actor: "Arden", kind: Pledge, reported: yes}}},
		{"the issuer's own minister stays the issuer's", "The Minister of Foreign Affairs met the press.",
			"The Minister assured the press that Velm would help.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"the ambassador named anew is not the one before", "The Minister met the Ambassador of Arden.",
			"The Ambassador of Norrland said that Norrland would send observers.",
			[]want{{actor: "Norrland", kind: Pledge, reported: yes}}},
		{"a reply that reports", "On Tuesday the Ministry called in the Chargé d'affaires of Arden.",
			"The Chargé d'affaires replied that his government would not discuss the outcome with third countries.",
			[]want{{actor: "Arden", kind: Refusal, polarity: Negative, reported: yes}}},
		{"a passive of granting is the reporter's", "The Ambassador of Arden was summoned to the Ministry on Friday.",
			"The Ambassador said that the detained employee would be allowed to see a lawyer within 48 hours.",
			[]want{{actor: "Arden", kind: Pledge, reported: yes}}},
	}
	checkArticleCases(t, ministry, cases)

	checkArticleCases(t, ministry, []articleCase{
		{"reserving the right is a hedge", "", "Velm reserves the right to take reciprocal measures.",
			[]want{{actor: "Velm", kind: Hedge, strength: Low, reported: no}}},
		{"reserved judgment is nothing", "", "The court reserved judgment.", nil},
		{"a bare department in a ministry's statement is the same government's", "",
			"The Department of Seafarers' Welfare will extend financial assistance to the families.",
			[]want{{actor: "Velm", kind: Pledge, reported: no}}},
		{"another state's ministry is not", "", "The Ministry of Health of Arden will send doctors.", nil},
		{"competent authorities named by demonym", "Velm condemns the seizure of a fishing boat by Arden.",
			"The Velmian competent authorities will apply all necessary measures to protect the fishermen.",
			[]want{{actor: "Velm", kind: Pledge, reported: no}}},
	})
	community := Speaker{Name: "Secretariat", Organization: "Coral Sea Community (CSC Secretariat)"}
	checkArticleCases(t, community, []articleCase{
		{"a subject with its own acronym after it", "", "The Coral Sea Community (CSC) strongly condemns the expulsion of its nationals from Arden.",
			[]want{{actor: "Coral Sea Community", kind: Condemnation, strength: High, reported: no}}},
		{"the Community is the issuer's own", "", "The Community calls on the Government of Arden to halt the expulsions.",
			[]want{{actor: "Coral Sea Community", kind: Demand, target: "Arden", reported: no}}},
		{"the Secretary-General with the acronym", "", "The Secretary-General of the Coral Sea Community (CSC) condemns the attack on the port.",
			[]want{{actor: "Coral Sea Community", kind: Condemnation, reported: no}}},
	})
	kingdom := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of the Kingdom of Velm"}
	checkArticleCases(t, kingdom, []articleCase{
		{"the Kingdom is the issuer's own", "", "The Kingdom will not relent in the fight against piracy.",
			[]want{{actor: "Velm", kind: Pledge, strength: High, reported: no}}},
		{"another kingdom is not", "", "The Kingdom of Arden will not relent in the fight against piracy.", nil},
	})

	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a passive of giving in a report", "", "Arden said the stranded drivers would be given food and water.",
			[]want{{actor: "Arden", kind: Pledge, reported: yes}}},
		{"a passive not of granting in a report is the reporter's", "", "Arden said the crew would be freed.",
			[]want{{actor: "Arden", kind: Pledge, reported: yes}}},
		{"a passive of granting in a forecast is no one's", "", "Analysts said the crew would be allowed to leave.", nil},
		{"provided without that is a condition", "Velm closed its border with Arden on Thursday.",
			"Interior Minister Ida Rask said lorries carrying food would be exempted, provided their drivers tested negative.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, condition: "provided their drivers tested negative"}}},
		{"a surname written alone first is still the minister's", "Velm closed its border with Arden on Thursday.\nAsked whether Velm would admit patients, Rask declined to comment.",
			"Interior Minister Ida Rask said Velm would exempt lorries carrying food.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
	})
}
