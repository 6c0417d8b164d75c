package commitment

import "testing"

// Rules by which a news article's addressee without a name of its own
// ("the government", "the Front", "both governments") is the actor it
// refers back to, each on sentences written for this test.
func TestNewsTargetReferenceRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Lindqvist Wire (news agency)"}
	cases := []struct {
		name, context, sentence string
		kind                    Kind
		target                  string // the commitment of kind's target, exactly
	}{
		{"the short name of a group named before", "Fighters of the Greywater Hills Front seized a bridge in eastern Pellara on Sunday.",
			"Pellara's defence ministry said it rejected any talks with the Front.", Refusal, "Greywater Hills Front"},
		{"the government in a threat's condition", "Pellara's government sent troops to the Tarvel mine on Friday.",
			"The Greywater Hills Front threatened to flood the mine unless the government withdrew its troops.", Conditional, "Pellara"},
		{"the authorities addressed by a demand", "Pellara's authorities closed the port on Monday.",
			"The Dunmarsh Fishers' Union urged the authorities to reopen the port.", Demand, "Pellara"},
		{"both governments after a coordinated pair", "Pellara and Dunmarsh agreed on Monday to reopen their border talks.",
			"Orlin Shipping urged both governments to reopen the crossing.", Demand, "Pellara"},
		{"the government with nothing named before stays as written", "",
			"The Greywater Hills Front urged the government to free its fighters.", Demand, "the government"},
		{"the government of the one committing is no target", "Pellara's government closed the border on Monday.",
			"Pellara said it would not reopen the crossing until the government had finished its inquiry.", Conditional, ""},
		{"both sides are the parties to a fight, not the pair named", "Pellara and Dunmarsh called for calm on Monday.",
			"The Weyland Council urged both sides to respect the truce.", Demand, "both sides"},
		{"a description after a preposition of place is where", "Boats from Pellara have fished the Corran Bank for decades.",
			"Dunmarsh said its patrols around the bank would continue as long as the poaching went on.", Conditional, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := readArticle(wire, c.context, c.sentence)
			for _, g := range got {
				if g.Kind == c.kind {
					if g.Target != c.target {
						t.Fatalf("ExtractIn(%q): %s target %q, want %q:\n%s", c.sentence, c.kind, g.Target, c.target, describe(got))
					}
					return
				}
			}
			t.Fatalf("ExtractIn(%q): no %s:\n%s", c.sentence, c.kind, describe(got))
		})
	}
}
