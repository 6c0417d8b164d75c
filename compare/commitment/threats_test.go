package commitment

import "testing"

// Threats without "if" (threats.go), each on a sentence written for this
// test (none from the gold sets).
func TestThreatsOnAnyAct(t *testing.T) {
	ministry := Speaker{Name: "Spokesperson", Organization: "Ministry of Foreign Affairs (Velm)"}
	checkArticleCases(t, ministry, []articleCase{
		{"any attack will be met with", "", "Any attack on our vessels will be met with a firm response.",
			[]want{{actor: "Velm", kind: Conditional, reported: no, condition: "Any attack on our vessels"}}},
		{"any aircraft will be shot down, after another clause", "",
			"Our air defences remain on alert, and any drone entering our airspace will be shot down.",
			[]want{{actor: "Velm", kind: Conditional, condition: "any drone entering our airspace"}}},
		{"a response to any act", "", "Velm will respond firmly to any further provocation.",
			[]want{{actor: "Velm", kind: Conditional, condition: "to any further provocation"}}},
		{"a response to a named thing is a pledge", "", "Velm will respond to the letter next week.",
			[]want{{actor: "Velm", kind: Pledge, condition: ""}}},
		{"any help welcomed threatens nobody", "", "Any assistance will be welcomed by the families.", nil},
		{"any decision taken is a forecast", "", "Any decision will be taken by the council.", nil},
	})
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a reported threat on any attempt", "", "Velm's defence minister warned that any attempt to cross the border would be met with force.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"a reported response to any act", "", `Velm said it would "respond in kind" to any expulsion of its diplomats.`,
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"analysts' warning commits nobody", "", "Analysts warned that any delay would be punished by the markets.", nil},
		{"a narrator's any threatens nobody", "", "Any attack on the convoy would be met with force.", nil},
	})
}
