package commitment

import "testing"

// An official statement's own voice (ownvoice.go): what the issuer says
// its own units, staff, services, programmes and nationals will do, or
// what will be done, it undertakes; forecasts, events, schedules and
// third parties stay no commitment. Sentences written for this test
// (none from the gold sets).
func TestOwnVoiceRules(t *testing.T) {
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		// the issuer's units and staff, marked as its own
		{"our unit", "", "Our border guards will escort the lorries to the port.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"a unit of the issuer's demonym", "", "Two officers of the Galvian police will travel to Hestmoor tomorrow.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"a demonym's staff", "", "Galvian consular officers will visit the detainees every week.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"a unit named for itself", "", "The Consulate General will remain closed until its safety is assured.",
			[]want{{actor: "Galvia", kind: Conditional, condition: "until its safety is assured"}}},
		{"a unit the issuer's possessive opens", "", "Galvia's Bureau of Overseas Employment will pay each family a grant.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"the national carrier", "", "Two aircraft of the national carrier will fly to Hestmoor on Friday.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		// agentless passives of acts in the issuer's voice
		{"nationals evacuated", "", "Nationals who cannot reach the port will be evacuated by land.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"a request sent", "", "That request will be sent tomorrow.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"a passive threat after an opening clause", "",
			"Should the company fail to pay, its licence will be revoked.",
			[]want{{actor: "Galvia", kind: Conditional}}},
		{"a supply cut off on a condition", "", "If the camp is not closed by Monday, the supply of fuel to the camp will be cut off.",
			[]want{{actor: "Galvia", kind: Conditional}}},
		{"a supply resumed on a condition", "", "Disbursements will resume as soon as the accounts are audited.",
			[]want{{actor: "Galvia", kind: Conditional}}},
		// forecasts, events, schedules, means and third parties
		{"a river rises", "", "The river will rise further over the weekend.", nil},
		{"prices fall", "", "Fuel prices will fall once the port reopens.", nil},
		{"a storm reaches", "", "The storm will reach the coast on Tuesday.", nil},
		{"talks take place", "", "The talks will take place in Geneva next week.", nil},
		{"a meeting held", "", "The next round will be held in Geneva.", nil},
		{"funds from a budget", "", "These measures will be funded from the emergency reserve.", nil},
		{"a means", "", "The assistance will be delivered through local partners.", nil},
		{"an outcome", "", "Thousands of homes will be flooded if the dam fails.", nil},
		{"another's passive deed", "", "Any decision will be taken by the council of elders.", nil},
		{"another's unit", "", "Hestmoorian border guards will patrol the bridge.", nil},
		{"unmarked troops", "", "The troops will withdraw from the valley by Friday.", nil},
		{"a unit that suffers", "", "Our peacekeepers will face new dangers in the valley.", nil},
		{"what a thing will be like", "", "The new partnership will be based on the principles of open trade.", nil},
		{"made in a place", "", "Every turbine will be made in Galvia.", nil},
		{"a relative's passive", "", "Galvia will provide a loan that will be repaid from future revenues of the port.",
			[]want{{actor: "Galvia", kind: Pledge}}},
		{"a feared outcome", "", "Patients live in fear that their records will be disclosed.", nil},
		{"a noun's complement", "", "The agreement contains guarantees that refugees will be protected.", nil},
		{"reported, not own voice", "", "The Minister of Hestmoor said the border would be reopened.",
			[]want{{actor: "Hestmoor", reported: yes}}},
	})
}
