package commitment

import "testing"

func TestCanonicalName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"the Government of the Republic of Taloria", "Taloria"},
		{"Federative Republic of Velm", "Velm"},
		{"the Hashemite Kingdom of Arden", "Arden"},
		{"Plurinational State of Norrland", "Norrland"},
		{"Democratic Republic of Ostmark", "Democratic Republic of Ostmark"},       // tells two states apart
		{"United Kingdom of Great Britain and Northern Ireland", "United Kingdom"}, // a formal name looked up
		{"United Republic of Norrland", "United Republic of Norrland"},             // "United …" keeps its name
		{"the United Mexican States", "Mexico"},
		{"Hellenic Republic", "Greece"},
		{"Republic of Korea", "South Korea"},
		{"Democratic People's Republic of Korea", "North Korea"},
		{"Ministry of Foreign Affairs of Velm", "Velm"},
		{"Ministry of Foreign Affairs of the Republic of Velm", "Velm"},
		{"Ministry of Foreign Affairs", "Ministry of Foreign Affairs"},
		{"Department of State", "Department of State"},
		{"Council of Northern States", "Council of Northern States"},
	} {
		if got := canonicalName(c.in); got != c.want {
			t.Errorf("canonicalName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIssuerName(t *testing.T) {
	for _, c := range []struct{ organization, want string }{
		{"Ministry of Foreign Affairs (Velm)", "Velm"},
		{"Department of Foreign Affairs (Arden)", "Arden"},
		{"Global Affairs Canada (Government of Canada)", "Canada"},
		{"Ministry of Foreign Affairs", "Ministry of Foreign Affairs"},
		{"Harbour Wire (news agency)", "Harbour Wire"},
		{"Council of Northern States (Velm presidency)", "Council of Northern States"},
		{"Ministry for Foreign Affairs (Velm)", "Velm"},
		{"Minister of Foreign Affairs (Arden)", "Arden"},
		{"Secretary of State for Foreign Affairs (Arden)", "Arden"},
		{"Department of Foreign Affairs (Republic of Velm)", "Velm"},
		{"Office for Coastal Affairs (Velm)", "Velm"},
		{"Ministry for Foreign Affairs", "Ministry for Foreign Affairs"},
		// The acronym spells across the commas: one name.
		{"Northern Maritime, Fisheries and Coastal Organization (NMFCO)", "Northern Maritime, Fisheries and Coastal Organization"},
		{"Ministry of Foreign Affairs, Velm", "Velm"},
	} {
		if got := issuerName(Speaker{Organization: c.organization}); got != c.want {
			t.Errorf("issuerName(%q) = %q, want %q", c.organization, got, c.want)
		}
	}
}

func TestAcronymAcrossCommas(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"Northern Maritime, Fisheries and Coastal Organization (NMFCO)", "Northern Maritime, Fisheries and Coastal Organization"},
		// The acronym spells the last part alone: its commas part names.
		{"Ministry of Foreign Affairs, Northern Fisheries Organisation (NFO)", ""},
		{"Northern Fisheries Organisation (NFO)", ""}, // no comma
		{"Ministry of Foreign Affairs, Velm", ""},     // no acronym
		{"Coastal, Fisheries and Marine Office (Velm)", ""},
	} {
		name, _, ok := acronymAcrossCommas(c.in)
		if ok != (c.name != "") || name != c.name {
			t.Errorf("acronymAcrossCommas(%q) = %q, %v; want %q", c.in, name, ok, c.name)
		}
	}
}

