package commitment

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Speakers of the test sentences, as Parley's statements name them.
var (
	whiteHouse = Speaker{Name: "The White House", Organization: "The White House (United States)"}
	officials  = Speaker{Name: "Senior Biden administration officials", Organization: "The White House (United States)"}
	kirby      = Speaker{Name: "John Kirby, national security spokesperson", Organization: "The White House (United States)"}
	g7         = Speaker{Name: "G7 Leaders (joint statement)", Organization: "Group of Seven"}
	israel     = Speaker{Name: "Government of Israel; Defense Minister Yoav Gallant", Organization: "State of Israel"}
	iran       = Speaker{Name: "Hossein Salami, Commander of the Islamic Revolutionary Guard Corps", Organization: "Islamic Republic of Iran"}
	narrator   = Speaker{Name: "news article", Organization: ""}
)

// want is an expected commitment; empty fields are not checked.
type want struct {
	actor     string
	kind      Kind
	polarity  Polarity
	strength  Strength
	action    string
	target    string
	condition string
	time      string
	cues      []string
	reported  *bool
}

var yes, no = func() *bool { b := true; return &b }(), func() *bool { b := false; return &b }()

// extractCase is one sentence and the commitments it must yield (none when
// wants is empty).
type extractCase struct {
	name     string
	speaker  Speaker
	sentence string
	wants    []want
}

// runCases checks Extract on each case.
func runCases(t *testing.T, cases []extractCase) {
	t.Helper()
	g := DefaultGazetteer()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Extract(c.sentence, c.speaker, g)
			if len(got) != len(c.wants) {
				t.Fatalf("Extract(%q) = %d commitments, want %d:\n%s", c.sentence, len(got), len(c.wants), describe(got))
			}
			for i, w := range c.wants {
				checkCommitment(t, c.sentence, got[i], w)
			}
		})
	}
}

// checkCommitment compares the fields w sets.
func checkCommitment(t *testing.T, sentence string, c Commitment, w want) {
	t.Helper()
	check := func(field, got, want string) {
		t.Helper()
		if want != "" && got != want {
			t.Errorf("%s = %q, want %q\n  in %q\n  got %s", field, got, want, sentence, describe([]Commitment{c}))
		}
	}
	check("actor", c.Actor, w.actor)
	check("kind", string(c.Kind), string(w.kind))
	check("polarity", string(c.Polarity), string(w.polarity))
	check("strength", string(c.Strength), string(w.strength))
	check("action", c.Action, w.action)
	check("target", c.Target, w.target)
	check("condition", c.Condition, w.condition)
	check("time", c.Time, w.time)
	if w.cues != nil && !slices.Equal(c.Cues, w.cues) {
		t.Errorf("cues = %q, want %q in %q", c.Cues, w.cues, sentence)
	}
	if w.reported != nil && c.Reported != *w.reported {
		t.Errorf("reported = %v, want %v in %q", c.Reported, *w.reported, sentence)
	}
}

