package commitment

import "testing"

// Reporters set off by asides and coordinated reporters' parts, each on a
// sentence written for this test (none from the gold sets).
func TestNewsAsideRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		{"a plural possessive in an apposition", "", "Velm and Arden, the mission's two largest donors, said they would fund the clinics.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}, {actor: "Arden", kind: Pledge, reported: yes}}},
		{"a plural possessive names one body", "", "The Coastal Growers' Union said it would block the road on Monday.",
			[]want{{actor: "Coastal Growers' Union", kind: Pledge, reported: yes}}},
		{"a name ending a relative aside is not the reporter", "",
			"Velm, which shares a long border with Arden, said it would open two crossings.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "open two crossings"}}},
		{"a relative aside after a preposition", "",
			"Velm, through which most of the grain is shipped, said it would keep its ports open.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"an apposition with a participle after its head", "",
			"Quillon Trust, a rights group based in Arden, said it would send a lawyer to the hearing.",
			[]want{{actor: "Quillon Trust", kind: Pledge, reported: yes}}},
		{"coordinated reporters' parts", "",
			"Velm and Arden, which patrol the strait, said their ships would stay until the talks ended.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}, {actor: "Arden", kind: Conditional, reported: yes}}},
		{"another reporter's condition stays in its clause", "",
			"Velm said it would reopen its embassy, and Arden said it could consider doing so if the fighting stopped.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}, {actor: "Arden", kind: Conditional, strength: Low, reported: yes}}},
		{"a forecast after an aside commits nobody", "", "Velm, which borders Arden, said the talks would resume in May.", nil},
		{"a name ending an aside, forecast", "", "Velm, whose ships use the port of Arden, said prices would rise.", nil},
		{"a quotation in single marks is no possessive", "", "Velm called the plan ‘a trap for farmers’ and said it would not sign it.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"until a time is no condition", "", "Velm said its ships would stay until the end of March.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
	}
	checkArticleCases(t, wire, cases)
}
