package commitment

import "testing"

// Whole classes of English verbs and idioms of refusing, considering,
// offering, undertaking and advising, each on sentences written for this
// test (none from the gold sets).
func TestNewsVerbClassRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		{"had no intention of refuses", "", "Velm's trade minister said the government had no intention of lifting the ban.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"had no plans to refuses", "", "Velm said it had no plans to close the border.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"turned the offer down refuses", "", "Velm's finance ministry turned the offer down.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"turned down the offer refuses", "", "Velm turned down the offer of a loan.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"turned the lights down is no refusal", "", "Velm turned the heating down in its offices.", nil},
		{"declined to refuses", "", "Velm declined to extend the deadline.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"declined to comment is no refusal", "", "Velm declined to comment.", nil},
		{"did not rule out hedges", "", "Velm's minister did not rule out extending the deadline.",
			[]want{{actor: "Velm", kind: Hedge, strength: Low, reported: yes}}},
		{"was considering hedges", "", "Velm said it was considering sanctions on Arden.",
			[]want{{actor: "Velm", kind: Hedge, strength: Low, reported: yes}}},
		{"would consider hedges", "", "Velm said it would consider any proposal from Arden.",
			[]want{{actor: "Velm", kind: Hedge, strength: Low, reported: yes}}},
		{"would consider doing is an offer", "", "Velm said it would consider inviting observers.",
			[]want{{actor: "Velm", kind: Pledge, strength: Median, reported: yes}}},
		{"has offered to pledges", "", "Velm has offered to host the talks.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"asked both sides not to", "", "Velm asked both sides not to comment on the case.",
			[]want{{actor: "Velm", kind: Demand, polarity: Negative, reported: yes}}},
		{"warned against demands", "", "Velm warned Arden against closing the strait.",
			[]want{{actor: "Velm", kind: Demand, polarity: Negative, reported: yes}}},
	}
	checkArticleCases(t, wire, cases)
}

func TestStatementVerbClassRules(t *testing.T) {
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"does not rule out hedges", "", "The Government of Galvia does not rule out requesting a meeting of the Council.",
			[]want{{actor: "Galvia", kind: Hedge, strength: Low}}},
		{"advises against demands", "", "Galvia advises all travellers against visiting the border area.",
			[]want{{actor: "Galvia", kind: Demand, polarity: Negative}}},
		{"advises travellers to demands", "", "Galvia advises travellers to leave the border area.",
			[]want{{actor: "Galvia", kind: Demand}}},
		{"allocated in the past is a deed", "", "Galvia allocated 2 million dollars to the relief effort last year.", nil},
		{"releasing a report of a year is no sum", "", "Galvia is releasing the 2024 Report on Small Farms.", nil},
		{"a letter cautioning against practices is no demand", "", "The letter cautions against those practices that may be unlawful.", nil},
		{"releasing prisoners is no sum", "", "Galvia is releasing the prisoners.", nil},
		{"considering that is no hedge", "", "Considering that the talks failed, Galvia is recalling its envoy.", nil},
		{"I am announcing today pledges", "", "Today I am announcing 5 million dollars for the affected provinces.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"we are releasing pledges", "", "We are releasing 2 million dollars from our emergency fund to support the relief effort.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"for as long as the need lasts is a pledge", "", "Galvia will remain in the region for as long as the emergency lasts.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"for as long as another acts is a condition", "", "Galvia will keep its embassy closed for as long as Hestmoor holds the crew.",
			[]want{{actor: "Galvia", kind: Conditional}}},
	})
}