// A pledge needs the speaker (or its institution) as subject and a future
// action; a bare "will" about others, a past event or an assessment is none.
func TestPledgeNeedsSpeakerAndFuture(t *testing.T) {
	runCases(t, []extractCase{
		{"we will", g7, "We will continue to work to stabilize the situation and avoid further escalation.",
			[]want{{actor: "G7", kind: Pledge, polarity: Positive, strength: Median, cues: []string{"will"},
				action: "continue to work to stabilize the situation and avoid further escalation"}}},
		{"institution as subject", whiteHouse, "In the coming days, the United States will impose new sanctions targeting Iran, including its missile and drone program.",
			[]want{{actor: "United States", kind: Pledge, time: "In the coming days", target: "Iran", action: "impose new sanctions targeting Iran"}}},
		{"my team", whiteHouse, "My team will engage with their counterparts across the region.",
			[]want{{actor: "United States", kind: Pledge}}},
		{"prediction about allies", whiteHouse, "We anticipate that our allies and partners will soon be following with their own sanctions.", nil},
		{"our allies will", whiteHouse, "And our allies and partners have or will issue additional sanctions and measures to restrict Iran’s destabilizing military programs.", nil},
		{"things will", whiteHouse, "These new sanctions and other measures will continue a steady drumbeat of pressure to contain and degrade Iran’s military capacity.", nil},
		{"state, not act", whiteHouse, "Today’s announcement is a major step in realizing the aspiration laid out on that day – that the United States will once again be a leader in global chip manufacturing.", nil},
		{"past event", narrator, "Biden convened a meeting of the Group of Seven leaders on Sunday to deliberate a “united diplomatic response” that would limit the likelihood of a broader war through non-military means.", nil},
		{"past report", narrator, "A senior US military official said that the US determined there was “no significant damage within Israel itself.”", nil},
		{"assessment", kirby, "“This was an incredible success, really proving Israel’s military superiority and, just as critically, their diplomatic superiority.", nil},
		{"will as a noun", whiteHouse, "I believe that will is stronger today than ever before—and in the years ahead, I know we’ll prove it.", nil},
		{"means and outcome", g7, "We affirm that by investing in our people, tackling inequalities and championing freedoms, we will release innovation capable of tackling the great challenges of our time.", nil},
		{"embedded question", whiteHouse, "I don’t know how I’m going to pay $800 a month.", nil},
		{"past intention", whiteHouse, "You know, when I w- — I wasn’t going to run in 2020.", nil},
	})
}

// First person resolves to the speaker's institution; a named subject to its
// gazetteer actor, which must be the effective speaker.
func TestSubjects(t *testing.T) {
	runCases(t, []extractCase{
		{"G7 we", g7, "We condemn Hamas for its continuing use of civilian infrastructure for its military activities.",
			[]want{{actor: "G7", kind: Condemnation, target: "Hamas"}}},
		{"Kirby's we", kirby, "We will stay in close touch with Israel’s leaders.",
			[]want{{actor: "United States", kind: Pledge, target: "Israel"}}},
		{"named subject = speaker", iran, "Tehran would respond immediately if Israel retaliates.",
			[]want{{actor: "Iran", kind: Conditional, polarity: Positive, strength: Median, condition: "if Israel retaliates",
				time: "immediately", cues: []string{"would", "if"}, reported: no}}},
		{"reported named subject", narrator, "A “new equation” has been created, according to Hossein Salami, Commander of Iran’s Islamic Revolutionary Guard Corps, who warned that Tehran would respond immediately if Israel retaliates.",
			[]want{{actor: "Iran", kind: Conditional, cues: []string{"would", "if"}, condition: "if Israel retaliates", time: "immediately", reported: yes}}},
		{"apposition names the actor", whiteHouse, "We, the Leaders of the G7, unequivocally condemn in the strongest terms Iran’s direct and unprecedented attack against Israel.",
			[]want{{actor: "G7", kind: Condemnation, strength: High, target: "Iran"}}},
		{"joint subject", whiteHouse, "The two leaders reaffirmed their commitment to the enduring strategic partnership between Iraq and the United States.",
			[]want{{actor: "United States", kind: Reaffirmation, target: "Iraq"}}},
		{"coordinated actors", whiteHouse, "The United States and Iraq commit to strengthen their cooperation to achieve greater transparency.",
			[]want{{actor: "United States", kind: Pledge, strength: High}}},
		{"together with", whiteHouse, "The President confirmed that the United States together with Egypt and Qatar would work to ensure the full implementation of its terms.",
			[]want{{actor: "United States", kind: Pledge, reported: yes}}},
		{"readout he", whiteHouse, "He urged Amir Tamim to exert all efforts to secure the release of hostages held by Hamas.",
			[]want{{actor: "United States", kind: Demand, target: "Amir Tamim", action: "exert all efforts to secure the release of hostages held by Hamas"}}},
		{"a president is nobody", whiteHouse, "If a president is sent money from the Congress to do something for the public, he must use American products.", nil},
		{"speech act of another actor", whiteHouse, "Israel has pledged to conduct a thorough investigation into why the aid workers’ vehicles were hit by airstrikes.",
			[]want{{actor: "Israel", kind: Pledge, reported: yes, action: "conduct a thorough investigation into why the aid workers’ vehicles were hit by airstrikes"}}},
		{"narrator's we is the narrator", narrator, "For the defense of Israel, we shall not waver.",
			[]want{{actor: "news article", kind: Pledge}}},
		{"relative clause head", g7, "Actions that weaken the Palestinian Authority must stop, including the withholding of clearance revenues by the Israeli Government.",
			[]want{{actor: "G7", kind: Demand, strength: High, cues: []string{"must"}}}},
	})
}

