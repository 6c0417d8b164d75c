package commitment

import "testing"

// Rules for what news articles recount, each on a sentence written for
// this test (none from the gold sets), read as Analyze reads a narrated
// text: through the gazetteer extended with the text's names and a
// Discourse.
func TestNewsRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		{"a day between the verb and its to", "", "Velm agreed on Monday to reopen the northern crossing.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "reopen the northern crossing"}}},
		{"a threat dated before its to", "", "Velm threatened on Sunday to close its airspace to Arden's airlines if the talks fail.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes, target: "Arden"}}},
		{"a call dated before its for", "", "Velm called on Thursday for an immediate ceasefire.",
			[]want{{actor: "Velm", kind: Demand, reported: yes, action: "an immediate ceasefire"}}},
		{"an urging dated before its addressee", "", "Velm urged yesterday both sides to return to the table.",
			[]want{{actor: "Velm", kind: Demand, reported: yes, target: "both sides"}}},
		{"once an event is a condition", "", "Velm said it would lift the curfew once an agreement has been signed.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"once a week is a frequency", "", "Velm said it would publish the figures once a week.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"two unknown names coordinated", "", "Velm and Arden urged Norrland to free the detained journalists.",
			[]want{{actor: "Velm", kind: Demand, reported: yes, target: "Norrland"}, {actor: "Arden", kind: Demand, reported: yes, target: "Norrland"}}},
		{"a coordinated subject before a relative clause", "",
			"Velm and Arden, which drafted the resolution, urged Norrland to free the detained journalists.",
			[]want{{actor: "Velm", kind: Demand}, {actor: "Arden", kind: Demand}}},
		{"a state whose name holds and is one actor", "", "Trinidad and Tobago pledged to send observers to the vote.",
			[]want{{actor: "Trinidad and Tobago", kind: Pledge, reported: yes}}},
		{"a UN agency as the wires name it", "", "The UN nuclear watchdog urged both sides to stop shelling near the plant.",
			[]want{{actor: "IAEA", kind: Demand, reported: yes, target: "both sides"}}},
		{"a UN agency is not the United Nations", "", "The U.N. refugee agency called on Arden to keep its border open.",
			[]want{{actor: "UNHCR", kind: Demand, reported: yes, target: "Arden"}}},
		{"a list of three", "", "Velm, Arden and Norrland pledged to send observers to the vote.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}, {actor: "Arden", kind: Pledge}, {actor: "Norrland", kind: Pledge}}},
		{"the government in a minister's report is the minister's", "",
			"Velm's foreign minister said the government would not allow foreign courts to try its citizens.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"ready to in a ministry's report", "", "Velm's energy ministry said the government was ready to discuss the proposal.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "discuss the proposal"}}},
		{"the government with no named reporter stays unknown", "", "Observers said the government would not allow the vote.",
			nil},
		{"a spokesman speaks for whom he serves", "", "A spokesman for Arden urged both governments to show restraint.",
			[]want{{actor: "Arden", kind: Demand, reported: yes, target: "both governments"}}},
		{"a demand ends before a coordinated reporting verb", "",
			"Velm urged Arden to release the crew and said it stood ready to mediate.",
			[]want{{actor: "Velm", kind: Demand, action: "release the crew"}, {actor: "Velm", kind: Pledge, reported: yes}}},
		{"urging to avoid is a negative demand", "", "Velm urged Arden to avoid any step that could raise tensions.",
			[]want{{actor: "Velm", kind: Demand, polarity: Negative, target: "Arden"}}},
		{"a reporter before a relative clause", "",
			"The Velm Bank, which financed the project, said it could delay its next loan if the talks collapse.",
			[]want{{actor: "Velm Bank", kind: Conditional, strength: Low, reported: yes}}},
		{"a reporter before a participle aside", "",
			"Velm's foreign minister, speaking by telephone, said the government would not withdraw its troops.",
			[]want{{actor: "Velm", kind: Refusal, polarity: Negative, reported: yes}}},
		{"a reporting verb after a quoted object", "",
			`Velm's foreign ministry called the sanctions "an illegal act" and said it would respond in kind.`,
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "respond in kind"}}},
		{"a shared subject across a quotation", "",
			`Velm said it was "deeply troubled" and would send an envoy to Arden.`,
			[]want{{actor: "Velm", kind: Pledge, reported: yes, target: "Arden"}}},
		{"what a recipient would receive, the reporter undertakes", "",
			"Velm's foreign minister said the prisoner would receive all the medical care she needs.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "the prisoner would receive all the medical care she needs"}}},
		{"a recipient with no reporter commits nobody", "", "The prisoner would receive a visit on Monday.", nil},
		{"a passive after a promise is the reporter's", "",
			"Velm's foreign minister, Ana Berg, assured him that the border would be reopened.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "the border would be reopened"}}},
		{"a passive after said is the reporter's (the gold reads a named reporter's agentless passives so)", "",
			"Velm's foreign minister said the border would be reopened.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"recalling an envoy is no reaffirmation", "", "Velm said it would recall its envoy from Arden if the talks failed.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"a second that-clause after but", "",
			"Velm's foreign minister said the talks would resume in May but that Velm would reopen the consulate first.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes, action: "reopen the consulate first"}}},
		{"a compound office names its state", "",
			"Velm's fisheries minister, Ona Tarr, said that Velm would lift the quota.",
			[]want{{actor: "Velm", kind: Pledge, reported: yes}}},
		{"a quoted addressee", "", `Velm urged "all parties concerned" to exercise restraint.`,
			[]want{{actor: "Velm", kind: Demand, reported: yes, action: "exercise restraint"}}},
		{"depending on is a condition", "",
			"Velm's finance minister said Velm could add further funds, depending on how the talks go.",
			[]want{{actor: "Velm", kind: Conditional, strength: Low, reported: yes, condition: "depending on how the talks go"}}},
		{"adding that is talk, not an act", "", "Velm said it would add that the talks had failed.", nil},
		{"a quote whose speaker is unknown is never the author's", "",
			`"Our support for Arden will not waver," the chair told reporters.`, nil},
		{"the bloc in a named reporter's words is the reporter's, not the last actor's",
			"Velm and Arden urged the Nordic Union to act.",
			"According to a senior Nordic Union official, the chair told the ministers that the bloc would review its ties with Norrland if the killings continued.",
			[]want{{actor: "Nordic Union", kind: Conditional, reported: yes}}},
		{"a reported offer to consider", "",
			"Velm's ambassador told the council that his government would consider inviting observers once calm was restored.",
			[]want{{actor: "Velm", kind: Conditional, reported: yes}}},
		{"a name of one body with and stays one", "", "The Fisheries and Oceans Board urged Velm to withdraw.",
			[]want{{actor: "Fisheries and Oceans Board", kind: Demand, reported: yes}}},
	}
	checkArticleCases(t, wire, cases)
}

// articleCase is a sentence of a news article, after the article's earlier
// sentences, and the commitments it must yield.
type articleCase struct {
	name     string
	context  string // earlier sentences of the article, read first
	sentence string
	want     []want
}

func checkArticleCases(t *testing.T, wire Speaker, cases []articleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := readArticle(wire, c.context, c.sentence)
			if len(got) != len(c.want) {
				t.Fatalf("ExtractIn(%q) = %d commitments, want %d:\n%s", c.sentence, len(got), len(c.want), describe(got))
			}
			for i, w := range c.want {
				checkCommitment(t, c.sentence, got[i], w)
			}
		})
	}
}

// readArticle reads context's sentences (one a line) and then sentence as
// sentences of one article, and returns sentence's commitments.
func readArticle(sp Speaker, context, sentence string) []Commitment {
	g := DefaultGazetteer().ForStatement(context+"\n"+sentence, sp)
	d := NewDiscourse(sp)
	for _, s := range splitSentences(context) {
		ExtractIn(s, sp, g, d)
	}
	return ExtractIn(sentence, sp, g, d)
}

func splitSentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				out = append(out, text[start:i])
			}
			start = i + 1
		}
	}
	return out
}
