package commitment

import "testing"

// Rules by which a news article refers back to the actors it has named
// (issue 17), each on a sentence written for this test, read as Analyze
// reads a narrated text (readArticle).
func TestNewsReferenceRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []struct {
		name     string
		context  string // earlier sentences of the article, read first
		sentence string
		want     []want
	}{
		{"ministers from the two countries are both", "Velm and Arden demanded that the mill pay for the damage.",
			"Trade ministers from the two countries agreed to close the river to barges.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}, {actor: "Arden", kind: Pledge, reported: yes}}},
		{"the two governments in the ministers' report", "Velm and Arden demanded that the mill pay for the damage.\nTrade ministers from the two countries agreed to close the river to barges.",
			"The ministers said the two governments would sue the mill if it did not pay within a month.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}, {actor: "Arden", kind: Conditional, reported: yes}}},
		{"aid to the two countries is an object", "Velm and Arden demanded that the mill pay for the damage.",
			"Donors said aid to the two countries would arrive next week.", nil},
		{"the two countries with no pair named", "Velm demanded that the mill pay for the damage.",
			"Ministers from the two countries agreed to close the river to barges.", nil},
		{"not released until an event is a conditional refusal", "",
			"Velm's interior ministry said the barges would not be released until their owners paid the fines.",
			[]want{{actor: "Velm", kind: Conditional, polarity: Negative, reported: yes, condition: "until their owners paid the fines"}}},
		{"not released until a date is no condition", "",
			"Velm's interior ministry said the barges would not be released until Monday.", nil},
		{"a passive until an event without negation is no promise", "",
			"Velm's interior ministry said the barges would be held until their owners paid the fines.", nil},
		{"not … until with no reporter commits nobody", "",
			"Observers said the barges would not be released until their owners paid the fines.", nil},
		{"they after coordinated reporters is each", "",
			"Velm and Arden, which wrote the draft, said they would propose sanctions if the convoy was not freed.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}, {actor: "Arden", kind: Conditional, reported: yes}}},
		{"they after a single reporter is that reporter alone", "",
			"Velm's leaders said they would propose sanctions if the convoy was not freed.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"a group named by a body's opening adjectives is the body", "",
			"Western Arcadian foreign ministers agreed to send observers, the Western Arcadian Union said.",
			[]want{{actor: "Western Arcadian Union", kind: Pledge, reported: yes}}},
		{"the ministers after such a group are the body's",
			"Western Arcadian foreign ministers met in Velm, the Western Arcadian Union said.",
			"The ministers also agreed to send observers to Arden.",
			[]want{{actor: "Western Arcadian Union", kind: Pledge, reported: yes}}},
		{"the adjectives before another noun are no group", "",
			"Western Arcadian farmers agreed to send observers, the Western Arcadian Union said.", nil},
		{"days given to act are a demand", "",
			"Velm on Friday gave Arden 30 days to withdraw its troops from the border.",
			[]want{{actor: "Velm", kind: Demand, reported: yes, target: "Arden", action: "withdraw its troops from the border"}}},
		{"a deadline in words", "",
			"Velm gave the Arden government two weeks to reopen the crossing.",
			[]want{{actor: "Velm", kind: Demand, reported: yes, target: "Arden"}}},
		{"until a day to act is a demand", "",
			"Velm gave Arden until Friday to free the crew.",
			[]want{{actor: "Velm", kind: Demand, reported: yes, target: "Arden"}}},
		{"a gift is no demand", "", "Velm gave Arden 30 tonnes of grain to feed the refugees.", nil},
		{"time taken is no demand", "", "Velm gave no sign of backing down.", nil},
		{"the country in a ministry's report is its state", "",
			"Velm's defence ministry said the country would keep its troops in Arden.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"the region in a regional body's report is the body", "",
			"The Western Arcadian Union said the region would suspend Arden if the vote was cancelled.",
			[]want{{actor: "Western Arcadian Union", kind: Conditional, reported: yes, target: "Arden"}}},
		{"the region in a state's report is no actor", "",
			"Velm's defence ministry said the region would face more floods.", nil},
		{"a two-word name and a one-word name are two actors", "",
			"North Velm and Arden, which had pressed for a vote, urged Norrland to free the crew.",
			[]want{{actor: "North Velm", kind: Demand, reported: yes}, {actor: "Arden", kind: Demand, reported: yes}}},
		{"when conditions allow is a condition", "",
			"Velm's interior minister said the government would hold the vote when the security situation allows.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, condition: "when the security situation allows"}}},
		{"when with another verb is a time", "",
			"Velm's interior minister said the government would hold the vote when the rains end.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := readArticle(wire, c.context, c.sentence)
			if len(got) != len(c.want) {
				t.Fatalf("ExtractIn(%q) = %d commitments, want %d:\n%s", c.sentence, len(got), len(c.want), describe(got))
			}
			for i, w := range c.want {
				checkCommitment(t, c.sentence, got[i], w)
			}
		})
	}
}
