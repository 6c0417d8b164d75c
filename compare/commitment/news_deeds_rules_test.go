package commitment

import "testing"

// What a report recounts as deeds, and bodies named short, each on a
// sentence written for this test (none from the gold sets).
func TestNewsDeedRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		{"going on is a deed in a report", "", "Tidewell Radio said it would go on broadcasting from abroad.",
			[]want{{actor: "Tidewell Radio", kind: Pledge, reported: yes, action: "go on broadcasting from abroad"}}},
		{"handing over is a deed in a report", "", "Velm said it would not hand over the suspects.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"closing the border is a deed in a report", "", "Velm said it would close the border if the fighting spread.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, action: "close the border"}}},
		{"a speaker's talk about the talk stays talk", "", `"I will now hand over to my colleague," the minister said.`, nil},
		{"not yielding to something refuses to give in", "", "Velm said it would not yield to pressure from its neighbours.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"not yielding alone vows to go on", "", "Velm said it would not yield.",
			[]want{{actor: "Velm", kind: Pledge, strength: High, reported: yes}}},
		{"a body's head word alone is the body", "The Free Tarn Brigades seized the airport on Sunday.",
			"Brigade leaders said on Monday that they would hand over the airport to a neutral force.",
			[]want{{actor: "Free Tarn Brigades", kind: Pledge, reported: yes}}},
		{"a surname alone is not a body's head", "Velm's minister, Ana Tarn, met the envoy on Sunday.",
			"Tarn said the talks would resume.", nil},
		{"an irregular plural's possessive inside a name", "",
			"The Velm People's Army said it would free the hostages if its fighters were released.",
			[]want{{actor: "Velm People's Army", kind: Conditional, reported: yes}}},
		{"a compass adjective alone names nobody", "",
			"According to two Western diplomats, the minister said the troops would not move until the hostages were freed.", nil},
	}
	checkArticleCases(t, wire, cases)
}
