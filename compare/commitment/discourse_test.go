package commitment

import (
	"strings"
	"testing"

	"github.com/parley-app/parley/compare/segment"
)

// A news article read sentence by sentence, as Analyze reads it: each
// sentence's commitments with what the sentences before it established.
// The texts are written for this test, none taken from the gold sets.
func TestNewsArticleRefersBack(t *testing.T) {
	wire := Speaker{Name: "Lakeside Wire correspondent", Organization: "Lakeside Wire"}
	cases := []struct {
		name string
		text string
		last []want // what the last sentence must yield
	}{
		{"the ministers and the bloc are the body reported",
			"Nordic Union defence ministers on Tuesday threatened Arden with an arms embargo if its ships stay in the bay. " +
				"After the meeting, the ministers said the bloc would not recognise the annexation of the islands.",
			[]want{{actor: "Nordic Union", kind: Refusal, polarity: Negative, reported: yes}}},
		{"a threat with its condition",
			"Nordic Union defence ministers on Tuesday threatened Arden with an arms embargo if its ships stay in the bay.",
			[]want{{actor: "Nordic Union", kind: Conditional, target: "Arden", condition: "if its ships stay in the bay", reported: yes}}},
		{"the statement is the one the article reports, not the agency's",
			"Velm said in a statement on Friday that it was alarmed by the shelling. " +
				"The statement condemns the attack on the ferry terminal.",
			[]want{{actor: "Velm", kind: Condemnation, reported: yes}}},
		{"It opening a sentence is the actor being reported",
			"Velm said in a statement on Friday that it was alarmed by the shelling. " +
				"It also calls on Arden to open the harbour to relief ships.",
			[]want{{actor: "Velm", kind: Demand, target: "Arden", reported: yes}}},
		{"the council named before",
			"The Arden Maritime Council has closed the harbour. " +
				"The council's spokesman rejected the charge and said the council would reopen the harbour on Monday.",
			[]want{{actor: "Arden Maritime Council", kind: Pledge, reported: yes}}},
		{"a minister's possessor, not the agency",
			"Velm's trade minister, who flew in on Sunday, welcomed the offer and urged Arden to lift the tariffs.",
			[]want{{actor: "Velm", kind: Demand, target: "Arden", reported: yes}}},
		{"a sum pledged and a readiness said in one breath",
			"The Nordic Union, the main lender, pledged €40 million and said it stood ready to send engineers if the dam fails.",
			[]want{{actor: "Nordic Union", kind: Pledge, reported: yes}, {actor: "Nordic Union", kind: Conditional, condition: "if the dam fails", reported: yes}}},
		{"a hedge reported of the bloc",
			"Nordic Union defence ministers met on Tuesday. Some ministers said the Nordic Union could consider new tariffs on Arden.",
			[]want{{actor: "Nordic Union", kind: Hedge, strength: Low, reported: yes}}},
		{"a statement named by its issuer",
			"Donors met in Velm. The Nordic Union statement also condemns the looting of aid warehouses.",
			[]want{{actor: "Nordic Union", kind: Condemnation, reported: yes}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := DefaultGazetteer().ForStatement(c.text, wire)
			d := NewDiscourse(wire)
			var got []Commitment
			var last string
			for _, s := range segment.Sentences(c.text) {
				last = c.text[s.Start:s.End]
				got = ExtractIn(last, wire, g, d)
			}
			if len(got) != len(c.last) {
				t.Fatalf("ExtractIn(%q) = %d commitments, want %d:\n%s", last, len(got), len(c.last), describe(got))
			}
			for i, w := range c.last {
				checkCommitment(t, last, got[i], w)
			}
		})
	}
}

// In an official statement the discourse changes nothing but an opening
// "It" (TestStatementItRefersBack): "the statement" and the issuer's
// offices stay the issuer's.
func TestDiscourseLeavesStatementsAlone(t *testing.T) {
	council := Speaker{Name: "Secretary-General", Organization: "Council of Northern States"}
	text := "The Council of Northern States met in Velm. The statement condemns the attack on the ferry terminal. The Council calls on Arden to open the harbour."
	g := DefaultGazetteer().ForStatement(text, council)
	d := NewDiscourse(council)
	for _, s := range segment.Sentences(text) {
		sentence := text[s.Start:s.End]
		with, without := ExtractIn(sentence, council, g, d), Extract(sentence, council, g)
		if describe(with) != describe(without) {
			t.Errorf("%q: with the discourse %s, without %s", sentence, describe(with), describe(without))
		}
	}
}

