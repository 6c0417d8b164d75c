package commitment

import "testing"

// Rules of conditions, deferred requests, negative objects and whom a
// reporter's official speaks for, each on a sentence written for this test
// (none from the gold sets), negative cases included.
func TestNewsFramesRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		// Conditions.
		{"if any of is a condition", "", "Velm said it would freeze its loan to Arden if any of its ships was seized.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, condition: "if any of its ships was seized"}}},
		{"few, if any, is no condition", "", "Velm said it would send few, if any, ships to the strait.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"the moment an event happens is a condition", "", `The Velm Food Agency said it would truck flour in "the moment the bridge reopens".`,
			[]want{{actor: "Velm Food Agency", kind: Conditional, reported: yes, condition: "the moment the bridge reopens"}}},
		{"at the moment is a time", "", "Velm said it would keep its embassy open at the moment the talks began.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"only when is a condition", "", "Velm said it would lift the curfew only when Arden freed the crew.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, condition: "only when Arden freed the crew"}}},
		{"for as long as it takes is no condition", "", "Velm said it would keep helping Arden for as long as it takes.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"as long as necessary is no condition", "", "Velm said it would keep its troops in the port as long as necessary.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"as long as an event holds is a condition", "", "Velm said it would keep its troops in the port as long as the truce held.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"until a date before the next predicate is a time", "",
			"Velm's mining ministry said the country would carry on drilling until the end of the month and demanded that Arden recall its ships.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}, {actor: "Velm", kind: Demand, reported: yes, target: "Arden"}}},
		{"until coordinated actors act is a condition", "", "Velm said it would keep its troops there until Arden and Norrland signed the accord.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		// A request still to be made.
		{"would ask is a pledge to ask", "", "Velm said it would ask the regional court to rule on the boundary.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"might ask is a hedge", "", "Velm said it might ask the UN refugee agency to help house the families.",
			[]want{{actor: "Velm", kind: Hedge, strength: Low, reported: yes}}},
		{"would never ask is a refusal", "", `Velm said it would "never ask permission to fish in its own waters".`,
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"might ask on a condition is conditional", "", "Velm said it might ask the court to review the case if the talks failed.",
			[]want{{actor: "Velm", kind: Conditional, strength: Low, reported: yes}}},
		{"asking if is a question", "", "Velm said it would ask if the court could rule on the boundary.", nil},
		{"a request made is still a demand", "", "Velm asked the regional court to rule on the boundary.",
			[]want{{actor: "Velm", kind: Demand, reported: yes}}},
		// A negative object.
		{"take no part is a refusal", "", "The Velm Doctors' Union said its members would take no part in any force-feeding.",
			[]want{{actor: "Velm Doctors' Union", kind: Refusal, polarity: Negative, reported: yes}}},
		{"pay no ransom is a refusal", "", "Velm said it would pay no ransom.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"spare no effort is a pledge", "", "Velm said it would spare no effort to free the crew.",
			[]want{{actor: "Velm", kind: Pledge, polarity: Positive, reported: yes}}},
		{"leave no one behind is a pledge", "", "Velm said it would leave no one behind.",
			[]want{{actor: "Velm", kind: Pledge, polarity: Positive, reported: yes}}},
		// Whom an official or a mission speaks for.
		{"an office's remit is not its owner", "", "Velm's humanitarian coordinator for Arden, Ida Rask, called on both sides to let food into the city.",
			[]want{{actor: "Velm", kind: Demand, reported: yes, target: "both sides"}}},
		{"a spokesman for a state is the state's", "", "A spokesman for Arden urged both governments to show restraint.",
			[]want{{actor: "Arden", kind: Demand, reported: yes}}},
		{"a pronoun for an official is the official's body", "The WHO's regional director, Tomas Berg, said the agency would send more doctors to Arden.",
			"He urged neighbouring states not to close their borders.",
			[]want{{actor: "World Health Organization", kind: Demand, polarity: Negative, reported: yes}}},
		{"the WHO is no relative who", "", "The WHO said it would send more doctors to Arden.",
			[]want{{actor: "World Health Organization", kind: Pledge, reported: yes}}},
		{"an embassy speaks for the state that sends it", "", "On Monday the Embassy of Velm in Arden lodged a protest and requested consular access to the fishermen.",
			[]want{{actor: "Velm", kind: Condemnation, reported: yes}, {actor: "Velm", kind: Demand, reported: yes, action: "consular access to the fishermen", target: ""}}},
		{"Brussels is the EU's seat", "", "Velm's trade commissioner said Brussels could consider a complaint if supplies were cut.",
			[]want{{actor: "European Union", kind: Conditional, strength: Low, reported: yes}}},
		{"a minister named by title alone is the article's state's", "A rebel group in eastern Velm said it would keep the road closed.",
			"Defence Minister Ida Rask told parliament that the army would not give up a single metre.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"a minister named with a state is that state's", "Velm accused Arden of a cyberattack.",
			"Ardenian Foreign Minister Tomas Berg said the government would not hand over the suspects.",
			[]want{{actor: "Arden", kind: Refusal, polarity: Negative, reported: yes}}},
		// Coordinated reporters.
		{"two names of two words each are two actors", "", "Carrow Aid and Lumen Health said they would leave the valley.",
			[]want{{actor: "Carrow Aid", kind: Pledge, reported: yes}, {actor: "Lumen Health", kind: Pledge, reported: yes}}},
		{"two names in apposition to a common noun", "", "Two charities, Carrow Aid and Lumen Health, said they would leave the valley unless the shelling stopped.",
			[]want{{actor: "Carrow Aid", kind: Conditional, reported: yes}, {actor: "Lumen Health", kind: Conditional, reported: yes}}},
		{"a ministry with and in its portfolio is one name", "", "The Ministry of Foreign Affairs and Trade of Velm said it would send observers.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"a long relative clause after coordinated reporters", "",
			"Velm and Arden, whose shipyards build most of the rest of the region's ferries, said they would look for other suppliers.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}, {actor: "Arden", kind: Pledge, reported: yes}}},
		// A reporter's own "could", its teams, and a quotation's "she said".
		{"a reporter's own could is a hedge", "", "Velm's port authority said it could handle a limited number of extra ships.",
			[]want{{actor: "Velm", kind: Hedge, strength: Low, reported: yes}}},
		{"another's could is a forecast", "", "Experts said Velm could face sanctions.", nil},
		{"could be is no undertaking", "", "Velm said it could be ready by May.", nil},
		{"a body's teams stand ready for it", "", "Velm said UN teams stood ready to help evacuate families.",
			[]want{{actor: "United Nations", kind: Pledge, reported: yes}}},
		{"she said after a quotation is the speaker before", "Velm's health minister, Ida Rask, said the hospitals would stay open.",
			`"We will not pay a single crown to those who hold our hospitals to ransom," she said.`,
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
	}
	checkArticleCases(t, wire, cases)
}