// Commitments in quotes or after reporting verbs belong to the quoted
// speaker and are marked Reported.
func TestReportedSpeech(t *testing.T) {
	runCases(t, []extractCase{
		{"quote then attribution", narrator, "“We are not seeking a significant escalation with Iran,” Israel informed the US, according to a senior Biden administration official who made the announcement on Sunday.",
			[]want{{actor: "Israel", kind: Refusal, polarity: Negative, strength: Low, reported: yes, action: "a significant escalation with Iran", target: "Iran"}}},
		{"informed X that", narrator, "U.S. officials informed of the situation said that President Joe Biden and senior members of his national security team have informed their counterparts that the United States will not take part in offensive actions against Iran in order to prevent a broader regional conflict that could ensue from Iran’s missile and drone barrage intended toward Israel.",
			[]want{{actor: "United States", kind: Refusal, polarity: Negative, strength: Median, reported: yes, cues: []string{"will not"},
				action: "take part in offensive actions against Iran", target: "Iran"}}},
		{"adding that “…”", narrator, "“We do have to think carefully and strategically about risks of escalation,” the senior administration source said, adding that “the president was very clear that we’re going to help defend Israel.”",
			[]want{{actor: "United States", kind: Pledge, reported: yes, action: "help defend Israel"}}},
		{"own words quoted", israel, "“We are not seeking a significant escalation with Iran.”",
			[]want{{actor: "Israel", kind: Refusal, reported: yes}}},
		{"unknown quoted speaker", whiteHouse, "Facing potential cuts, we must unite to defend this program, ensuring our community thrives in a pollution-free world, now and for future generations.”", nil},
		{"colon frame", whiteHouse, "President Biden has been clear: our support for Israel’s security is ironclad.",
			[]want{{actor: "United States", kind: Support, strength: High, target: "Israel", reported: yes}}},
		{"reported refusal of a third actor", whiteHouse, "We have heard President Putin say publicly that Russia has no intention of deploying nuclear weapons in space.",
			[]want{{actor: "Russia", kind: Refusal, polarity: Negative, reported: yes, action: "deploying nuclear weapons in space"}}},
		{"statement issued by", narrator, "After the virtual summit, the G7 members issued a joint statement denouncing Iran’s “direct and unprecedented attack” on Israel and expressing their “full solidarity and support to Israel and its people and reaffirm our commitment towards its security.”",
			[]want{{actor: "G7", kind: Condemnation, reported: yes}, {actor: "G7", kind: Support, strength: High}, {actor: "G7", kind: Reaffirmation}}},
	})
}

