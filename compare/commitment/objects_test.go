package commitment

import "testing"

// Speech acts named by their object (objects.go), each on a sentence
// written for this test (none from the gold sets).
func TestObjectSpeechActs(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a promise of a noun phrase", "", "Velm's president promised an independent inquiry into the shooting.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "an independent inquiry into the shooting"}}},
		{"a vow dated before not to", "", "Velm's president vowed on Sunday not to step down.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes, action: "step down"}}},
		{"an offer to act", "", "Velm offered to send a team of mediators if both sides agreed.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, action: "send a team of mediators"}}},
		{"an offer dated before its to", "", "Velm offered on Monday to host the talks.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"a promise to a hearer with a clause is a report", "", "Velm's minister assured the families that the bodies would be returned.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "the bodies would be returned"}}},
		{"an offer of a noun is no pledge", "", "Velm offered condolences to the families.", nil},
		{"a promise kept in the past is no pledge", "", "Velm kept the promise it had made.", nil},
		{"rejecting an accusation denies it", "", "Velm rejected the accusation as a fabrication.", nil},
		{"rejecting a demand refuses it", "", "Velm rejected calls for a recount.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
	})
	ministry := Speaker{Name: "Spokesperson", Organization: "Ministry of Foreign Affairs (Velm)"}
	checkArticleCases(t, ministry, []articleCase{
		{"an assurance of support, recounted", "", "I spoke with the Prime Minister of Arden and assured him of Velm's full support.",
			[]want{{actor: "Velm", kind: Support, strength: High, reported: yes}}},
		{"a readiness conveyed", "", "We conveyed to our counterpart the readiness of Velm to send observers if the parties so requested.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"an announcement of a measure, now", "", "Velm announces the suspension of its flights to Arden.",
			[]want{{actor: "Velm", kind: Pledge, target: "Arden", reported: no}}},
		{"an announcement made before is a past act", "", "Velm announced the closure of its consulate last year.", nil},
		{"baseless allegations are denied", "", "Velm firmly rejects these baseless allegations.", nil},
		{"an assurance with a clause is read as a report", "", "The Minister assured him that Velm would send observers.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
	})
	checkArticleCases(t, ministry, []articleCase{
		{"an expected conduct is asked", "", "Velm expects full cooperation with the inquiry.",
			[]want{{actor: "Velm", kind: Demand, action: "full cooperation with the inquiry"}}},
		{"that as a determiner before to", "", "I expect that undertaking to be kept.",
			[]want{{actor: "Velm", kind: Demand, action: "be kept"}}},
		{"expect that with a clause forecasts", "", "We expect that the talks will resume.", nil},
		{"an expected outcome is no demand", "", "Velm expects heavy rain in the north.", nil},
	})
	us := Speaker{Name: "Press Secretary", Organization: "The White House (United States)"}
	checkArticleCases(t, us, []articleCase{
		{"a name ending in states reports nothing", "", "The United States will not take part in the strikes.",
			[]want{{actor: "United States", kind: Refusal, reported: no}}},
		{"the speaker in its official's report is recounted", "", "The Secretary told his counterpart that the United States would send a team.",
			[]want{{actor: "United States", kind: Pledge, reported: yes}}},
	})
}
