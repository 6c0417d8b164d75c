package commitment

import "testing"

// Who speaks in an official statement: offices named bare, the issuer's
// members and missions, "It" after an office, asides after a subject,
// reports to a hearer; each on sentences written for this test (none from
// the gold sets).
func TestStatementOfficeRules(t *testing.T) {
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"made clear to a hearer that", "The Ambassador of Hestmoor was summoned on Monday.",
			"The State Secretary made clear to him that Galvia would respond in proportion.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
		{"a hearer is no verb", "", "Galvia agreed to send a team that would monitor the vote.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes, action: "send a team that would monitor the vote"}}},
		{"responded that", "The Minister received a delegation from Hestmoor.", "The Hestmoorian side responded that it would review the licences one by one.",
			[]want{{actor: "Hestmoor", kind: Pledge, reported: yes}}},
		{"conveyed that", "", "The Minister spoke with his Hestmoorian counterpart and conveyed that Galvia would not accept any threat to its nationals.",
			[]want{{actor: "Galvia", kind: Refusal, polarity: Negative, reported: yes}}},
		{"conveyed a stance is no report", "", "The Government conveyed its full support to the mediators.",
			[]want{{actor: "Galvia", kind: Support, reported: yes}}},
		{"a cabinet secretary is the issuer's office", "", "The Cabinet Secretary requested that Galvian investigators be allowed to join the inquiry.",
			[]want{{actor: "Galvia", kind: Demand, reported: yes}}},
		{"an office written without its hyphen", "", "The Secretary General urged both governments to return to the talks.",
			[]want{{actor: "Galvia", kind: Demand, reported: yes}}},
		{"an office with its own body stays the body's", "", "The Secretary General of Hestmoor's ruling party urged both governments to return to the talks.", nil},
		{"a second verb after a non-committing one, singular", "",
			"The Government welcomes these steps and stands ready to host and support a meeting of both sides.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"demands that after a non-committing verb", "",
			"The Government holds Hestmoor responsible for the safety of the crew, and demands that all parties respect the ceasefire.",
			[]want{{actor: "Galvia", kind: Demand, strength: High}}},
		{"demands as a noun after and", "", "The Government has seen threats and demands for money from the group.", nil},
		{"for its part between a subject and its verb", "",
			"The Government of Hestmoor, for its part, informed the Ministry that it would reopen the crossing once the talks began.",
			[]want{{actor: "Hestmoor", kind: Conditional, reported: yes}}},
		{"however between a subject and its verb", "",
			"Hestmoor, however, said it would not release the crew.",
			[]want{{actor: "Hestmoor", kind: Refusal, reported: yes}}},
		{"It after the issuer's office", "The Government will not tolerate attacks on its citizens.",
			"It may also consider sending a naval escort.",
			[]want{{actor: "Galvia", kind: Hedge}}},
		{"It after a sentence opening otherwise stays unknown", "Attacks on shipping must stop.",
			"It may also consider sending a naval escort.", nil},
		{"the issuer's embassy", "", "The Embassy in Hestmoor will continue its work.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"another state's embassy stays a forecast", "Galvia has protested to Hestmoor.", "The Hestmoorian Embassy will continue its work.", nil},
		{"an embassy in lower case names none", "", "The new embassy will open next year.", nil},
	})
	body := Speaker{Name: "Secretariat", Organization: "Ulmara Basin Community"}
	checkArticleCases(t, body, []articleCase{
		{"Member States in a body's statement", "",
			"Should the expulsions continue, Member States will reintroduce visa requirements for nationals of Hestmoor.",
			[]want{{actor: "Ulmara Basin Community", kind: Conditional, target: "Hestmoor"}}},
		{"Member States must is asked of them", "", "Member States must refrain from unilateral measures.",
			[]want{{actor: "Ulmara Basin Community", kind: Demand, polarity: Negative}}},
		{"Allies will not be intimidated", "", "Allies will not be intimidated by sabotage.",
			[]want{{actor: "Ulmara Basin Community", kind: Pledge, strength: High}}},
		{"member states in lower case are no subject of the body", "", "Several member states will send observers.", nil},
	})
	checkArticleCases(t, ministry, []articleCase{
		{"a state's statement has no members", "", "Member States will reintroduce visa requirements.", nil},
	})
}

// Speech acts a statement recounts through a letter or a summons ("wrote
// to … to request …", "summoned … to convey our protest"), through the
// noun of a stance ("lodged a protest", "conveyed the Government's
// condemnation", "stressed its rejection of …"), and by an official with
// two offices; each on sentences written for this test.
func TestRecountedActRules(t *testing.T) {
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs and Trade of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"a letter's purpose is a recounted demand", "",
			"On 4 May the Secretary-General of the Ministry wrote to the Foreign Minister of Hestmoor, Corvina Thane, to request an urgent meeting.",
			[]want{{actor: "Galvia", kind: Demand, reported: yes}}},
		{"a summons' purpose: a protest and a request", "",
			"The Ministry summoned the Ambassador of Hestmoor to convey Galvia's protest over the arrests and to request a full account of them.",
			[]want{{actor: "Galvia", kind: Condemnation, reported: yes}, {actor: "Galvia", kind: Demand, reported: yes}}},
		{"a trip's purpose is no request", "", "The Minister travelled to Hestmoor to attend the summit.", nil},
		{"a protest lodged", "", "Galvia lodged a protest with the Hestmoorian Ministry of Foreign Affairs.",
			[]want{{actor: "Galvia", kind: Condemnation, reported: yes}}},
		{"a protest received is none of the receiver's", "", "Galvia received a protest from Hestmoor.", nil},
		{"a condemnation conveyed", "", "Galvia conveyed its condemnation of the attack to the envoy.",
			[]want{{actor: "Galvia", kind: Condemnation, reported: yes}}},
		{"a rejection stressed is a refusal", "", "Galvia stressed its rejection of any change to the border.",
			[]want{{actor: "Galvia", kind: Refusal, polarity: Negative, reported: yes}}},
		{"a rejection reported by another is not stressed", "", "Galvia noted Hestmoor's rejection of the plan.", nil},
		{"an official with two offices is the issuer's", "",
			"On Monday, Deputy Prime Minister and Minister of Foreign Affairs and Trade Teodric Vamm demanded the release of the crew.",
			[]want{{actor: "Galvia", kind: Demand, strength: High, reported: yes}}},
		{"a prime minister alone says no state", "",
			"On Monday, Deputy Prime Minister Teodric Vamm demanded the release of the crew.",
			[]want{{actor: "Deputy Prime Minister Teodric Vamm", kind: Demand, reported: yes}}},
	})
}

