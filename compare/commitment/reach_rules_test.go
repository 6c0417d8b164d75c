package commitment

import "testing"

// A reporter far from its second verb, and subjects set off by asides, each
// on a sentence written for this test (none from the gold sets).
func TestFarReporterRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a reporting verb past an apposition", "",
			"Galvia shut the Orne bridge, its only road link with Hestmoor, to lorries on Monday and said it would stay shut until the fees were paid.",
			[]want{{actor: "Galvia", kind: Conditional, reported: yes, condition: "until the fees were paid"}}},
		{"a reporting verb far after a demand", "",
			"Galvia on Tuesday demanded that Hestmoor hand over the officers it blames for the sinking of a fishing boat off the northern coast of the Orne delta, and said it would recall its envoy until it did so.",
			[]want{{actor: "Galvia", kind: Demand, target: "Hestmoor"}, {actor: "Galvia", kind: Conditional, reported: yes}}},
		{"the far verb inside another's report is not the reporter's", "",
			"Observers said Galvia closed the Orne bridge, its only road link with Hestmoor, to lorries on Monday and said it would stay shut.", nil},
		{"a far event with an unnamed subject gives no reporter", "",
			"The bridge, its only road link with Hestmoor, closed to lorries on Monday and said it would stay shut.", nil},
		{"two subjects each set off by an aside", "",
			"Galvia, which lost six sailors, and Pradelia, which lost two, called for an inquiry into the sinking.",
			[]want{{actor: "Galvia", kind: Demand, reported: yes}, {actor: "Pradelia", kind: Demand, reported: yes}}},
	})
}

// Verbs and modals whose reading changed: a demand to refrain, a refusal
// to stop doing, passives of pressure, a pause of aid, "until it did so"
// and an inverted "should he".
func TestModalReadingRules(t *testing.T) {
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"should refrain is a negative demand", "", "All parties should refrain from any step that could raise tensions.",
			[]want{{actor: "Galvia", kind: Demand, polarity: Negative}}},
		{"must refrain, addressed to a named state", "", "Hestmoor must refrain from further incursions.",
			[]want{{actor: "Galvia", kind: Demand, polarity: Negative, target: "Hestmoor"}}},
		{"should stop stays positive", "", "All parties should stop the shelling at once.",
			[]want{{actor: "Galvia", kind: Demand, polarity: Positive}}},
		{"not stopping an activity vows to go on", "", "Galvia will not stop pressing for the release of its nationals.",
			[]want{{actor: "Galvia", kind: Pledge, polarity: Positive, strength: High}}},
		{"not stopping a thing refuses", "", "Galvia will not stop the convoys at the border.",
			[]want{{actor: "Galvia", kind: Refusal, polarity: Negative}}},
		{"pausing aid is an act", "", "Galvia will pause its budget support to Hestmoor until the vote is held.",
			[]want{{actor: "Galvia", kind: Conditional, target: "Hestmoor"}}},
		{"pausing the talk is none", "", "I will pause there for questions.", nil},
	})
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"not blackmailed is a firm pledge", "", `Galvia's interior minister said the government "will not be blackmailed" by the strikers.`,
			[]want{{actor: "Galvia", kind: Pledge, polarity: Positive, strength: High}}},
		{"a quoted participle after be", "", `Pradelia's dockers' union said its members would not be "bullied back to work".`,
			[]want{{actor: "Pradelia's dockers' union", kind: Pledge, polarity: Positive, strength: High}}},
		{"a quoted participle after be, named reporter", "", `Galvia said it would not be "pressured into a deal".`,
			[]want{{actor: "Galvia", kind: Pledge, polarity: Positive, strength: High}}},
		{"a quoted state is no pledge", "", `Galvia said it would be "ready" for talks.`, nil},
		{"until it did so is an event", "", "Galvia said it would keep its ports closed to Hestmoor's ships until Hestmoor apologised, and Pradelia said it would keep its own shut until it did so.",
			[]want{{actor: "Galvia", kind: Conditional}, {actor: "Pradelia", kind: Conditional}}},
		{"should he is an inverted condition", "", "The court's prosecutor called on every state to arrest Ulmara's former defence chief should he enter its territory.",
			nil}, // the prosecutor's court is not named: no actor, and no demand by the narrator
		{"a reporter's safe passage", "", "Galvia offered safe passage to any fighter who laid down his weapons.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
		{"in full solidarity, quoted", "", `Pradelia said it stood "in full solidarity" with Galvia.`,
			[]want{{actor: "Pradelia", kind: Support, strength: High, target: "Galvia", reported: yes}}},
		{"a quoted word that is no solidarity", "", `Pradelia said it stood "in awe" of Galvia.`, nil},
		{"a convoy let through on a condition", "", "Galvia said aid lorries would be let through once the lists of their cargo were received.",
			[]want{{actor: "Galvia", kind: Conditional, reported: yes}}},
	})
}

