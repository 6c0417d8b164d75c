package commitment

import "testing"

// Rules by which a news article's names are read as the state the story
// is about and its bodies, each on sentences written for this test.
func TestNewsHomeStateRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Lindqvist Wire (news agency)"}
	cases := []struct {
		name, context, sentence string
		kind                    Kind
		actor, target           string // the commitment of kind's actor and target, exactly
	}{
		{"a town named first is a place in the state, not the state",
			"Gunmen of the Sorrel Ridge Front seized the mining town of Hallin in western Pellara on Monday.",
			"Interior Minister Dana Voss said the government would not negotiate with the gunmen.", Refusal, "Pellara", ""},
		{"a capital named first in apposition is a place too",
			"After the vote, crowds gathered in the capital, Tesk, and Pellara's parliament was closed.",
			"Defence Minister Dana Voss said the government would not withdraw its troops.", Refusal, "Pellara", ""},
		{"a state's demonym with government is the state, not a body named with the demonym",
			"The Pellaran Farmers Association and the Pellaran Dockers Federation marched through Pellara on Monday.",
			"The Corran Council said it would send monitors if the Pellaran government invited them.", Conditional, "Corran Council", "Pellara"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := readArticle(wire, c.context, c.sentence)
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