// Subjects and complements a statement sets off: "Those who …", "All
// parties to the conflict, including …,", a hearer in apposition before
// "of our support", a relative clause's own condition, "undertook to",
// "consistently advocates", a demonym of a name in two words; each on
// sentences written for this test.
func TestStatementPhraseRules(t *testing.T) {
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"those who must be brought to justice", "", "Those who ordered the shelling must be brought before a court.",
			[]want{{actor: "Galvia", kind: Demand, strength: High}}},
		{"those who will, a forecast", "", "Those who fled will return home in the spring.", nil},
		{"parties to the conflict, including a named group", "",
			"All parties to the conflict, including the Orne Resistance Front, must respect international humanitarian law.",
			[]want{{actor: "Galvia", kind: Demand, target: "All parties"}}},
		{"a hearer in apposition before of our support", "",
			"The Government assured the Foreign Minister of Hestmoor, Corvina Thane, of the full support of Galvia for the talks.",
			[]want{{actor: "Galvia", kind: Support, reported: yes}}},
		{"assured of a fact is no support", "", "The Government assured the Foreign Minister of Hestmoor, Corvina Thane, of the date of the talks.", nil},
		{"a relative keeps its own condition", "",
			"Galvia will not close the clinic, which will stay open for as long as its staff are safe.",
			[]want{{actor: "Galvia", kind: Refusal, polarity: Negative, condition: ""},
				{actor: "Galvia", kind: Conditional, condition: "as long as its staff are safe"}}},
		{"closing a crossing is an act", "", "Galvia will close the border crossing at Tiberon to lorries.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"closing the briefing is talk", "", "I will close the briefing with one more announcement.", nil},
		{"undertook to", "The Ambassador of Hestmoor was summoned on Monday.",
			"The Ambassador undertook to convey the Galvian position to his Government.",
			[]want{{actor: "Hestmoor", kind: Pledge, reported: yes}}},
		{"a standing obligation undertaken is no pledge", "",
			"Freedom of the press is a right that Hestmoor has undertaken to respect.", nil},
		{"consistently advocates", "", "Galvia consistently advocates the peaceful settlement of disputes.",
			[]want{{actor: "Galvia", kind: Reaffirmation}}},
		{"advocates alone is a view", "", "Galvia advocates a new approach.", nil},
	})
	vn := Speaker{Name: "Spokesperson", Organization: "Ministry of Foreign Affairs of Pradel Vinta"}
	checkArticleCases(t, vn, []articleCase{
		{"a demonym of a name in two words", "",
			"The Pradel Vintan competent authorities will apply all necessary measures to protect the fishermen.", nil},
		{"a demonym written as one word", "Pradel Vinta rejects the fines.",
			"The Pradelvintan competent authorities will apply all necessary measures to protect the fishermen.",
			[]want{{actor: "Pradel Vinta", kind: Pledge}}},
	})
}

// The issuer's own officials named again by office: introduced beside
// their name ("a Special Envoy, Ambassador …"), or named in the issuer's
// own name ("The High Commissioner" of the Office of the High
// Commissioner); each on sentences written for this test.
func TestOwnOfficeRules(t *testing.T) {
	ministry := Speaker{Name: "Spokesperson", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"an envoy introduced beside his name",
			"The Government has dispatched a Special Envoy, Ambassador Teodric Vamm, to Tiberon, where he met the Minister of Home Affairs of Hestmoor.",
			"The Special Envoy, for his part, requested that the Hestmoorian authorities compensate the owners of the shops.",
			[]want{{actor: "Galvia", kind: Demand, reported: yes}}},
		{"a foreign minister named before stays foreign",
			"The Government has dispatched a Special Envoy, Ambassador Teodric Vamm, to Tiberon, where he met the Minister of Home Affairs of Hestmoor.",
			"The Minister assured the Special Envoy that more police would be deployed.",
			[]want{{actor: "Hestmoor", kind: Pledge, reported: yes}}},
		{"an office never introduced names nobody", "",
			"The Special Envoy requested that the authorities compensate the owners.", nil},
	})
	office := Speaker{Name: "Press Office", Organization: "Office of the High Commissioner for Displaced Persons (OHCDP)"}
	checkArticleCases(t, office, []articleCase{
		{"the office in the issuer's own name", "",
			"The High Commissioner, who spoke with Galvia's Foreign Minister on Monday, asked that the agency be given access to the camps.",
			[]want{{actor: "Office of the High Commissioner for Displaced Persons", kind: Demand, reported: yes}}},
	})
}
