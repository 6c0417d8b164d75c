package commitment

import "testing"

// Rules by which a news article's names are read as the state the story
// is about and its bodies, each on sentences written for this test.
func TestNewsHomeStateRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Lindqvist Wire (news agency)"}
	cases := []actorTargetCase{
		{"a town named first is a place in the state, not the state",
			"Gunmen of the Sorrel Ridge Front seized the mining town of Hallin in western Pellara on Monday.",
			"Interior Minister Dana Voss said the government would not negotiate with the gunmen.", Refusal, "Pellara", "Sorrel Ridge Front"},
		{"a capital named first in apposition is a place too",
			"After the vote, crowds gathered in the capital, Tesk, and Pellara's parliament was closed.",
			"Defence Minister Dana Voss said the government would not withdraw its troops.", Refusal, "Pellara", ""},
		{"a state's demonym with government is the state, not a body named with the demonym",
			"The Pellaran Farmers Association and the Pellaran Dockers Federation marched through Pellara on Monday.",
			"The Corran Council said it would send monitors if the Pellaran government invited them.", Conditional, "Corran Council", "Pellara"},
	}
	runActorTargetCases(t, wire, cases)
}

// Rules by which a description of an armed group's fighters or of a fund
// refers back to the body named before, each on sentences written for this
// test.
func TestNewsKindReferenceRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Lindqvist Wire (news agency)"}
	runActorTargetCases(t, wire, []actorTargetCase{
		{"the rebels as subject are the armed group", "Fighters of the Sorrel Ridge Front seized a dam in western Pellara on Monday.",
			"A commander told reporters that the rebels would not leave the dam before their demands were met.", Refusal, "Sorrel Ridge Front", ""},
		{"the rebels as addressee are the armed group", "Fighters of the Sorrel Ridge Front seized a dam in western Pellara on Monday.",
			"The Dunmarsh Relief Council called on the rebels to let civilians leave.", Demand, "Dunmarsh Relief Council", "Sorrel Ridge Front"},
		{"the rebels with no armed group named stay as written", "Pellara held elections on Monday.",
			"The Dunmarsh Relief Council called on the rebels to let civilians leave.", Demand, "Dunmarsh Relief Council", "the rebels"},
		{"the fund is the fund named before", "The Corran Stability Fund reviewed its loan to Pellara on Monday.",
			"An official said the fund would not pay the next tranche until the audit was published.", Conditional, "Corran Stability Fund", ""},
	})
}

// Rules by which an addressee written as an object pronoun is the actor
// named before it, each on sentences written for this test.
func TestPronounTargetRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Lindqvist Wire (news agency)"}
	office := Speaker{Name: "Director-General", Organization: "Corran Health Agency"}
	runActorTargetCases(t, wire, []actorTargetCase{
		{"them after the authorities named in the sentence", "Pellara detained a trawler from Dunmarsh on Monday.",
			"Dunmarsh's foreign ministry said it was in contact with the Pellaran authorities and urged them to free the crew.", Demand, "Dunmarsh", "Pellara"},
		{"them with nothing named before stays as written", "",
			"The Dunmarsh Fishers' Union urged them to free the crew.", Demand, "Dunmarsh Fishers' Union", "them"},
	})
	runActorTargetCases(t, office, []actorTargetCase{
		{"her after a minister of a state named in the sentence", "Cases of fever were reported in Pellara and Tesmar this week.",
			"I also spoke with the Minister of Health of Tesmar, and asked her to reopen the border with Pellara.", Demand, "Corran Health Agency", "Tesmar"},
	})
}

type actorTargetCase struct {
	name, context, sentence string
	kind                    Kind
	actor, target           string // the commitment of kind's actor and target, exactly
}

func runActorTargetCases(t *testing.T, sp Speaker, cases []actorTargetCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := readArticle(sp, c.context, c.sentence)
			for _, g := range got {
				if g.Kind == c.kind {
					if g.Actor != c.actor || g.Target != c.target {
						t.Fatalf("ExtractIn(%q): %s by %q toward %q, want %q toward %q:\n%s", c.sentence, c.kind, g.Actor, g.Target, c.actor, c.target, describe(got))
					}
					return
				}
			}
			t.Fatalf("ExtractIn(%q): no %s:\n%s", c.sentence, c.kind, describe(got))
		})
	}
}
