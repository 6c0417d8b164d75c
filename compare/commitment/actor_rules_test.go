package commitment

import "testing"

// Rules of English reference by which an article or a statement names who
// commits (actor resolution), each on sentences and names invented for
// this test, with the cases they must leave alone.
func TestActorResolutionRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"the Security Council is an actor of its own", "",
			"The UN Security Council on Monday condemned the shelling of the port of Brask.",
			[]want{{actor: "United Nations Security Council", kind: Condemnation, reported: yes}}},
		{"the council refers back to the Security Council", "The UN Security Council met on Monday after the shelling of Brask.",
			"The council demanded that those responsible be brought to justice.",
			[]want{{actor: "United Nations Security Council", kind: Demand, reported: yes}}},
		{"the Secretary-General stays the United Nations'", "",
			"The UN Secretary-General on Monday condemned the shelling of the port of Brask.",
			[]want{{actor: "United Nations", kind: Condemnation, reported: yes}}},
		{"a Peace and Security Council is not the Security Council", "",
			"The Oravian Union's Peace and Security Council said it would send observers to Brask.",
			[]want{{actor: "Peace and Security Council", kind: Pledge, reported: yes}}},
		{"a title that names its body is the body's", "",
			"Arctic Council Chair Ida Rask urged both sides to show restraint.",
			[]want{{actor: "Arctic Council", kind: Demand, reported: yes}}},
		{"a possessive before the title names the body", "",
			"Velm's President Ida Rask vowed on Sunday not to resign.",
			[]want{{actor: "Velm", kind: Refusal, reported: yes}}},
		{"the family name alone is the titled person's body", "Arctic Council Chair Ida Rask arrived in Velm on Monday.",
			"Rask urged both sides to show restraint.",
			[]want{{actor: "Arctic Council", kind: Demand, reported: yes}}},
		{"a person in apposition to a title of a state", "The Foreign Minister of Arden, Tomas Berg, arrived in Velm on Monday.",
			"Berg urged Velm to reopen the border crossing.",
			[]want{{actor: "Arden", kind: Demand, reported: yes, target: "Velm"}}},
		{"a title naming no body leaves the person unresolved in an article", "",
			"Interior Minister Ida Rask urged both sides to show restraint.",
			[]want{{actor: "Minister Ida Rask", kind: Demand, reported: yes}}},
		{"a quotation opening after its subject in a report", "",
			`Velm's president, Ida Rask, said his country "will not pay a cent under blackmail".`,
			[]want{{actor: "Velm", kind: Refusal, reported: yes}}},
		{"a quotation attributed to nobody inside a report is the reporter's", "",
			`Velm's president, Ida Rask, said the ban was lawful, and that his government "will not gamble with our flocks".`,
			[]want{{actor: "Velm", kind: Refusal, reported: yes}}},
		{"a quotation attributed to nobody outside any report commits nobody", "",
			`Crowds chanted "we will not leave" outside the palace in Velm.`, nil},
	})
	ministry := Speaker{Name: "Spokesperson", Organization: "Ministry of Foreign Affairs (Velm)"}
	checkArticleCases(t, ministry, []articleCase{
		{"the issuer's minister by portfolio", "Minister of Foreign Affairs Lee Min spoke with the Ambassador of Arden.",
			"Minister Lee asked that Arden release the crew without delay.",
			[]want{{actor: "Velm", kind: Demand, reported: yes, target: "Arden"}}},
		{"a prime minister's state is not said by the title", "",
			"Prime Minister Ida Rask urged both sides to show restraint.",
			[]want{{actor: "Prime Minister Ida Rask", kind: Demand, reported: yes}}},
		{"another portfolio is not the issuer's", "",
			"Trade Minister Ida Rask urged both sides to show restraint.",
			[]want{{actor: "Trade Minister Ida Rask", kind: Demand, reported: yes}}},
		{"a foreign minister named before with a demonym stays the foreign state's",
			"The Minister spoke with Ardenian Foreign Minister Tomas Berg about the crew held in Arden.",
			"Foreign Minister Berg urged Velm to reopen the border crossing.",
			[]want{{actor: "Arden", kind: Demand, reported: yes, target: "Velm"}}},
	})
}
