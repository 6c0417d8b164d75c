package commitment

import "testing"

// Passives that name their agent after "by", and a refusal held while an
// event lasts; each on sentences written for this test (none from the
// gold sets).
func TestPassiveAgentRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"criticised by a named actor", "", "The asset freeze was criticised by Galvia as illegal.",
			[]want{{actor: "Galvia", kind: Condemnation, reported: yes}}},
		{"strongly condemned by", "", "The attack was strongly condemned by the Ulmara Basin Community.",
			[]want{{actor: "Ulmara Basin Community", kind: Condemnation, strength: High, reported: yes}}},
		{"backed by", "", "The plan was backed by Hestmoor and two other states.",
			[]want{{actor: "Hestmoor", kind: Support, reported: yes}}},
		{"rejected by", "", "The proposal was rejected by Galvia on Monday.",
			[]want{{actor: "Galvia", kind: Refusal, polarity: Negative, reported: yes}}},
		{"a participle after its noun, with its agent", "", "Galvia welcomed the plan endorsed by Hestmoor's ministers at their meeting.",
			[]want{{actor: "Hestmoor", kind: Support, reported: yes}}},
		{"funded by a law is no support", "The Galvian Recovery Act passed in May.",
			"The projects, supported by the Galvian Recovery Act, will build three dams.", nil},
		{"a passive with no agent names nobody", "", "The asset freeze was criticised as illegal.", nil},
		{"a passive by an unnamed agent", "", "The plan is supported by many economists.", nil},
		{"a passive of a deed is no speech act", "", "The ship was seized by Galvia on Monday.", nil},
		{"refusing while an event lasts", "",
			"Galvia's prime minister said the government would not negotiate while the activists remained in detention.",
			[]want{{actor: "Galvia", kind: Conditional, polarity: Negative, condition: "while the activists remained in detention"}}},
		{"a contrast after a comma is no condition", "",
			"Galvia said it would not negotiate, while Hestmoor said it would send a delegation.",
			[]want{{actor: "Galvia", kind: Refusal, condition: ""}, {actor: "Hestmoor", kind: Pledge}}},
	})
	ministry := Speaker{Name: "Press Office", Organization: "Ministry of Foreign Affairs of Galvia"}
	checkArticleCases(t, ministry, []articleCase{
		{"no ransom will be paid by the issuer", "", "No ransom will be paid by the Galvian Government.",
			[]want{{actor: "Galvia", kind: Refusal, polarity: Negative, reported: no}}},
		{"what another will do in the passive is a forecast", "", "The talks will be hosted by Hestmoor.", nil},
		{"a second complement: no worker would be deported", "The Foreign Secretary met the Ambassador of Hestmoor.",
			"The Ambassador assured the Foreign Secretary that the wages would be paid and that no worker would be deported while his claim was pending.",
			[]want{{actor: "Hestmoor", kind: Pledge}, {actor: "Hestmoor", kind: Conditional, polarity: Negative, reported: yes}}},
	})
}

// Quotes attributed after them with an apposition or a body after "of",
// "would refuse to", and "allies" in a body's report; each on sentences
// written for this test.
func TestQuoteAndMemberRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a speaker after the quote with a name in apposition", "Galvia closed its border with Hestmoor.",
			`"We will not back down," Galvia's foreign minister, Corvina Thane, told reporters in Tiberon on Monday.`,
			[]want{{actor: "Galvia", kind: Pledge, strength: High, reported: yes}}},
		{"a titled speaker of a state", "Galvia closed its border with Hestmoor.",
			`"We will not back down," said Foreign Minister Corvina Thane of Galvia on Monday.`,
			[]want{{actor: "Galvia", kind: Pledge, strength: High, reported: yes}}},
		{"would refuse to", "", "The Galvian Stevedores' Guild said its members would refuse to unload ships from Hestmoor.",
			[]want{{actor: "Galvian Stevedores' Guild", kind: Refusal, polarity: Negative, reported: yes, action: "unload ships from Hestmoor"}}},
		{"allies in an alliance's report", "",
			`The Orne Defence Alliance said it would send experts and that allies stood "in full solidarity" with Galvia.`,
			[]want{{actor: "Orne Defence Alliance", kind: Pledge, action: "send experts"}, {actor: "Orne Defence Alliance", kind: Support, strength: High, target: "Galvia"}}},
		{"allies in a state's report are not the state", "",
			`Galvia said that allies stood "in full solidarity" with it.`, nil},
	})
}

