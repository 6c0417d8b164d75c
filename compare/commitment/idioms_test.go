package commitment

import "testing"

// Turns that commit without a verb of committing; each on sentences
// written for this test (none from the gold sets).
func TestIdiomRules(t *testing.T) {
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"in no way weaken a commitment", "",
			"This cowardly attack will in no way weaken Galvia's commitment to peacekeeping.",
			[]want{{actor: "Galvia", kind: Reaffirmation, strength: High}}},
		{"nothing will shake our support", "", "These threats will not shake our support for Hestmoor.",
			[]want{{actor: "Galvia", kind: Support, strength: High, target: "Hestmoor"}}},
		{"weakening a fence is no stance", "", "The storm will not weaken the bridge.", nil},
		{"those responsible will face action", "",
			"Employment brokers that cheated the workers will face legal action under the labour code.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"hardship faced is no threat", "", "Farmers will face difficult challenges this winter.", nil},
		{"our assistance will continue", "",
			"Our assistance for health and education, which is delivered through local charities, will continue.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"their assistance will continue is a forecast", "", "Their assistance will continue.", nil},
	})
}