// Kinds and strength follow the modal scale; negation flips polarity and
// double negation makes a firm pledge.
func TestModalScale(t *testing.T) {
	runCases(t, []extractCase{
		{"will not hesitate", whiteHouse, "And we will not hesitate to take all necessary action to hold you accountable.",
			[]want{{kind: Pledge, polarity: Positive, strength: High, cues: []string{"will not hesitate"}, action: "take all necessary action to hold you accountable"}}},
		{"shall not waver", officials, "For the defense of Israel, we shall not waver.",
			[]want{{actor: "United States", kind: Pledge, polarity: Positive, strength: High}}},
		{"will not rest", whiteHouse, "My Administration is working around the clock to free the hostages, and we will not rest until we bring them home.",
			[]want{{kind: Pledge, polarity: Positive, strength: High}}},
		{"will not", whiteHouse, "President Biden will not impose ineffective, across-the-board tariffs that would increase costs.",
			[]want{{kind: Refusal, polarity: Negative, strength: Median}}},
		{"won't", whiteHouse, "We stand with our friends, and we won’t let Iran or Russia succeed.",
			[]want{{kind: Support}, {kind: Refusal, polarity: Negative, strength: Median, cues: []string{"won’t"}}}},
		{"cannot accept", israel, "We cannot accept a nuclear Iran.",
			[]want{{actor: "Israel", kind: Refusal, polarity: Negative, strength: High}}},
		{"will never", israel, "We will never allow Iran to acquire a nuclear weapon.",
			[]want{{kind: Refusal, polarity: Negative, strength: High}}},
		{"no interest in", officials, "We have no interest in participating in their response in any way.",
			[]want{{kind: Refusal, polarity: Negative, strength: Median, action: "participating in their response in any way"}}},
		{"not seeking", israel, "“We are not seeking a significant escalation with Iran.”",
			[]want{{kind: Refusal, polarity: Negative, strength: Low}}},
		{"committed to", whiteHouse, "The United States is committed to Israel’s security.",
			[]want{{kind: Pledge, strength: High, target: "Israel"}}},
		{"must, first person", whiteHouse, "We must do more to protect our law enforcement officers.",
			[]want{{kind: Pledge, strength: High}}},
		{"stand ready", whiteHouse, "The United States stands ready to provide any necessary assistance.",
			[]want{{kind: Pledge, strength: Median}}},
		{"can never repay is an idiom", whiteHouse, "Our nation owes them all a debt of gratitude we can never repay.", nil},
		{"won't have to is no obligation", whiteHouse, "For the first time in years, I won’t have to work this summer.", nil},
	})
}

// "call on / urge / demand / must" addressed to others is a Demand by the
// speaker, with the addressee as target.
func TestDemand(t *testing.T) {
	runCases(t, []extractCase{
		{"call on X to", g7, "We call on Iran to take prompt and concrete actions to fulfill its legal obligations and political commitments, including nuclear non-proliferation and safeguards obligations.",
			[]want{{actor: "G7", kind: Demand, target: "Iran", action: "take prompt and concrete actions to fulfill its legal obligations and political commitments", cues: []string{"call on"}}}},
		{"X must", g7, "Iran must cease its destabilizing actions.",
			[]want{{actor: "G7", kind: Demand, strength: High, target: "Iran", cues: []string{"must"}, action: "cease its destabilizing actions"}}},
		{"after an adjunct", g7, "In exercising its right to defend itself, Israel must fully comply with its obligations under international law in all circumstances, including international humanitarian law.",
			[]want{{actor: "G7", kind: Demand, target: "Israel"}}},
		{"generic addressee", g7, "All parties must refrain from any unilateral actions that undermine the prospect of a two-state solution.",
			[]want{{actor: "G7", kind: Demand, target: "All parties"}}},
		{"cessation", g7, "These illegal attacks must end.", []want{{actor: "G7", kind: Demand}}},
		{"not to", g7, "We emphasize the importance of ensuring maritime security in the Middle East’s waterways and call on Iran not to interfere with the lawful exercise of navigational rights and freedoms by all vessels.",
			[]want{{kind: Demand, polarity: Negative, target: "Iran"}}},
		{"demand that", g7, "We demand that Iran cease its malicious activities and destabilizing actions in the Middle East.",
			[]want{{kind: Demand, strength: High, target: "Iran"}}},
		{"urge the Senate", whiteHouse, "I urge the Senate to quickly send this package to my desk so that I can sign it into law.",
			[]want{{kind: Demand, target: "the Senate"}}},
		{"must and should", whiteHouse, "The House must pass the package this week and the Senate should quickly follow.",
			[]want{{kind: Demand, strength: High, target: "The House", time: "this week"}, {kind: Demand, strength: Median, target: "the Senate"}}},
		{"encourage is low", g7, "We encourage the Tunisian government to meet the democratic aspiration of its people.",
			[]want{{kind: Demand, strength: Low}}},
		{"must inside a reaffirmation", g7, "We reiterate our determination that it must never develop or acquire a nuclear weapon.",
			[]want{{kind: Reaffirmation}}},
		{"call on you", whiteHouse, "If you have a question, please raise your hand using the “raise hand” function, and we will call on you.", nil},
		// A "must" on a thing or a passive is a demand by the speaker, as
		// the blind commitment gold of issue 17 annotates it ("The
		// perpetrators must be brought to justice"); the three musts of
		// one sentence on one subject are one demand.
		{"non-agent must", whiteHouse, "That investigation must be swift, it must bring accountability, and its findings must be made public.",
			[]want{{actor: "United States", kind: Demand}}},
		{"must be avoided", g7, "This must be avoided.", nil},
	})
}

