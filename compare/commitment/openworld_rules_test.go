package commitment

import "testing"

// The rules issue 17 added, each on a sentence of its own (none is taken
// from the gold sets), read as Analyze reads them: through the gazetteer
// extended with what the sentence's statement names.
func TestOpenWorldRules(t *testing.T) {
	velm := Speaker{Name: "Ministry of Foreign Affairs", Organization: "Republic of Velm"}
	council := Speaker{Name: "Secretary-General", Organization: "Council of Northern States"}
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []ruleCase{
		{"a demand on an actor in no list", velm, "", "Arden must withdraw its troops from the river islands.",
			[]want{{actor: "Velm", kind: Demand, target: "Arden", strength: High}}},
		{"a demonym's government", velm, "Arden is to blame.", "The Ardenian government must reopen the crossings.",
			[]want{{actor: "Velm", kind: Demand, target: "Arden"}}},
		{"negated recognition refuses", velm, "", "Velm will not recognise the so-called referendum held in Arden.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative}}},
		{"full solidarity", velm, "", "Velm stands in full solidarity with the people of Arden.",
			[]want{{actor: "Velm", kind: Support, strength: High, target: "Arden"}}},
		{"standing alongside", velm, "", "Velm stands alongside the families of the victims.",
			[]want{{actor: "Velm", kind: Support}}},
		{"rejecting", velm, "", "Velm rejects the proposed partition of the islands.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative}}},
		{"recalling a policy", council, "", "The Council recalls its long-standing opposition to the use of child soldiers.",
			[]want{{actor: "Council of Northern States", kind: Reaffirmation}}},
		{"announcing a sum", velm, "", "Today I am announcing €12 million in emergency assistance for the flooded provinces.",
			[]want{{actor: "Velm", kind: Pledge}}},
		{"not deterred", velm, "", "Velm will not be deterred by threats against its diplomats.",
			[]want{{actor: "Velm", kind: Pledge, strength: High, polarity: Positive}}},
		{"could consider", velm, "", "Velm could consider further measures against the ship's owners.",
			[]want{{actor: "Velm", kind: Hedge, strength: Low}}},
		{"a must on a passive", velm, "", "Those responsible for the shelling must be held to account.",
			[]want{{actor: "Velm", kind: Demand}}},
		{"an aside after the modal", velm, "", "The Ardenian side must, in its turn, release the detained fishermen.",
			[]want{{actor: "Velm", kind: Demand}}},
		{"refrain is not acting", velm, "", "We urge Arden to refrain from any further provocation.",
			[]want{{actor: "Velm", kind: Demand, polarity: Negative, target: "Arden"}}},
		{"as access allows", council, "", "The Council of Northern States will reopen its field offices as security allows.",
			[]want{{actor: "Council of Northern States", kind: Conditional}}},
		{"nothing committed inside a condition", council, "",
			"If the parties agree to a ceasefire, the Council of Northern States could send observers within days.",
			[]want{{actor: "Council of Northern States", kind: Conditional}}},
		{"the office named bare", council, "", "The Secretary-General strongly condemns the attack on the convoy.",
			[]want{{actor: "Council of Northern States", kind: Condemnation, strength: High}}},
		{"he after the office", council, "",
			"The Secretary-General stands ready to mediate, and he may visit the capital next month.",
			[]want{{actor: "Council of Northern States"}, {actor: "Council of Northern States", kind: Hedge}}},
		{"reported would", wire, "", "Arden said on Tuesday that it would release the crew within a week.",
			[]want{{actor: "Arden", kind: Pledge, reported: yes}}},
		{"the reporter in apposition", wire, "", "The ferry's owner, Nordhaven Lines, said it would compensate every passenger.",
			[]want{{actor: "Nordhaven Lines", kind: Pledge, reported: yes}}},
		{"a day between subject and verb", wire, "Velm and Arden talked.", "Velm on Monday demanded that Arden return the seized ferry.",
			[]want{{actor: "Velm", kind: Demand, reported: yes}}},
		{"a description of a statement", velm, "", "The statement criticizes Arden's blockade of the port.",
			[]want{{actor: "Velm", kind: Condemnation, reported: yes}}},
		{"a condition stays with its own predicate", council, "",
			"The Council of Northern States will keep its mission in Arden and will widen patrols as the weather permits.",
			[]want{{actor: "Council of Northern States", kind: Pledge}, {actor: "Council of Northern States", kind: Conditional}}},
		{"a plural possessive inside a name", wire, "",
			"The Coastal Hauliers' Federation said its members may suspend deliveries to the port.",
			[]want{{actor: "Coastal Hauliers' Federation", kind: Hedge, reported: yes}}},
	}
	checkRuleCases(t, cases)
}

// ruleCase is a sentence of a statement and the commitments it must yield,
// read through the gazetteer extended with the statement's own names.
type ruleCase struct {
	name     string
	speaker  Speaker
	context  string // more of the statement, for its names
	sentence string
	want     []want
}

func checkRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := DefaultGazetteer().ForStatement(c.context+" "+c.sentence, c.speaker)
			got := Extract(c.sentence, c.speaker, g)
			if len(got) != len(c.want) {
				t.Fatalf("Extract(%q) = %d commitments, want %d:\n%s", c.sentence, len(got), len(c.want), describe(got))
			}
			for i, w := range c.want {
				checkCommitment(t, c.sentence, got[i], w)
			}
		})
	}
}