// A reporter named after the words it reports, at the end of the
// sentence; each on sentences written for this test.
func TestTrailingReporterRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"he added", "Galvia's agriculture minister, Corvina Thane, announced the ban on Monday.",
			"Galvia could allow imports from regions far from the outbreak once the inspectors had confirmed they were safe, she added.",
			[]want{{actor: "Galvia", kind: Conditional, strength: Low, reported: yes}}},
		{"a named reporter with a time after it", "",
			"The crossing would reopen to lorries once the fees were paid, Galvia's transport ministry said on Monday.",
			[]want{{actor: "Galvia", kind: Conditional, reported: yes}}},
		{"a clause after the comma is no attribution", "",
			"Asked whether soldiers would also unload the ships, the minister said no decision had been taken.", nil},
	})
}

// Quotations attributed to an official the reader places by the office
// after the name, or by a title of the issuer's ministry, a quoted "must",
// and a second addressee after "and on"; each on sentences written for
// this test.
func TestQuotedOfficialRules(t *testing.T) {
	ngo := Speaker{Name: "Press Office", Organization: "Orne Relief Society (news release)"}
	checkArticleCases(t, ngo, []articleCase{
		{"a name placed by its office after it", "",
			`"The emblem must be respected at all times," said Corvina Thane, head of the Orne Relief Society delegation in Tiberon.`,
			[]want{{actor: "Orne Relief Society", kind: Demand, strength: High, reported: yes}}},
		{"a name with no office after it stays the person's", "",
			`"The emblem must be respected at all times," said Corvina Thane, who arrived on Monday.`,
			[]want{{actor: "Corvina Thane", kind: Demand, reported: yes}}},
		{"a second addressee after and on", "Protests spread across Galvia on Monday.",
			"The Society calls on the Galvian authorities and on all those taking part in the protests to exercise restraint.",
			[]want{{actor: "Orne Relief Society", kind: Demand, target: "Galvia"}}},
	})
	ministry := Speaker{Name: "Press Office", Organization: "Secretariat of Foreign Affairs (Republic of Galvia)"}
	checkArticleCases(t, ministry, []articleCase{
		{"a foreign secretary of a secretariat of foreign affairs", "",
			`"Galvia will not abandon its nationals," said Foreign Secretary Marlowe.`,
			[]want{{actor: "Galvia", kind: Refusal, reported: yes}}},
		{"a trade secretary of a secretariat of foreign affairs is not placed", "",
			`"Galvia will not abandon its nationals," said Trade Secretary Marlowe.`, nil},
	})
}

// A quotation's speaker named past an aside or in the sentence after, and
// a body named by function referred back to; each on sentences written for
// this test.
func TestFarSpeakerRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Ellery Wire (news agency)"}
	checkArticleCases(t, wire, []articleCase{
		{"a speaker past a relative aside", "Galvia's foreign minister, Corvina Thane, arrived on Sunday.",
			`"We will not back down," the minister, who arrived in the capital on Sunday after a week of talks, said.`,
			[]want{{actor: "Galvia", kind: Pledge, strength: High, reported: yes}}},
		{"the regulator after the country's banking regulator", "Galvia froze the assets of three banks.\nThe country's banking regulator said it would review the freeze.",
			"The regulator also urged depositors not to withdraw their savings.",
			[]want{{actor: "country's banking regulator", kind: Demand, polarity: Negative, reported: yes}}},
		{"the regulator with none named before names nobody", "Galvia froze the assets of three banks.",
			"The regulator also urged depositors not to withdraw their savings.", nil},
	})
	// A quotation that closes in the next sentence, whose speaker is named there.
	first := `"We will rebuild every school in the valley.`
	second := `We will not leave anyone behind," Galvia's education minister said.`
	g := DefaultGazetteer().ForStatement(first+" "+second, wire)
	d := NewDiscourse(wire)
	d.Next(second)
	got := ExtractIn(first, wire, g, d)
	if len(got) != 1 || got[0].Actor != "Galvia" || got[0].Kind != Pledge || !got[0].Reported {
		t.Errorf("a quotation closing in the next sentence: got %s, want Galvia's reported pledge", describe(got))
	}
	d.Next("")
	got = ExtractIn(second, wire, g, d)
	if len(got) != 1 || got[0].Actor != "Galvia" || got[0].Kind != Refusal {
		t.Errorf("the sentence that closes it: got %s, want Galvia's refusal", describe(got))
	}
	d2 := NewDiscourse(wire)
	d2.Next("The ministry said nothing more.")
	if got := ExtractIn(first, wire, g, d2); len(got) != 0 {
		t.Errorf("a quotation the next sentence does not close: got %s, want none", describe(got))
	}
}
