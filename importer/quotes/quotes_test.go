package quotes

import (
	"fmt"
	"strings"
	"testing"
)

// got is one extracted statement, flattened for comparison.
type got struct {
	speaker, kind string
	direct        bool
	text          string
}

func (g got) String() string {
	return fmt.Sprintf("%s [%s] %s %q", g.speaker, g.kind, directWord(g.direct), g.text)
}

// flatten lists a Result's statements in article order with their speakers.
func flatten(r Result) []got {
	var out []got
	for _, sp := range r.Speakers {
		for _, q := range sp.Quotes {
			out = append(out, got{sp.Name, sp.Kind, q.Direct, q.Text})
		}
	}
	return out
}

func TestExtractTable(t *testing.T) {
	const (
		P = KindPerson
		A = KindAnonymous
		B = KindBody
		U = KindUnknown
		D = true
		R = false
	)
	tests := []struct {
		name, article string
		want          []got
	}{
		{"straight quotes", `"We will respond," Kirby said.`,
			[]got{{"Kirby", P, D, "We will respond,"}}},
		{"curly quotes", `“We will respond,” Kirby said.`,
			[]got{{"Kirby", P, D, "We will respond,"}}},
		{"quote spanning two sentences", `“We were ready. We are still ready,” said Defense Minister Anna Berg.`,
			[]got{{"Anna Berg", P, D, "We were ready. We are still ready,"}}},
		{"nested single quotes", `Foreign Minister Ana Morel said: “They called it ‘a red line,’ and we agree.”`,
			[]got{{"Ana Morel", P, D, "They called it ‘a red line,’ and we agree."}}},
		{"nested straight quotes in curly ones", `“He said "no" twice,” Morel said.`,
			[]got{{"Morel", P, D, `He said "no" twice,`}}},
		{"said that", `Kirby said that the strike had failed.`,
			[]got{{"Kirby", P, R, "the strike had failed"}}},
		{"said without that", `Kirby said the strike had failed.`,
			[]got{{"Kirby", P, R, "the strike had failed"}}},
		{"said on Sunday that", `Kirby said on Sunday that the strike had failed.`,
			[]got{{"Kirby", P, R, "the strike had failed"}}},
		{"according to before the clause", `According to Kirby, the strike had failed.`,
			[]got{{"Kirby", P, R, "the strike had failed"}}},
		{"according to after the clause", `The strike had failed, according to Kirby.`,
			[]got{{"Kirby", P, R, "The strike had failed"}}},
		{"told Y with a quotation", `Kirby told reporters, “The strike failed.”`,
			[]got{{"Kirby", P, D, "The strike failed."}}},
		{"told Y that", `Kirby told The Harbor Post that the strike failed.`,
			[]got{{"Kirby", P, R, "the strike failed"}}},
		{"attribution after the quote", `“The strike failed,” Kirby said on Sunday.`,
			[]got{{"Kirby", P, D, "The strike failed,"}}},
		{"inverted attribution", `“The strike failed,” said Kirby.`,
			[]got{{"Kirby", P, D, "The strike failed,"}}},
		{"clause before X said", `The strike failed, Kirby said.`,
			[]got{{"Kirby", P, R, "The strike failed"}}},
		{"partial quotation inside a clause", `The war is “not over yet,” Gallant said.`,
			[]got{{"Gallant", P, R, "The war is “not over yet,”"}}},
		{"he added", `John Kirby said the strike failed. He added that more strikes were expected.`,
			[]got{{"John Kirby", P, R, "the strike failed"}, {"John Kirby", P, R, "more strikes were expected"}}},
		{"he resolves to a sentence subject", `President Joe Biden spoke to Netanyahu. Biden called the call useful. He implied that no response was needed.`,
			[]got{{"Joe Biden", P, R, "no response was needed"}}},
		{"surname after full name", `Israeli Minister Yoav Gallant met Austin. Later, Gallant said the war was not over.`,
			[]got{{"Yoav Gallant", P, R, "the war was not over"}}},
		{"the official added", `A senior official said the talks were over. “We tried,” the official added.`,
			[]got{{"a senior official", A, R, "the talks were over"}, {"a senior official", A, D, "We tried,"}}},
		{"anonymous sources kept apart",
			`A senior administration official said the plan held. The senior administration source added that talks went on. A senior US military official said damage was light. Another US official confirmed that Austin called.`,
			[]got{
				{"a senior administration official", A, R, "the plan held"},
				{"a senior administration official", A, R, "talks went on"},
				{"a senior US military official", A, R, "damage was light"},
				{"another US official", A, R, "Austin called"},
			}},
		{"body", `Israel informed the US that it would wait. The G7 members issued a joint statement condemning the attack. The statement urged restraint.`,
			[]got{
				{"Israel", B, R, "it would wait"},
				{"G7 joint statement", B, R, "condemning the attack"},
				{"G7 joint statement", B, R, "restraint"},
			}},
		{"relative who", `A “new equation” exists, according to Hossein Salami, Commander of the Guard Corps, who warned that Tehran would respond.`,
			[]got{{"Hossein Salami", P, R, "A “new equation” exists"}, {"Hossein Salami", P, R, "Tehran would respond"}}},
		{"quote continues the voice before it", `“We waited,” Morel told reporters. “We will not wait again.”`,
			[]got{{"Morel", P, D, "We waited,"}, {"Morel", P, D, "We will not wait again."}}},
		{"a voice goes on over several quotations", `“We waited,” Morel said. “We asked twice.” “Nobody answered.”`,
			[]got{{"Morel", P, D, "We waited,"}, {"Morel", P, D, "We asked twice."}, {"Morel", P, D, "Nobody answered."}}},
		{"X said alone, on the next line", "“We will not wait again.”\nMorel said.",
			[]got{{"unattributed", U, D, "We will not wait again."}}}, // a new line is a new paragraph here: nothing carries over
		{"X said. alone in the same paragraph", `“We will not wait again.” Morel said.`,
			[]got{{"Morel", P, D, "We will not wait again."}}},
		{"quote over two paragraphs", "“We waited for two years.\n\n“We will not wait again,” the spokesperson said.",
			[]got{{"the spokesperson", A, D, "We waited for two years.\n\n“We will not wait again,"}}},
		{"unattributed statement", `“We will never give up.” The crowd cheered.`,
			[]got{{"unattributed", U, D, "We will never give up."}}},
		{"scare quote dropped", `The so-called “water war” goes on.`, nil},
		{"title dropped", `During an appearance on “State of the Union,” the host smiled.`, nil},
		{"unbalanced opening mark", `“We will respond, Kirby said. Nobody doubted it.`,
			[]got{{"unattributed", U, D, "We will respond, Kirby said. Nobody doubted it."}}},
		{"stray closing mark", `He said” nothing, and left.`, nil},
		{"passive and idiom are not cues", `Until everything was said and done, the outcome was uncertain. The site was reported to be hit.`, nil},
		{"first-person speech without marks", `We shall not waver. According to the official, that is the policy.`,
			[]got{{"the official", A, R, "We shall not waver."}, {"the official", A, R, "that is the policy"}}},
		{"US is not us", `US authorities have been highlighting the risks.`,
			[]got{{"US authorities", A, R, "the risks"}}},
		{"round-up label", `Ben Jealous, Executive Director, Sierra Club: “This is a game-changer for us.”`,
			[]got{{"Ben Jealous", P, D, "This is a game-changer for us."}}},
		{"bare title", `The President said our prayers are with them.`,
			[]got{{"the President", P, R, "our prayers are with them"}}},
		{"title and surname", `National Security Advisor Jake Sullivan met them. Mr. Sullivan said the talks were useful.`,
			[]got{{"Jake Sullivan", P, R, "the talks were useful"}}},
		{"I and we are not voices of the article", `And I said our democracy was at stake. We said so.`, nil},
		{"things do not speak", `The plans announced new funding.`, nil},
		{"empty article", ``, nil},
		{"no quotes", `The talks resume on Thursday in Geneva. Both sides sent delegations.`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Extract(tc.article)
			g := flatten(r)
			if len(g) != len(tc.want) {
				t.Fatalf("got %d statements, want %d:\n%s", len(g), len(tc.want), lines(g))
			}
			for i := range g {
				if g[i] != tc.want[i] {
					t.Errorf("statement %d:\n got  %v\n want %v", i, g[i], tc.want[i])
				}
			}
			checkOffsets(t, tc.article, r)
		})
	}
}

