package commitment

import "testing"

// Bodies a news article names by their function alone ("The central bank
// said …"), a state's organ named with modifiers ("Velm's ruling military
// council"), and "call a strike"; each on sentences written for this test
// (none from the gold sets).
func TestFunctionBodyRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a central bank, the home state's (institutions.go)", "Galvia suspended payments on its debt.",
			"The central bank said it would keep the currency's peg to the euro for as long as reserves allow.",
			[]want{{actor: "Galvia's central bank", kind: Conditional, reported: yes}}},
		{"a central bank with no state named", "",
			"The central bank said it would keep the currency's peg to the euro for as long as reserves allow.",
			[]want{{actor: "central bank", kind: Conditional, reported: yes}}},
		{"a possessed body with modifiers", "",
			"Galvia's largest dockers' union said its members would strike if wages were frozen.",
			[]want{{actor: "Galvia's largest dockers' union", kind: Conditional, reported: yes}}},
		{"the country's body", "Galvia suspended payments on its debt.",
			"The country's banking regulator urged depositors not to withdraw their savings.",
			[]want{{actor: "country's banking regulator", kind: Demand, polarity: Negative, reported: yes}}},
		{"a body with a phrase after its head", "",
			"A council of elders in the northern camp said its residents would not leave.",
			[]want{{actor: "council of elders in the northern camp", kind: Refusal, reported: yes}}},
		{"a bare kind word refers back, naming nobody new", "", "The union said it would strike on Monday.", nil},
		{"a body as an object is no subject", "", "Officials met the central bank and said prices would rise.", nil},
		{"a state's organ with modifiers is the state", "",
			"Galvia's ruling military council said it would put the journalists on trial.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
		{"calling a strike is an act", "",
			"Galvia's largest dockers' union said it would call a general strike if wages were frozen.",
			[]want{{actor: "Galvia's largest dockers' union", kind: Conditional, reported: yes}}},
	})
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"a statement's central bank is no body of its own here", "", "The central bank will keep rates unchanged.", nil},
		{"calling on someone is talk", "", "I will call on the gentleman in the back.", nil},
	})
}

// "They" after a body named by a group noun, after reporters coordinated
// before an aside, and a name typed by its kind ("the Orne Renewal party");
// a demonym opening a body's name makes it no state's; each on sentences
// written for this test.
func TestCollectiveReporterRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"they after a union", "",
			"The Galvian Stevedores' Guild called on the government to compensate its members and said they would block the port on Monday.",
			[]want{{actor: "Galvian Stevedores' Guild", kind: Demand}, {actor: "Galvian Stevedores' Guild", kind: Pledge, reported: yes}}},
		{"they after coordinated reporters with an aside", "",
			"Orne Rail and the Galvian Carriers' Association, whose members carry most of the freight, demanded compensation and said they would go to court.",
			[]want{{actor: "Orne Rail", kind: Demand}, {actor: "Galvian Carriers' Association", kind: Demand},
				{actor: "Orne Rail", kind: Pledge, reported: yes}, {actor: "Galvian Carriers' Association", kind: Pledge, reported: yes}}},
		{"a name typed by its kind", "",
			"The opposition Orne Renewal party demanded the release of the activists.",
			[]want{{actor: "Orne Renewal", kind: Demand, strength: High, reported: yes}}},
		{"a body whose name opens with a demonym is no state", "Galvia arrested four journalists.",
			"The Galvian Guild of Reporters urged its members to boycott official briefings.",
			[]want{{actor: "Galvian Guild of Reporters", kind: Demand, reported: yes}}},
		{"they after a single state stays unresolved", "",
			"Galvia said they would send observers.", nil},
	})
}

