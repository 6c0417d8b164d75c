package commitment

import "testing"

// Offers a report recounts ("said it was ready to …", "was willing to …"),
// each on a sentence written for this test (none from the gold sets).
func TestNewsOfferRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		{"willing to, on a condition", "", "Velm said it was willing to join the talks provided that every creditor was treated alike.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, action: "join the talks"}}},
		{"prepared to, after a second verb", "", "Velm's envoy told the council that Velm would not block the vote and was prepared to send observers.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}, {actor: "Velm", kind: Pledge, reported: yes, action: "send observers"}}},
		{"a named actor's readiness, reported by someone unnamed", "", "A bank spokeswoman said Velm stood ready to lend to Arden.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, target: "Arden"}}},
		{"ready to support is an offer of help", "", "Velm said it stood ready to support the mediation.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "support the mediation"}}},
		{"a second complement keeps its own condition", "",
			"Velm said it stood ready to help Arden, but that it could lend only once the other creditors agreed.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, condition: ""}, {actor: "Velm", kind: Conditional, strength: Low, reported: yes}}},
		{"a name described in apposition reports", "", "Norvex Shipping, Arden's largest ferry operator, said it would cut three routes if the ban lasted.",
			[]want{{actor: "Norvex Shipping", kind: Conditional, reported: yes}}},
		{"an apposition does not make a forecast an undertaking", "", "Velm, Arden's neighbour, said the talks would resume in May.", nil},
		{"provided that is a condition, not a complement", "", "Velm said it would lift the ban provided that the inspections were completed.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, condition: "provided that the inspections were completed"}}},
		{"readiness in a forecast is no offer", "", "Analysts expect that Velm is ready to give in.", nil},
		{"the readiness of an unnamed thing commits nobody", "", "Velm's minister said the talks were ready to resume.", nil},
		{"past readiness in narration is no offer", "", "Velm was ready to sign the deal last year.", nil},
	}
	checkArticleCases(t, wire, cases)
}