func lines(g []got) string {
	var b strings.Builder
	for _, x := range g {
		fmt.Fprintf(&b, "  %v\n", x)
	}
	return b.String()
}

// checkOffsets fails unless every quote's text is the article between its offsets.
func checkOffsets(t testing.TB, article string, r Result) {
	t.Helper()
	for _, sp := range r.Speakers {
		if len(sp.Quotes) == 0 {
			t.Errorf("speaker %q has no quotes", sp.Name)
		}
		for _, q := range sp.Quotes {
			if q.Start < 0 || q.End > len(article) || q.Start > q.End || article[q.Start:q.End] != q.Text {
				t.Errorf("quote of %q: offsets [%d,%d) do not hold its text %q", sp.Name, q.Start, q.End, q.Text)
			}
		}
	}
}

// TestRoleAndOrganization checks how speaker phrases split into name,
// role and organization on the seed article.
func TestRoleAndOrganization(t *testing.T) {
	r := Extract(readTestdata(t, "article.txt"))
	want := map[string][3]string{ // name → role, organization, kind
		"John Kirby":                       {"national security spokesperson", "White House", KindPerson},
		"Hossein Salami":                   {"Commander of Iran’s Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guard Corps", KindPerson},
		"Yoav Gallant":                     {"Minister", "Israel", KindPerson},
		"Joe Biden":                        {"President", "", KindPerson},
		"G7 joint statement":               {"", "G7", KindBody},
		"Israel":                           {"", "Israel", KindBody},
		"a senior administration official": {"", "", KindAnonymous},
		"a senior US military official":    {"", "United States", KindAnonymous},
		"another US official":              {"", "United States", KindAnonymous},
		"U.S. officials informed of the situation": {"", "United States", KindAnonymous},
		// the words the officials relay (their via): a group speaking as one
		"President Joe Biden and senior members of his national security team": {"", "", KindAnonymous},
	}
	seen := map[string]bool{}
	for _, sp := range r.Speakers {
		w, ok := want[sp.Name]
		if !ok {
			t.Errorf("unexpected speaker %q", sp.Name)
			continue
		}
		seen[sp.Name] = true
		if sp.Role != w[0] || sp.Organization != w[1] || sp.Kind != w[2] {
			t.Errorf("%s: role %q, organization %q, kind %q; want %q, %q, %q", sp.Name, sp.Role, sp.Organization, sp.Kind, w[0], w[1], w[2])
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("speaker %q not found", name)
		}
	}
	if r.Speakers[0].Name != "President Joe Biden and senior members of his national security team" || r.Speakers[len(r.Speakers)-1].Name != "Hossein Salami" {
		t.Errorf("speakers not in order of first appearance: first %q, last %q", r.Speakers[0].Name, r.Speakers[len(r.Speakers)-1].Name)
	}
}