// An official statement's sentence that opens with "It" continues the
// sentence before, when that one opened with an actor as its subject.
func TestStatementItRefersBack(t *testing.T) {
	council := Speaker{Name: "Secretary-General", Organization: "Council of Northern States"}
	velm := Speaker{Name: "Ministry of Foreign Affairs", Organization: "Republic of Velm"}
	cases := []struct {
		sp   Speaker
		text string
		last []want
	}{
		{velm, "Velm will host a donors' conference in May. It will also double its aid to Arden this year.",
			[]want{{actor: "Velm", kind: Pledge, reported: no}}},
		{council, "The Council of Northern States reaffirms its support for the talks. It rejects any outside interference in them.",
			[]want{{actor: "Council of Northern States", kind: Refusal, polarity: Negative}}},
		{velm, "Velm's aid has reached the coast. It will also double its aid to Arden this year.", nil},
		{velm, "The ferry sank on Monday. It will be raised next month.", nil},
	}
	for _, c := range cases {
		g := DefaultGazetteer().ForStatement(c.text, c.sp)
		d := NewDiscourse(c.sp)
		var got []Commitment
		var last string
		for _, s := range segment.Sentences(c.text) {
			last = c.text[s.Start:s.End]
			got = ExtractIn(last, c.sp, g, d)
		}
		if len(got) != len(c.last) {
			t.Errorf("ExtractIn(%q) = %d commitments, want %d:\n%s", last, len(got), len(c.last), describe(got))
			continue
		}
		for i, w := range c.last {
			checkCommitment(t, last, got[i], w)
		}
	}
}

func TestIsNarrator(t *testing.T) {
	for sp, want := range map[Speaker]bool{
		{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}:       true,
		{Name: "Lakeside Wire correspondent"}:                                      true,
		{Organization: "Daily News"}:                                               true,
		{Name: "Velm Food Agency (news release)"}:                                  false,
		{Name: "Press Secretary", Organization: "The White House"}:                 false,
		{Name: "Spokesperson", Organization: "International Atomic Energy Agency"}: false,
	} {
		if got := isNarrator(sp); got != want {
			t.Errorf("isNarrator(%+v) = %v, want %v", sp, got, want)
		}
	}
}

// The sentence-level rules added with the discourse, in official statements.
func TestExpectAndThreaten(t *testing.T) {
	velm := Speaker{Name: "Ministry of Foreign Affairs", Organization: "Republic of Velm"}
	cases := []struct {
		sentence string
		want     []want
	}{
		{"Velm expects the Ardenian authorities to release the fishermen without delay.",
			[]want{{actor: "Velm", kind: Demand, target: "Ardenian authorities"}}},
		{"We expect that the talks will resume in March.", nil},
		{"Velm expects to host the next round of talks.", nil},
		{"Velm threatens to recall its ambassador.", []want{{actor: "Velm", kind: Pledge}}},
	}
	for _, c := range cases {
		g := DefaultGazetteer().ForStatement("Arden and Velm. "+c.sentence, velm)
		got := Extract(c.sentence, velm, g)
		if len(got) != len(c.want) {
			t.Errorf("Extract(%q) = %d commitments, want %d:\n%s", c.sentence, len(got), len(c.want), describe(got))
			continue
		}
		for i, w := range c.want {
			if w.target != "" && !strings.Contains(got[i].Target, "Arden") {
				t.Errorf("%q: target %q", c.sentence, got[i].Target)
			}
			w.target = ""
			checkCommitment(t, c.sentence, got[i], w)
		}
	}
}

// TestDiscourseRemembersEachSpeakersActor: a text's memo of its speaker's
// actor answers for that speaker and gazetteer only; another speaker or
// gazetteer is read afresh.
func TestDiscourseRemembersEachSpeakersActor(t *testing.T) {
	g := DefaultGazetteer()
	velm := Speaker{Name: "Ministry of Foreign Affairs", Organization: "Republic of Velm"}
	arden := Speaker{Name: "Prime Minister's Office", Organization: "Kingdom of Arden"}
	other := g.clone()
	other.Add("Arden Crown", "Kingdom of Arden")
	d := NewDiscourse(velm)
	for _, step := range []struct {
		sp    Speaker
		g     *Gazetteer
		actor string
	}{
		{velm, g, g.ActorOf(velm)},
		{velm, g, g.ActorOf(velm)},
		{arden, g, g.ActorOf(arden)},
		{arden, other, "Arden Crown"},
		{velm, g, g.ActorOf(velm)},
	} {
		got := ExtractIn("We will send two field hospitals to the border.", step.sp, step.g, d)
		if len(got) != 1 || got[0].Actor != step.actor {
			t.Errorf("%s: %+v, want one commitment by %q", step.sp.Organization, got, step.actor)
		}
	}
	if g.ActorOf(velm) == g.ActorOf(arden) {
		t.Fatalf("both speakers are %q: the test checks nothing", g.ActorOf(velm))
	}
}