// A commitment holding only on a condition is Conditional, with the
// condition as written.
func TestConditional(t *testing.T) {
	runCases(t, []extractCase{
		{"in response to", g7, "In this spirit, we demand that Iran and its proxies cease their attacks, and we stand ready to take further measures now and in response to further destabilizing initiatives.",
			[]want{{kind: Demand, target: "Iran"},
				{kind: Conditional, strength: Median, cues: []string{"stand ready", "in response to"}, condition: "in response to further destabilizing initiatives", action: "take further measures now"}}},
		{"condition first", whiteHouse, "However, through the FSLC, if there are significant changes, we will take a look to see if a formal designation as a sector makes sense going forward.",
			[]want{{kind: Conditional, condition: "if there are significant changes"}}},
		{"as soon as", whiteHouse, "President Biden shared that his administration will quickly provide significant new security assistance packages to meet Ukraine’s urgent battlefield and air defense needs as soon as the Senate passes the national security supplemental and he signs it into law.",
			[]want{{actor: "United States", kind: Conditional, condition: "as soon as the Senate passes the national security supplemental and he signs it into law"}}},
		{"conditional refusal", israel, "We will not attack unless we are attacked.",
			[]want{{kind: Conditional, polarity: Negative, condition: "unless we are attacked"}}},
		{"inverted should", israel, "Should Iran attack again, we will respond with force.",
			[]want{{kind: Conditional, condition: "Should Iran attack again"}}},
		{"counterfactual", whiteHouse, "If that were the case, Russia would not have vetoed this resolution.", nil},
		{"hypothetical would", whiteHouse, "We note that mutual recognition would be a crucial component of that political process.", nil},
	})
}

// Condemnation, Support and Reaffirmation by the speaker.
func TestStanceKinds(t *testing.T) {
	runCases(t, []extractCase{
		{"condemn strongly", whiteHouse, "I condemn these attacks in the strongest possible terms.",
			[]want{{kind: Condemnation, strength: High, action: "condemn these attacks in the strongest possible terms"}}},
		{"deplore", g7, "We deplore all losses of civilian lives equally, and note with great concern the unacceptable number of civilian casualties.",
			[]want{{kind: Condemnation, strength: Median}}},
		{"solidarity and reaffirm", g7, "We express our full solidarity and support to Israel and its people and reaffirm our commitment towards its security.",
			[]want{{kind: Support, strength: High, target: "Israel"}, {kind: Reaffirmation, action: "reaffirm our commitment towards its security"}}},
		{"continue to back", officials, "And we continue to back Israel.",
			[]want{{kind: Support, target: "Israel"}}},
		{"stand with and support", whiteHouse, "The United States will stand with the people of Israel and support their defense against these threats from Iran.",
			[]want{{kind: Support, target: "Israel"}, {kind: Support, target: "Iran"}}},
		{"endorse and stand behind is one act", g7, "We fully endorse and will stand behind the comprehensive deal outlined by President Biden.",
			[]want{{kind: Support, strength: High, cues: []string{"endorse", "will", "stand behind"}}}},
		{"reiterate our call", g7, "We reiterate our call on Hamas to fully and unequivocally accept and implement the cease fire proposal, as outlined in Resolution 2735, and urge countries with influence over Hamas to help ensure that it does so.",
			[]want{{kind: Reaffirmation, target: "Hamas"}, {kind: Demand, target: "countries with influence over Hamas"}}},
		{"remain committed", g7, "We remain committed to the enduring defeat of ISIS.",
			[]want{{kind: Reaffirmation, cues: []string{"remain committed"}}}},
		{"purpose infinitive", whiteHouse, "I’ve just spoken with Prime Minister Netanyahu to reaffirm America’s ironclad commitment to the security of Israel.",
			[]want{{actor: "United States", kind: Reaffirmation, strength: High, target: "Israel"}}},
		{"support as a noun", g7, "We affirm our commitment to working together to closely coordinate and institutionalize our support for civil society peacebuilding efforts.",
			[]want{{kind: Reaffirmation}}},
		{"purpose, not message", whiteHouse, "At my direction, to support the defense of Israel, the U.S. military moved aircraft and ballistic missile defense destroyers to the region.", nil},
		{"welcome is not support", g7, "We welcome Israel’s acceptance of the proposal and readiness to move forward with it.", nil},
	})
}

