package commitment

import "testing"

// What a reporter undertakes for its own parts (parts.go), each on a
// sentence written for this test (none from the gold sets).
func TestNewsPartsRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		{"the reporter's army", "", "Velm's defence ministry said the army would escort the grain convoys.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "the army would escort the grain convoys"}}},
		{"the reporter's units in a passive", "", "Velm's interior minister said two brigades would be sent to the border by Sunday.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"teams after a preposition phrase", "", "Velm's defence ministry said patrols along the coast would continue until the smugglers are caught.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}}, // held until an event, as the gold reads "until"
		{"his troops are the reporter's", "", "Velm's defence minister said his troops would leave the valley in March.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"a measure the reporter keeps", "", "Velm's trade ministry said the ban would remain in place until the harvest.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"a passive on a condition", "", "Velm's transport ministry said the ferry would be released once its papers are checked.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, condition: "once its papers are checked"}}},
		{"a passive after a coordinated past", "", "Velm's transport ministry said the ferry had broken the rules and would be released if its owner paid a fine.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"a passive with no condition is no promise", "", "Velm's finance minister said the money would be paid through the banks.", nil},
		{"talks are nobody's part", "", "Velm's foreign minister said the talks would resume in May.", nil},
		{"another actor's army is not the reporter's", "", "Velm's foreign minister said Arden's army would cross the river.", nil},
		{"a part with no named reporter commits nobody", "", "Analysts said the army would escort the convoys.", nil},
		{"a part after vowed that", "", "Velm's interior minister said the government would not negotiate and vowed that the police would find the kidnappers.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}, {actor: "Velm", kind: Pledge, reported: yes}}},
		{"a part in a report of an unnamed official", "",
			"According to a Velm official, the army chief told his counterpart that patrols would continue as long as the raids go on.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"a supply resumed on a condition is the supplier's", "",
			"Velm's energy ministry said supplies would resume once Arden had settled its arrears.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"a supply resuming with no condition is a forecast", "", "Velm's energy ministry said supplies would resume on Monday.", nil},
		{"a crossing kept shut until an event", "",
			"Velm's interior ministry said the border would stay closed to Arden's trucks until the debt was paid.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"a crossing's state with no keeping verb is a forecast", "", "Velm's interior ministry said the border would be busy.", nil},
		{"a union's strike kept up until an event", "",
			"The Velm Dockworkers' Federation said the strike would continue until the operator dropped its plans.",
			[]want{{actor: "Velm Dockworkers' Federation", kind: Conditional, reported: yes}}},
		{"talks resuming once is still a forecast", "", "Velm's minister said the talks would resume once the fighting stopped.", nil},
	}
	checkArticleCases(t, wire, cases)
}