// The state a news article is about, for a minister it names by title
// alone: the first state it names other than as a place after a
// preposition, by its name or its demonym; each on sentences written for
// this test.
func TestHomeStateRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a capital named first as a place is not the state",
			"The Galvian Workers' Guild told a rally in Tiberon that its members would strike from Monday.\nThe fund has lent 2 billion dollars to Galvia.",
			"Labour Minister Teodric Vamm said the government would order essential workers back to their posts if the strike endangered hospitals.",
			[]want{{actor: "Galvia", kind: Conditional, reported: yes}}},
		{"a word of a longer name is not the state",
			"The government of Galvia and the Hestmoor Resistance Front agreed on Saturday to a ceasefire.",
			"Defence Minister Teodric Vamm said the army would pull its heavy weapons back from the front line.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
		{"the state named first as a subject, the other by its demonym",
			"Galvia said on Thursday that its navy would escort a Hestmoorian survey ship out of its waters.",
			"Defence Minister Teodric Vamm said Galvia would ask an arbitration court to rule on the boundary.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
		{"a demonym in -ian of a name in -y",
			"The Corvanian hauliers' association said its members would block the border with Ulmara.",
			"Corvany's transport minister said the government would compensate the drivers.",
			[]want{{actor: "Corvany", kind: Pledge, reported: yes}}},
	})
}

// A name written at the start of a sentence, a participle that is no
// coordinated verb, and "but said"; each on sentences written for this
// test (none from the gold sets).
func TestOpeningNameRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"an airline's name opening a sentence", "",
			"Heron Air, a low-cost carrier, suspended its flights and said it would resume them once the signals were reliable.",
			[]want{{actor: "Heron Air", kind: Conditional, reported: yes}}},
		{"an adjective opening a sentence is no name", "",
			"Neighbouring Galvia said it would keep its border open.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
		{"a passive participle is no coordinated verb", "",
			"The opposition Orne Party demanded that the ban be lifted immediately and said it would not recognise the vote.",
			[]want{{actor: "Orne Party", kind: Demand}, {actor: "Orne Party", kind: Refusal, reported: yes}}},
		{"but said after a refusal", "",
			"Galvia's prime minister, Corvina Thane, ruled out withdrawing the law but said the government was prepared to discuss it if the unions called off the strike.",
			[]want{{actor: "Galvia", kind: Refusal}, {actor: "Galvia", kind: Conditional, reported: yes}}},
	})
}

// "The two agencies" for a pair coordinated before, a past speech act
// after what a reporter said its part would do, requests by "ask", and a
// court's prosecutor; each on sentences written for this test.
func TestPairAndRequestRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"the two organisations after a coordinated pair", "The Orne Relief Society and the Tiberon Aid Corps on Tuesday demanded access to the province.",
			"In a joint statement, the two organisations said they would fly vaccines to the capital as soon as both sides guaranteed their safety.",
			[]want{{actor: "Orne Relief Society", kind: Conditional, reported: yes}, {actor: "Tiberon Aid Corps", kind: Conditional, reported: yes}}},
		{"the two governments after reporters coordinated", "Galvia and Pradelia said on Monday they would close their airspace.",
			"The two governments also called on Hestmoor to switch off its transmitters.",
			[]want{{actor: "Galvia", kind: Demand, target: "Hestmoor"}, {actor: "Pradelia", kind: Demand, target: "Hestmoor"}}},
		{"promised after what the army would do", "",
			`Galvia's president said the army would stay in its barracks "as long as the police can keep the peace" and promised an independent inquiry.`,
			[]want{{actor: "Galvia", kind: Conditional}, {actor: "Galvia", kind: Pledge, reported: yes, action: "an independent inquiry"}}},
		{"asked to visit", "", "The Orne Relief Society said it had asked to visit the prison.",
			[]want{{actor: "Orne Relief Society", kind: Demand, reported: yes}}},
		{"asked not to be named is for oneself", "", "A Galvian official, who asked not to be named, said the talks had failed.", nil},
		{"asked both sides for access", "", "The Orne Relief Society said it had asked both sides for access to the hostages.",
			[]want{{actor: "Orne Relief Society", kind: Demand, reported: yes, target: "both sides"}}},
		{"a court's prosecutor", "The Orne Court of Justice issued a warrant for the general.",
			"The court's prosecutor said her office would send investigators to the graves.",
			[]want{{actor: "Orne Court of Justice", kind: Pledge, reported: yes}}},
	})
}

// Subjects past a place in apposition, a relative aside before "and", and
// a body's fighters; each on sentences written for this test.
func TestAsideSubjectRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a place in apposition", "",
			"A council of elders in the northern camp, at Tiberon, said its residents would not leave and appealed to Galvia's president to meet them.",
			[]want{{actor: "council of elders in the northern camp", kind: Refusal}, {actor: "council of elders in the northern camp", kind: Demand}}},
		{"a body's fighters", "",
			"Fighters of the Orne Uplands Movement seized the pumping station on Thursday and threatened to blow up the pipeline unless the government paid.",
			[]want{{actor: "Orne Uplands Movement", kind: Conditional, reported: yes}}},
		{"a body's friends are no part of it", "", "Friends of the Orne Uplands Movement said the pipeline would be blown up.", nil},
	})
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"a relative aside before and", "",
			"Galvia values its friendly relations with Hestmoor, which hosts many Galvian workers, and will continue to work with the Hestmoorian authorities.",
			[]want{{actor: "Galvia", kind: Pledge, target: "Hestmoor"}}},
		{"a relative aside whose clause has no subject", "",
			"Relations with Hestmoor, which hosts many Galvian workers, and will continue.", nil},
	})
}