// Hedges: may, could, likely, seek to by the speaker without a firmer modal.
func TestHedge(t *testing.T) {
	runCases(t, []extractCase{
		{"may", g7, "We may impose further sanctions on Iran.", []want{{kind: Hedge, strength: Low, target: "Iran"}}},
		{"seek to", whiteHouse, "Both sides seek to cooperate to address supply chain vulnerabilities.", []want{{kind: Hedge, strength: Low}}},
		{"will likely", israel, "We will likely respond in the coming days.", []want{{kind: Hedge, strength: Low, time: "in the coming days", cues: []string{"will", "likely"}}}},
		{"not the speaker", narrator, "During a meeting of Israel’s war council, the country’s reaction options will likely be considered in detail.", nil},
		{"past ability", whiteHouse, "I couldn’t afford $800 a month.", nil},
	})
}

// Time expressions as written.
func TestTime(t *testing.T) {
	runCases(t, []extractCase{
		{"tomorrow", whiteHouse, "Tomorrow, I will convene my fellow G7 leaders to coordinate a united diplomatic response to Iran’s brazen attack.",
			[]want{{time: "Tomorrow", target: "G7"}}},
		{"this afternoon", whiteHouse, "President Biden is being regularly updated on the situation by his national security team and will meet with them this afternoon at the White House.",
			[]want{{actor: "United States", kind: Pledge, time: "this afternoon"}}},
		{"by the end of", g7, "We urge all Libyan stakeholders to work constructively on the political process in order to hold free, fair, and inclusive presidential and parliamentary elections by the end of 2023.",
			[]want{{kind: Demand, time: "by the end of 2023"}}},
		{"this July", whiteHouse, "And this July, the United States will host a Washington NATO Summit—bringing together our Allies to modernize our defense and deterrence.",
			[]want{{time: "this July"}}},
		{"later today", whiteHouse, "The purpose of this call is to share with you that later today, Treasury will announce that General License 44 will not be renewed, and we will instead issue General License 44A.",
			[]want{{time: "later today"}, {kind: Pledge}}},
		{"over the coming weeks", whiteHouse, "Both leaders agreed to stay in regular contact over the coming weeks.",
			[]want{{actor: "United States", kind: Pledge, time: "over the coming weeks"}}},
	})
}

// One sentence can hold several commitments.
func TestSeveralCommitments(t *testing.T) {
	runCases(t, []extractCase{
		{"demand and condemn", g7, "We call on Iran’s leadership to end all unjust and arbitrary detentions, including of dual and foreign citizens, and condemn the unacceptable harassment of its citizens.",
			[]want{{kind: Demand, target: "Iran"}, {kind: Condemnation}}},
		{"condemn and call on", g7, "We condemn the attack and call on Iran to stop its destabilizing activities.",
			[]want{{kind: Condemnation}, {kind: Demand, target: "Iran"}}},
		{"pledge, support, refusal", whiteHouse, "I will sign this into law immediately to send a message to the world: We stand with our friends, and we won’t let Iran or Russia succeed.",
			[]want{{kind: Pledge, time: "immediately"}, {kind: Support}, {kind: Refusal}}},
		{"support and pledge", g7, "We express our continued support for the work of the Organization for the Prohibition of Chemical Weapons (OPCW) and are committed to accountability for those responsible for the use of chemical weapons.",
			[]want{{kind: Support}, {kind: Pledge, strength: High}}},
	})
}