// A reporter's parts and own bodies ("the coast guard", "the prison
// service", "the state", "the agency"), an office named before its holder
// in apposition, an aside before "that", a plural noun that is no
// reporting verb, and a UN agency the gazetteer does not know; each on
// sentences written for this test.
func TestReporterPartRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"the coast guard of an official's state", "Galvia turned the ship away.",
			"According to a Galvian official, the coast guard would deliver food to the ship but would not let it dock.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}, {actor: "Galvia", kind: Refusal, reported: yes}}},
		{"the prison service", "Galvia's justice minister spoke on Monday.",
			"Galvia's justice minister said the prison service would move any sick prisoner to a hospital.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
		{"the state in a minister's words", "",
			"Galvia's mines minister told reporters that the state would keep the mine running.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
		{"the agency in its official's words", "",
			"The Orne Health Agency's regional director, Corvina Thane, said the agency would send more doctors to Galvia.",
			[]want{{actor: "Orne Health Agency", kind: Pledge, reported: yes, target: "Galvia"}}},
		{"the organisation refers back to the body reported", "The Orne Relief Society said its lorries were stuck.",
			"The organisation urged the parties to let the lorries through.",
			[]want{{actor: "Orne Relief Society", kind: Demand, reported: yes}}},
		{"an office before its holder's name", "",
			"The Ulmara Basin Community envoy for the region, Corvina Thane, urged all sides to refrain from violence.",
			[]want{{actor: "Ulmara Basin Community", kind: Demand, polarity: Negative, reported: yes}}},
		{"an aside between the verb and that", "Galvia arrested three reporters.",
			"The Galvian Press Union warned, however, that it would call a strike if they were not freed.",
			[]want{{actor: "Galvian Press Union", kind: Conditional, reported: yes}}},
		{"member states is no reporting verb", "",
			"The Ulmara Basin Commission said it was in contact with several member states and would coordinate the relocation once the migrants were ashore.",
			[]want{{actor: "Ulmara Basin Commission", kind: Conditional, reported: yes}}},
		{"the complement's subject past a quotation", "",
			`Galvia said it was "deeply troubled" by the delay and could consider visa restrictions on those responsible.`,
			[]want{{actor: "Galvia", kind: Hedge, reported: yes}}},
		{"a UN agency of its own", "",
			"The UN Development Programme said it stood ready to help Galvia once it submitted a request.",
			[]want{{actor: "UN Development Programme", kind: Conditional, reported: yes}}},
		{"two frigates coordinated with a past verb", "",
			"Galvia's defence minister said two frigates were shadowing the ship and would take whatever steps were necessary.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
	})
}

// What a reporter holds and undertakes in the passive or through its
// parts: "nobody would be forced …", "the talks could be suspended if …",
// "a delegation was ready to …", "the border could reopen if …", a named
// person "would be tried at home if …", "refused to hand over"; each on
// sentences written for this test.
func TestHeldPartRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"nobody would be forced", "",
			"Galvia's interior minister said the government would pay for buses and insisted that nobody would be forced across the border.",
			[]want{{actor: "Galvia", kind: Pledge}, {actor: "Galvia", kind: Refusal, polarity: Negative, reported: yes}}},
		{"no citizen would ever be extradited", "",
			"Galvia's justice minister said that no Galvian citizen would ever be extradited to a foreign court.",
			[]want{{actor: "Galvia", kind: Refusal, polarity: Negative, reported: yes}}},
		{"nobody would be harmed is no undertaking without a reporter", "", "Observers said nobody would be harmed.", nil},
		{"the talks could be suspended if", "",
			"Galvia said the talks could be suspended if Hestmoor did not cooperate.",
			[]want{{actor: "Galvia", kind: Conditional, strength: Low, reported: yes}}},
		{"the talks could collapse is a forecast", "", "Galvia said the talks could collapse if Hestmoor did not cooperate.", nil},
		{"special forces could retake is a capability", "",
			"Galvia's defence minister said special forces could retake the station if ordered to.", nil},
		{"a delegation ready to meet", "",
			"Galvia's oil minister said a government delegation was ready to meet community leaders.",
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
		{"the border could reopen on a condition", "",
			"Galvia's prime minister told her counterpart that the border could partly reopen if no new cases were reported.",
			[]want{{actor: "Galvia", kind: Conditional, strength: Low, reported: yes}}},
		{"a named person tried on a condition", "",
			"Galvia's justice minister said General Teodric Vamm would be tried at home if there was a case to answer.",
			[]want{{actor: "Galvia", kind: Conditional, reported: yes}}},
		{"refused to hand over", "", "Galvia on Friday refused to hand over the retired general.",
			[]want{{actor: "Galvia", kind: Refusal, polarity: Negative, reported: yes}}},
		{"handing over to a colleague is talk", "", "I will now hand over to my colleague.", nil},
	})
}

