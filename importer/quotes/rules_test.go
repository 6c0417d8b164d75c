package quotes

import (
	"fmt"
	"testing"
)

// The rules of issue 17 (relays.go, subjects.go, gender.go and the cues
// and clauses they extend), each on sentences written for this test, not
// taken from any gold article.

// gotVia is one extracted statement with its relayer.
type gotVia struct {
	speaker, via string
	direct       bool
	text         string
}

func (g gotVia) String() string {
	return fmt.Sprintf("%s (via %q) %s %q", g.speaker, g.via, directWord(g.direct), g.text)
}

func flattenVia(r Result) []gotVia {
	var out []gotVia
	for _, sp := range r.Speakers {
		for _, q := range sp.Quotes {
			out = append(out, gotVia{sp.Name, q.Via, q.Direct, q.Text})
		}
	}
	return out
}

func TestRules(t *testing.T) {
	const D, R = true, false
	tests := []struct {
		rule, article string
		want          []gotVia
	}{
		// Nested sources: the unit is the inner words, the speaker their
		// sayer, the via who passed them on.
		{"according to R, S told P that C",
			`According to three officials briefed on the meeting, Governor Nils Aaby told the mayors on Friday that the bridge would be rebuilt.`,
			[]gotVia{{"Nils Aaby", "three officials briefed on the meeting", R, "the bridge would be rebuilt"}}},
		{"R said S had told him that C",
			`Senator Ruth Imre said the finance minister, Paul Ekk, had told her in a letter that the tax would be dropped.`,
			[]gotVia{{"Paul Ekk", "Ruth Imre", R, "the tax would be dropped"}}},
		{"R told P that S said C",
			`Volunteers told Wirepost that some of the villagers said the water had turned brown overnight.`,
			[]gotVia{{"some of the villagers", "Volunteers", R, "the water had turned brown overnight"}}},
		{"coordinated inner subject",
			`Aides said that the president and senior members of his cabinet have told donors that the plan is dead.`,
			[]gotVia{{"the president and senior members of his cabinet", "Aides", R, "the plan is dead"}}},
		{"R quoted S as saying that C",
			`The daily Morgenpost quoted Interior Minister Ada Lunn as saying that the camps would close.`,
			[]gotVia{{"Ada Lunn", "daily Morgenpost", R, "the camps would close"}}},
		{"R quoted S, a role first, as saying C",
			`State radio quoted an army spokesman, Major Ivo Tarr, as saying late on Monday the road was open.`,
			[]gotVia{{"Ivo Tarr", "State radio", R, "the road was open"}}},
		{"S said, according to R, that C",
			`Manager Erik Vang also said, according to the club's website, that he would stay another year.`,
			[]gotVia{{"Erik Vang", "club's website", R, "he would stay another year"}}},
		{"S told them, R said, that C",
			`Judge Mira Holt questioned the witness. Tomas Berg had also told police, she said, that he saw the car.`,
			[]gotVia{{"Tomas Berg", "Mira Holt", R, "he saw the car"}}},
		{"S, R said, told P that C",
			`Premier Ola Moen, the official said, had told the cabinet that the base would close.`,
			[]gotVia{{"Ola Moen", "the official", R, "the base would close"}}},
		{"trailing according to relays the attribution before it",
			`“The deal is off,” the Ostravan delegation told the mediators, according to a diplomat in the room.`,
			[]gotVia{{"Ostravan delegation", "a diplomat in the room", D, "The deal is off,"}}},
		{"trailing according to with a name in apposition",
			`“I only did my job,” she told the court, according to her lawyer, Ivo Sand.`,
			[]gotVia{{"unattributed", "", D, "I only did my job,"}}}, // no one for "she" to be; not the lawyer's words
		{"the relayer's role is not the speaker's gender",
			`Pia Lamm, a reporter, was jailed. “I only did my job,” she told the court, according to her lawyer, Ivo Sand. Sand said he would appeal.`,
			[]gotVia{{"Pia Lamm", "Ivo Sand", D, "I only did my job,"}, {"Ivo Sand", "", R, "he would appeal"}}},
		{"a clause-initial source runs to its comma",
			`According to a union official present at the talks, Kell told the union last month that the price was final.`,
			[]gotVia{{"Kell", "a union official present at the talks", R, "the price was final"}}},
		{"an audience or a channel is no relayer",
			`“We are ready,” Minister Lea Kross told state radio. She said in an interview with a Danish paper that talks would resume.`,
			[]gotVia{{"Lea Kross", "", D, "We are ready,"}, {"Lea Kross", "", R, "talks would resume"}}},
		{"an inner verb with no words is no nested source",
			`Relatives said the operator had told them nothing for a day.`,
			[]gotVia{{"Relatives", "", R, "the operator had told them nothing for a day"}}},
		{"a modal: nothing said yet",
			`Officials said the governor would tell farmers that aid was coming.`,
			[]gotVia{{"Officials", "", R, "the governor would tell farmers that aid was coming"}}},

		// Speaker and verb apart.
		{"relative clause between speaker and verb",
			`The diplomat, who spoke on condition of anonymity because the talks were private, said no deal was near.`,
			[]gotVia{{"the diplomat", "", R, "no deal was near"}}},
		{"participle phrase between speaker and verb",
			`Premier Ines Gollan, speaking at a memorial service, said the victims would not be forgotten.`,
			[]gotVia{{"Ines Gollan", "", R, "the victims would not be forgotten"}}},
		{"a question put to the speaker",
			`A company spokeswoman, asked whether jobs would go, said no decision had been taken.`,
			[]gotVia{{"a company spokeswoman", "", R, "no decision had been taken"}}},
		{"age and provenance",
			`Sam Oyelaran, 23, from the student group Campus Voice, said the fees were unfair.`,
			[]gotVia{{"Sam Oyelaran", "", R, "the fees were unfair"}}},
		{"role after the name, no article",
			`Rita Moen, chief strategist at Lund-based Apex Capital, said rates would stay high.`,
			[]gotVia{{"Rita Moen", "", R, "rates would stay high"}}},
		{"a prepositional phrase after a body",
			`The ministry, in a statement released late on Friday, said the talks had failed.`,
			[]gotVia{{"ministry", "", R, "the talks had failed"}}},
		{"a name given in a relative clause",
			`A man who lost his shop in the fire, and who gave his name only as Karim, said he had nowhere to go.`,
			[]gotVia{{"Karim", "", R, "he had nowhere to go"}}},
		{"restrictive relative clause in the subject",
			`The growers' association that represents most farms in the valley said losses would double.`,
			[]gotVia{{"growers' association that represents most farms in the valley", "", R, "losses would double"}}},
		{"the subject of the verb, not a nearby name",
			`Oslo-based Fjord Securities analyst Kari Lunde said the bank would cut rates.`,
			[]gotVia{{"Kari Lunde", "", R, "the bank would cut rates"}}},
		{"a name with its place after of",
			`Trade Minister Anton Fell of Nordmark said the quota would rise.`,
			[]gotVia{{"Anton Fell", "", R, "the quota would rise"}}},
		{"an opening place is not the speaker",
			`In Vienna, a United Nations spokeswoman said the agency was ready to help.`,
			[]gotVia{{"a United Nations spokeswoman", "", R, "the agency was ready to help"}}},
		{"a person named after a spokeswoman for a body",
			`A spokeswoman for the ministry, Lina Bors, said the talks would resume.`,
			[]gotVia{{"Lina Bors", "", R, "the talks would resume"}}},
		{"a body's name after a body noun",
			`Press freedom group Open Page said three reporters were held.`,
			[]gotVia{{"Press freedom group Open Page", "", R, "three reporters were held"}}},
		{"a hearer before a colon is no inverted speaker",
			`The prosecutor, Gleb Tarn, told reporters: “The evidence was overwhelming.”`,
			[]gotVia{{"Gleb Tarn", "", D, "The evidence was overwhelming."}}},
		{"a proper name after the is a body's",
			`The Green Crescent said it had sent 40 tonnes of food.`,
			[]gotVia{{"Green Crescent", "", R, "it had sent 40 tonnes of food"}}},
		{"a title with its place",
			`According to local officials, the mayor of Vik told them that the town had no more tents.`,
			[]gotVia{{"the mayor of Vik", "local officials", R, "the town had no more tents"}}},
		{"a body known by its first word",
			`The ferry operator, Nordline Shipping, said the route was closed. Nordline said it would reopen on Friday.`,
			[]gotVia{{"Nordline Shipping", "", R, "the route was closed"}, {"Nordline Shipping", "", R, "it would reopen on Friday"}}},
		{"a body named in apposition",
			`The operator, Baltic Ferries, said the ship had been inspected. It said the crew was safe.`,
			[]gotVia{{"Baltic Ferries", "", R, "the ship had been inspected"}, {"Baltic Ferries", "", R, "the crew was safe"}}},
		{"an indefinite role is an anonymous source",
			`Senator Ruth Imre said a former port engineer had told the committee that the cranes were unsafe.`,
			[]gotVia{{"a former port engineer", "Ruth Imre", R, "the cranes were unsafe"}}},

		// Attribution after the quotation, phrases after the verb.
		{"trailing attribution with place and occasion",
			`“The river is rising,” Mayor Jon Ulv said at a briefing in the town hall, Vik. “We are ready.”`,
			[]gotVia{{"Jon Ulv", "", D, "The river is rising,"}, {"Jon Ulv", "", D, "We are ready."}}},
		{"inverted attribution with a long appositive",
			`“We cannot wait,” said Mele Tupou, the lead negotiator for the island state of Vaitu and chair of the coastal alliance of small states.`,
			[]gotVia{{"Mele Tupou", "", D, "We cannot wait,"}}},
		{"a dateline is nobody's words",
			`KESTOW, Feb 9 (Wirepost) - Fuel prices will rise in March, Energy Minister Tomas Kell said on Friday.`,
			[]gotVia{{"Tomas Kell", "", R, "Fuel prices will rise in March"}}},
		{"trailing attribution then a participle",
			`Fares will rise by a fifth from June, the transport authority said on Monday, ending a two-year freeze.`,
			[]gotVia{{"transport authority", "", R, "Fares will rise by a fifth from June"}}},
		{"trailing attribution then the main clause goes on",
			`The two sides agreed to meet again in May, mediators said, but did not set a date.`,
			[]gotVia{{"mediators", "", R, "The two sides agreed to meet again in May"}}},
		{"an opening adverbial with a title in quotes",
			`During an interview on “Morning Desk,” Kross said the plan was dead.`,
			[]gotVia{{"Kross", "", R, "the plan was dead"}}},

		// Second cues and partial quotes.
		{"called X “…” and said",
			`The union called the offer “an insult” and said its members would strike.`,
			[]gotVia{{"union", "", R, "the offer “an insult”"}, {"union", "", R, "its members would strike"}}},
		{"called on X to",
			`The bishop called on both parties to respect the ceasefire.`,
			[]gotVia{{"the bishop", "", R, "both parties to respect the ceasefire"}}},
		{"described X as “…”",
			`The council, which described the ruling as “a dark day for the city,” said it would appeal.`,
			[]gotVia{{"council", "", R, "the ruling as “a dark day for the city,”"}, {"council", "", R, "it would appeal"}}},
		{"said A, but warned that B",
			`Economist Lise Dahl said growth would slow, but warned that a recession was unlikely.`,
			[]gotVia{{"Lise Dahl", "", R, "growth would slow"}, {"Lise Dahl", "", R, "a recession was unlikely"}}},
		{"said A and urged B",
			`A Red Cross spokesman said the camp was full and urged donors to send tents.`,
			[]gotVia{{"a Red Cross spokesman", "", R, "the camp was full"}, {"a Red Cross spokesman", "", R, "donors to send tents"}}},
		{"the sentence subject shares a conjoined cue",
			`A World Bank envoy for the region, Hana Seto, welcomed the vote and said funds would follow.`,
			[]gotVia{{"Hana Seto", "", R, "funds would follow"}}},
		{"that as the subject of the reported clause",
			`Asked about tariffs, Brenn said that was “a question for next month.”`,
			[]gotVia{{"Brenn", "", R, "that was “a question for next month.”"}}},
		{"a topic is no words, quoted words are",
			`The ministry said prices would rise and warned of shortages. The union warned of “a winter of strikes.”`,
			[]gotVia{{"ministry", "", R, "prices would rise"}, {"union", "", R, "of “a winter of strikes.”"}}},
		{"a noun object is no words",
			`Health officials confirmed 12 new cases on Monday and said the outbreak was slowing.`,
			[]gotVia{{"Health officials", "", R, "the outbreak was slowing"}}},
		{"a crowd's words, not its slogans",
			`Outside, hundreds of workers chanted “Jobs now!” and marched on the ministry. Later they chanted slogans.`,
			[]gotVia{{"hundreds of workers", "", D, "Jobs now!"}}},
		{"a paragraph of quotation alone goes on with the speaker before",
			"“We will act,” Governor Elin Dahl told reporters.\n\n“That may hurt. The alternative is worse.”\n\nMarkets fell.\n\n“Nobody expected it.”",
			[]gotVia{{"Elin Dahl", "", D, "We will act,"}, {"Elin Dahl", "", D, "That may hurt. The alternative is worse."}, {"unattributed", "", D, "Nobody expected it."}}},
		{"a short quotation after a speaker's goes on",
			`“Not this year,” the coach said. “Not ever.”`,
			[]gotVia{{"the coach", "", D, "Not this year,"}, {"the coach", "", D, "Not ever."}}},

		// Pronouns.
		{"he is the last man, not the last name",
			`Finance Minister Jan Rolf presented the budget. His deputy, Anna Vik, said in her own statement that cuts were needed. He added: “Nobody likes this.”`,
			[]gotVia{{"Anna Vik", "", R, "cuts were needed"}, {"Jan Rolf", "", D, "Nobody likes this."}}},
		{"one of the two is the group",
			`Two aides close to the talks said a deal was near. One of the two said the envoy had left.`,
			[]gotVia{{"Two aides close to the talks", "", R, "a deal was near"}, {"Two aides close to the talks", "", R, "the envoy had left"}}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r := Extract(tc.article)
			g := flattenVia(r)
			checkOffsets(t, tc.article, r)
			if len(g) != len(tc.want) {
				t.Fatalf("got %d statements, want %d:\n%s", len(g), len(tc.want), linesVia(g))
			}
			for i := range g {
				if g[i] != tc.want[i] {
					t.Errorf("statement %d:\n got  %v\n want %v", i, g[i], tc.want[i])
				}
			}
		})
	}
}

func linesVia(g []gotVia) string {
	s := ""
	for _, x := range g {
		s += "  " + x.String() + "\n"
	}
	return s
}