// Talk about the talk, states of mind and forecasts are not commitments.
func TestNotCommitments(t *testing.T) {
	runCases(t, []extractCase{
		{"turn it over", whiteHouse, "And now I will turn it over to Attorney General Merrick Garland.", nil},
		{"move on", whiteHouse, "We will now move on to the Q&A portion.", nil},
		{"go now to", whiteHouse, "We will go now to [senior administration official].", nil},
		{"remember", whiteHouse, "We must remember that the sacred commitment we make to our Allies makes us safer too.", nil},
		{"never forget", whiteHouse, "We will never forget the horrors of those 100 days.", nil},
		{"think", officials, "“We do have to think carefully and strategically about risks of escalation.”", nil},
		{"object relative", whiteHouse, "This federal $ will help advance the bold climate solutions we need to reduce air pollution.", nil},
		{"noun after and", whiteHouse, "Even in recent days, we’ve seen harassment and calls for violence against Jews.", nil},
		{"list item", whiteHouse, "The President reinforced the need for all sides to take urgent, collaborative steps to enhance security coordination, condemn all acts of terrorism, and maintain the viability of a two-state solution.",
			[]want{{kind: Demand, target: "all sides"}}},
	})
}

// Offsets lie inside the sentence and cover the cues.
func TestSpans(t *testing.T) {
	s := "In this spirit, we demand that Iran and its proxies cease their attacks, and we stand ready to take further measures now and in response to further destabilizing initiatives."
	for _, c := range Extract(s, g7, nil) {
		if c.Start < 0 || c.End > len(s) || c.Start >= c.End {
			t.Fatalf("span [%d,%d) outside %d bytes", c.Start, c.End, len(s))
		}
		for _, cue := range c.Cues {
			if !strings.Contains(s[c.Start:c.End], cue) {
				t.Errorf("span %q does not hold cue %q", s[c.Start:c.End], cue)
			}
		}
	}
	got := Extract(s, g7, nil)
	if len(got) != 2 || got[0].Start != strings.Index(s, "we demand") || got[1].Start != strings.Index(s, "we stand") {
		t.Errorf("spans: %+v", got)
	}
}

// Extract is deterministic, handles empty input and a nil gazetteer.
func TestExtractEdges(t *testing.T) {
	for _, s := range []string{"", " ", "will", "We will", "“", "Iran must", "call on", "We, , will not"} {
		a, b := Extract(s, g7, nil), Extract(s, g7, DefaultGazetteer())
		if !reflect.DeepEqual(a, b) {
			t.Errorf("Extract(%q) differs between nil and default gazetteer", s)
		}
	}
	if got := Extract("We will act.", Speaker{}, nil); len(got) != 1 || got[0].Actor != "" {
		t.Errorf("an unnamed speaker's commitment: %+v", got)
	}
}

// The JSON form uses the documented tags and leaves empty optional fields out.
func TestJSON(t *testing.T) {
	got := Extract("Tehran would respond immediately if Israel retaliates.", iran, nil)
	data, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	const want = `[{"actor":"Iran","kind":"conditional","polarity":"positive","strength":"median","action":"respond immediately","target":"Israel","condition":"if Israel retaliates","time":"immediately","cues":["would","if"],"start":0,"end":53}]`
	if string(data) != want {
		t.Errorf("JSON:\n got %s\nwant %s", data, want)
	}
}

// TestLastApostrophe: the last apostrophe of a word, straight or curly,
// whichever comes later; -1 without one.
func TestLastApostrophe(t *testing.T) {
	for w, want := range map[string]int{
		"plain": -1, "don't": 3, "don’t": 3, "Ardens’": 6, "rock'n’roll": 6, "it's’": 4, "’tis": 0, "café": -1,
	} {
		if got := lastApostrophe(w); got != want {
			t.Errorf("lastApostrophe(%q) = %d, want %d", w, got, want)
		}
	}
}
