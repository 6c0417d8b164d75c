package commitment

import "testing"

// What a named reporter says will be done, in a passive with no agent,
// it undertakes (reportedPassive, parts.go), each on a sentence written
// for this test (none from the gold sets).
func TestNewsReportedPassiveRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		{"a fine for anyone caught", "", "Velm's interior ministry said anyone caught looting the warehouses would be fined.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, condition: "anyone caught looting the warehouses"}}},
		{"prosecution of anyone found negligent", "", "Velm's transport minister said anyone found to have ignored the warnings would be prosecuted.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"those who stay meet the act", "", "Velm's interior ministry said those who stayed in the square after dark would be removed by force.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, condition: "those who stayed in the square after dark"}}},
		{"a second complement's subject sets no condition", "",
			"Velm's interior ministry said the crew were safe and that their families would be allowed to visit them.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"a plain subject sets no condition", "", "Velm's interior ministry said the seized boats would be returned to their owners.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"a negated passive is a refusal", "", "Velm's finance minister said the pension reform would not be reversed.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"a passive with unless is a conditional", "",
			"Velm's interior ministry added that Arden's cargo planes would be barred from its airspace unless each flight was cleared in advance.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"a passive after warned that", "", "Velm's communications ministry warned that any outage would be referred to prosecutors.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, condition: "any outage"}}},
		{"people brought before a judge", "", "Velm's justice minister told reporters that the detained strikers would be brought before a judge within two days.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		// Precision: what befalls others, a means, no named reporter.
		{"an outcome befalls others", "", "Velm's energy minister said thousands of households would be hit by the price rise.", nil},
		{"people displaced is a forecast", "", "Velm's interior ministry said some villages would be flooded within days.", nil},
		{"a means is a detail", "", "Velm's finance minister said the grants would be paid through the regional banks.", nil},
		{"no named reporter", "", "Analysts said anyone caught smuggling would be fined.", nil},
		{"another's people put out", "", "Velm's foreign minister said Arden's diplomats would be expelled within a week.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"not before a date is a timing", "", "Velm's energy ministry said that full power would not be restored before Sunday.", nil},
		{"a belief is no report", "", "Velm's foreign minister feared that the talks would be suspended.", nil},
		{"a pronoun subject decides for itself", "", "Velm's foreign minister said he would be replaced in March.", nil},
	}
	checkArticleCases(t, wire, cases)
}