func TestOwnAcronym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Office of the United Nations High Commissioner for Refugees (UNHCR)", "UNHCR"},
		{"Northern Fisheries Organisation (NFO)", "NFO"},
		{"Grain and Pasture Organization of the United Nations (GPO)", "GPO"}, // spells the start; the rest qualifies it
		{"Council of Northern States of the Ardenian League (CNS)", "CNS"},
		{"Council of Northern States of the Ardenian League (CSL)", ""},
		{"Global Affairs Canada (Government of Canada)", ""},
		{"Harbour Wire (news agency)", ""},
		{"Council of Northern States (XYZ)", ""},
		{"Council of Northern States", ""},
	} {
		if got := ownAcronym(c.in); got != c.want {
			t.Errorf("ownAcronym(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The issuer of a statement, read from its speaker and organization, on
// sentences written for these tests.
func TestIssuerRules(t *testing.T) {
	ministry := Speaker{Name: "Ministry of Foreign Affairs of Velm", Organization: "Ministry of Foreign Affairs (Federative Republic of Velm)"}
	council := Speaker{Name: "Secretary-General", Organization: "Council of Northern States"}
	agency := Speaker{Name: "press office", Organization: "Office of the United Nations High Commissioner for Displaced Persons (UNHCDP)"}
	cases := []ruleCase{
		{"a ministry speaks for its state", ministry, "", "Velm condemns the shelling of the border villages.",
			[]want{{actor: "Velm", kind: Condemnation, reported: no}}},
		{"the state's government written large", ministry, "Velm is concerned.",
			"The Velmian Government calls on both sides to return to the talks.",
			[]want{{actor: "Velm", kind: Demand, reported: no}}},
		{"a body with its own acronym", agency, "",
			"UNHCDP calls on all states in the region to keep their borders open.",
			[]want{{actor: "Office of the United Nations High Commissioner for Displaced Persons", kind: Demand, reported: no}}},
		{"a titled holder named with a demonym is the demonym's state", ministry,
			"Velm's minister spoke with Ardenian Foreign Minister Tasso. Arden is a neighbour.",
			"Foreign Minister Tasso assured him that Arden would reopen the border.",
			[]want{{actor: "Arden", kind: Pledge, reported: yes}}},
		{"the surname alone too", ministry,
			"Velm's minister spoke with Ardenian Foreign Minister Tasso. Arden is a neighbour.",
			"Tasso said that the Council would review all complaints.",
			[]want{{actor: "Arden", kind: Pledge, reported: yes}}},
		{"an office in the issuer's own words stays the issuer's", council, "",
			"The Council will review all complaints before the vote.",
			[]want{{actor: "Council of Northern States", kind: Pledge, reported: no}}},
		{"a negated support refuses", ministry, "", "Velm will not support the adoption of unilateral sanctions.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative}}},
		{"a support that will not waver is support", ministry, "", "Velm's support for Arden will not waver.",
			[]want{{actor: "Velm", kind: Support, polarity: Positive}}},
		{"no one should is a negative demand", ministry, "", "No one should be detained for a peaceful protest.",
			[]want{{actor: "Velm", kind: Demand, polarity: Negative}}},
		{"no civilian must", ministry, "", "No civilian must be forced to leave the valley.",
			[]want{{actor: "Velm", kind: Demand, polarity: Negative}}},
		{"asking that", ministry, "", "Velm asks that observers be given access to the prisons.",
			[]want{{actor: "Velm", kind: Demand, action: "observers be given access to the prisons"}}},
		{"asking an addressee to", ministry, "Arden.", "Velm asks Arden to open the border.",
			[]want{{actor: "Velm", kind: Demand, target: "Arden"}}},
		{"asking not to be named is no demand", ministry, "", "The official asked not to be named.", nil},
		{"asking whether is no demand", ministry, "", "Velm asked whether the border would open.", nil},
		{"the department's acronym is its state's", Speaker{Name: "Department of Foreign Affairs", Organization: "Department of Foreign Affairs (Republic of Velm)"},
			"The Department of Foreign Affairs is following the case.", "The DFA will continue to assist the families of the crew.",
			[]want{{actor: "Velm", kind: Pledge, reported: no}}},
		{"an office with its state in brackets speaks for the state", Speaker{Name: "Ministry for Foreign Affairs", Organization: "Ministry for Foreign Affairs (Velm)"},
			"", "Velm firmly rejects the decision to expel its diplomats.",
			[]want{{actor: "Velm", kind: Refusal}}},
		{"an acronym of a name holding a known one is the longer name's", ministry,
			"Velm funds the Velm Coastal Relief Committee.", "The VCRC said it would open two shelters this week.",
			[]want{{actor: "Velm Coastal Relief Committee", kind: Pledge}}},
		{"its parent named in its text is another actor", agency, "",
			"The United Nations will hold a donors' conference in March.",
			nil},
	}
	checkRuleCases(t, cases)
}