// Who speaks for a body named only by kind ("A commander of the group",
// "A spokeswoman for the bloc"), a second complement after "and that", a
// reporter's quoted verb before a condition, and "would be free to";
// each on sentences written for this test.
func TestSpokesmanRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a commander of the group", "The Orne Uplands Front seized the dam on Sunday.",
			`A commander of the group, speaking by telephone, said the engineers were "guests" and would be free to leave once the army withdrew.`,
			[]want{{actor: "Orne Uplands Front", kind: Conditional, reported: yes}}},
		{"a spokeswoman for the bloc", "The Ulmara Basin Community said it had sent 90 observers to Galvia.",
			"A spokeswoman for the bloc said it might also review its budget support to Galvia.",
			[]want{{actor: "Ulmara Basin Community", kind: Hedge, reported: yes, target: "Galvia"}}},
		{"a resident of the town is no spokesman", "The Orne Uplands Front seized the dam on Sunday.",
			"A resident of the town said the engineers would be free to leave.", nil},
		{"a second complement after and that", "",
			`Galvia's communications minister said the shutdown was needed to stop "lies" and that lines for hospitals would stay open.`,
			[]want{{actor: "Galvia", kind: Pledge, reported: yes}}},
		{"a quoted verb before its condition", "",
			`Galvia's deputy foreign minister told his counterpart that the transmitters "might be adjusted" if Hestmoor stopped its exercises.`,
			[]want{{actor: "Galvia", kind: Conditional, strength: Low, reported: yes}}},
	})
}

// Reporters set off by an appositive noun phrase ("…, a rebel group in
// eastern Velm,") or an office holder's name ("…'s Spokesperson, Ambassador
// …,"), plural names ("the Keepers of Orne"), and a stance taken in the
// past ("backed the takeover"); each on sentences written for this test.
func TestAppositionRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a reporter before an appositive phrase naming a place", "",
			"The Keepers of Orne, a rebel group in eastern Galvia, said on Wednesday they would keep the road closed until the army withdrew.",
			[]want{{actor: "Keepers of Orne", kind: Conditional, reported: yes}}},
		{"a plural name of people", "",
			"The Wardens of Tiberon, an association of relatives of the dead, said they would hold a vigil every Friday until the general was tried.",
			[]want{{actor: "Wardens of Tiberon", kind: Conditional, reported: yes}}},
		{"backed a decision", "", "The Galvian Miners' Union backed the takeover of the mine.",
			[]want{{actor: "Galvian Miners' Union", kind: Support, reported: yes}}},
		{"backs down is no support", "", "The Galvian Miners' Union backed down on Monday.", nil},
	})
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"an office holder named in apposition", "Ambassador Teodric Vamm is the Ministry's spokesperson.",
			"The Ministry's Official Spokesperson, Ambassador Teodric Vamm, stressed Galvia's categorical rejection of any attack on hospitals.",
			[]want{{actor: "Galvia", kind: Refusal, polarity: Negative, reported: yes}}},
	})
	body := Speaker{Name: "Secretary-General of the Ulmara Basin Community", Organization: "Ulmara Basin Community (Secretariat)"}
	checkArticleCases(t, body, []articleCase{
		{"an acronym and a name after the office", "",
			"The Secretary-General of the Ulmara Basin Community (UBC), Teodric Vamm, condemns in the strongest terms the shelling of the port.",
			[]want{{actor: "Ulmara Basin Community", kind: Condemnation, strength: High, reported: no}}},
	})
}

// A body's own kind word in its report ("the council", "the company"),
// and a decision deferred; each on sentences written for this test.
func TestOwnKindWordRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"the council in its ministers' words", "",
			"Ministers of the Orne Barley Council agreed to meet on Friday and warned that the council would suspend Galvia's voting rights if the ban stayed.",
			[]want{{actor: "Orne Barley Council", kind: Pledge}, {actor: "Orne Barley Council", kind: Conditional, reported: yes}}},
		{"the company in its chief's words", "Heron Metals said it had stopped all work at the mine.",
			"Its chief executive, Corvina Thane, said the company was ready to fund an independent study.",
			[]want{{actor: "Heron Metals", kind: Pledge, reported: yes}}},
		{"the government in a company's words is not the company's", "Heron Marine said it had stopped all sailings.",
			"Its chief executive, Corvina Thane, said the government would pay for the clean-up.", nil},
		{"a decision deferred is no undertaking", "",
			`Galvia's prime minister said only that the government would "decide when the time is right".`, nil},
	})
}

// A body's opening adjective before "state" or "court" names no member of
// the body: only its group nouns do ("Galvian ministers").
func TestRegionalGroupNouns(t *testing.T) {
	sp := Speaker{Name: "Leaders", Organization: "Group of Seven"}
	text := "We support the Galvian Coastal Union. We back a Galvian state. Galvian ministers will meet."
	g := DefaultGazetteer().ForStatement(text, sp)
	if a, ok := g.Resolve("Galvian state"); ok && a == "Galvian Coastal Union" {
		t.Errorf("Galvian state resolves to %q, want no body", a)
	}
	if a, _ := g.Resolve("Galvian ministers"); a != "Galvian Coastal Union" {
		t.Errorf("Galvian ministers resolves to %q, want the Galvian Coastal Union", a)
	}
}
