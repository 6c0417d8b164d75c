package commitment

import (
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// This file holds the word tables the rules read. They are small and hand
// written: each entry is a cue an analyst would recognise, and each table
// says in its comment why a word is (or is not) in it.

// set builds a lookup table from space-separated words.
func set(words string) map[string]bool { return lang.Words(words) }

// lexKind is the class of the lexical verb of a predicate.
type lexKind uint8

const (
	lexAction    lexKind = iota // a plain verb: the modal decides the kind
	lexCondemn                  // condemn, denounce, deplore, criticize, decry
	lexSupport                  // support, back, endorse, stand with, express solidarity
	lexReaffirm                 // reaffirm, reiterate, remain committed, renew a commitment
	lexDemand                   // call on, urge, demand, press, push for, encourage, request
	lexPledge                   // pledge to, vow to, promise to, commit to, agree to, decide to
	lexDiscourse                // "I will turn it over", "we will now move on": talk about the talk
	lexCognitive                // "we must remember", "we have to think": a state of mind, not an act
)

// verbLemma maps the inflected forms of the speech-act and stance verbs to
// their lemma. Forms ending in -ing only count after a statement ("a
// statement denouncing …") or another cue.
var verbLemma = map[string]string{}

func init() {
	for lemma, forms := range map[string]string{
		"condemn":    "condemn condemns condemned condemning",
		"denounce":   "denounce denounces denounced denouncing",
		"deplore":    "deplore deplores deplored deploring",
		"criticize":  "criticize criticizes criticized criticizing criticise criticises criticised criticising",
		"decry":      "decry decries decried decrying",
		"support":    "support supports supported supporting",
		"back":       "back backs backed backing",
		"endorse":    "endorse endorses endorsed endorsing",
		"stand":      "stand stands stood standing",
		"reaffirm":   "reaffirm reaffirms reaffirmed reaffirming",
		"reiterate":  "reiterate reiterates reiterated reiterating",
		"recommit":   "recommit recommits recommitted",
		"renew":      "renew renews renewed renewing",
		"underscore": "underscore underscores underscored underscoring",
		"affirm":     "affirm affirms affirmed affirming",
		"express":    "express expresses expressed expressing",
		"restate":    "restate restates restated",
		"convey":     "convey conveys conveyed",
		"offer":      "offer offers offered",
		"assure":     "assure assures assured",
		"extend":     "extend extends extended",
		"call":       "call calls called calling",
		"urge":       "urge urges urged urging",
		"demand":     "demand demands demanded demanding",
		"press":      "press presses pressed pressing",
		"push":       "push pushes pushed pushing",
		"encourage":  "encourage encourages encouraged encouraging",
		"request":    "request requests requested requesting",
		"recommend":  "recommend recommends recommended",
		"ask":        "ask asks asked",
		"pledge":     "pledge pledges pledged pledging",
		"vow":        "vow vows vowed vowing",
		"promise":    "promise promises promised promising",
		"commit":     "commit commits committed committing",
		"agree":      "agree agrees agreed",
		"decide":     "decide decides decided",
		"resolve":    "resolve resolves resolved",
		"oppose":     "oppose opposes opposed opposing",
		"confirm":    "confirm confirms confirmed",
		"share":      "share shares shared",
		"announce":   "announce announces announced announcing",
		"reject":     "reject rejects rejected",
		"rule":       "rule rules ruled",
		"appeal":     "appeal appeals appealed",
		"recall":     "recall recalls",
		"signal":     "signal signals signaled signalled",
		"task":       "task tasks",
		"instruct":   "instruct instructs",
		"continue":   "continue continues continued continuing",
		"remain":     "remain remains remained",
		"reinforce":  "reinforce reinforces reinforced",
		"stress":     "stress stresses stressed",
		"emphasize":  "emphasize emphasizes emphasized emphasise emphasises emphasised",
		"make":       "make makes made",
		"threaten":   "threaten threatens threatened",
		"expect":     "expect expects expected",
		"give":       "give gives gave",
		"lodge":      "lodge lodges lodged",
		"undertake":  "undertake undertakes undertook", // not "has undertaken to respect": a standing obligation
		"advocate":   "advocate advocates",
		"register":   "register registers registered",
		"turn":       "turn turns turned",
		"release":    "release releases releasing", // "we are releasing $5 million": only with a sum
		"allocate":   "allocate allocates allocating",
		"contribute": "contribute contributes contributing",
		"disburse":   "disburse disburses disbursing",
		"rebuff":     "rebuff rebuffs rebuffed",
		"spurn":      "spurn spurns spurned",
		"advise":     "advise advises advised",
		"warn":       "warn warns warned",
		"caution":    "caution cautions cautioned",
	} {
		for _, f := range strings.Fields(forms) {
			verbLemma[f] = lemma
		}
	}
}

// lexOfLemma is the class of the verbs whose class needs no look-ahead.
var lexOfLemma = map[string]lexKind{
	"condemn": lexCondemn, "oppose": lexCondemn, "denounce": lexCondemn, "deplore": lexCondemn, "criticize": lexCondemn, "decry": lexCondemn,
	"support": lexSupport, "back": lexSupport, "endorse": lexSupport,
	"reaffirm": lexReaffirm, "reiterate": lexReaffirm, "recommit": lexReaffirm,
	"urge": lexDemand, "demand": lexDemand, "encourage": lexDemand,
}

// demandStrength is the value of each demand verb: "demand" insists,
// "encourage" only invites.
var demandStrength = map[string]Strength{"demand": High, "encourage": Low}

// isPast reports whether an inflected verb form is a past tense.
func isPast(w string) bool {
	return strings.HasSuffix(w, "ed") || w == "stood" || w == "made"
}

// holdBack are verbs of holding back: negating them is a double negation
// ("will not hesitate to respond" is a firm positive pledge).
var holdBack = set("hesitate waver falter rest relent flinch yield retreat tire")

// noIdioms are verbs whose "no" object makes a positive pledge: "spare no
// effort", "leave no stone unturned", "waste no time", "have no choice but".
var noIdioms = set("spare spares leave leaves waste lose have has know")

// heldBack are the passives of holding back: "will not be deterred" is a
// firm pledge to go on.
var heldBack = set("deterred intimidated cowed silenced discouraged dissuaded swayed blackmailed bullied coerced frightened pressured")

// refuseVerbs follow "cannot" in a refusal ("we cannot accept"); after
// other verbs "cannot" states an inability ("a debt we can never repay").
var refuseVerbs = set("accept allow let tolerate permit condone countenance abide support agree stand ignore")

// discourse verbs talk about the conversation itself ("I will turn it over to
// …", "we will now move on to questions"): not commitments.
var discourse = set("say add turn hand move open close conclude begin start repeat stop answer take go get yield pause end keep comment speculate preview characterize thank")

// discourseObject lists discourse verbs that are commitments when their
// object is not about the talk: "take action" is a pledge, "take questions"
// is not; "end the crisis" is, "end there" is not.
var discourseObject = map[string]string{
	"take":  "questions question few one your",
	"add":   "that to this one a something",
	"end":   "there here the call it",
	"start": "with by off",
	"begin": "with by",
	"get":   "back ahead into",
	"keep":  "going",
	"go":    "ahead to on",
	"open":  "it up the",
	"close": "the it out",
	"stop":  "there here",
	"pause": "there here for briefly now", // "I'll pause there"; not "will pause its budget support"
	"hand":  "it back",                    // "I'll hand it to …"; "hand over to" is read in isDiscourse; not "hand over the suspects"
}

// The language layer's word lists (assets/lang), as the sets the reader
// looks words up in: cognitive verbs ("we must remember" obliges nobody),
// reporting verbs (what follows belongs to their subject), those that
// report only before "that" ("affirmed that …"; otherwise a speech act:
// "affirmed her support"), and epistemic verbs (belief or prediction).
var (
	cognitive                = lang.CognitiveVerbs()
	reporting, reportingThat = reportingSets()
	epistemic                = lang.EpistemicVerbs()
)

// tellVerbs take a hearer before what they report ("informed its allies
// that …", "told reporters the army would …").
var tellVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range lang.ReportingVerbs() {
		if v.Frame == lang.FrameTell {
			m[v.Form] = true
		}
	}
	return m
}()

func reportingSets() (always, withThat map[string]bool) {
	always, withThat = map[string]bool{}, map[string]bool{}
	for _, v := range lang.ReportingVerbs() {
		switch {
		case v.Reports:
			always[v.Form] = true
		case v.ReportsWithThat:
			withThat[v.Form] = true
		}
	}
	return always, withThat
}

// adverbs that may stand between a subject and its verb or inside a verb
// chain without changing who does what.
var adverbs = set(`also further fully firmly strongly unequivocally still again once now then thus therefore
	hereby jointly collectively all both each together too indeed just ever always immediately soon
	quickly swiftly continually repeatedly clearly publicly privately only instead certainly absolutely
	resolutely steadfastly categorically deeply hard actively closely`)

// intensifiers raise a speech act to high value ("strongly condemn", "full
// solidarity", "unwavering commitment").
var intensifiers = set(`strongly unequivocally firmly fully strongest full firm unwavering ironclad iron-clad
	steadfast unshakeable unshakable resolute absolute determination utmost`)

// notAdverbs end in -ly but are not adverbs.
var notAdverbs = set("ally family supply reply rely apply july italy assembly likely early")

// isAdverb reports whether t may be skipped between a subject and its verb.
func isAdverb(t token) bool {
	if t.kind != tWord {
		return false
	}
	if adverbs[t.w] {
		return true
	}
	return !t.upper && len(t.w) > 4 && strings.HasSuffix(t.w, "ly") && !notAdverbs[t.w]
}

// firstPerson pronouns and determiners stand for the speaker.
var firstPerson = set("we i")

// firstPersonDet + an institution noun ("our government", "my team") is the
// speaker too.
var firstPersonDet = set("our my")

// agentHeads are nouns that head a subject naming an agent: with an actor
// before them ("U.S. officials", "the Israeli side", "Iran's leadership")
// they are that actor; with "our"/"my" the speaker.
var agentHeads = set(`official officials participant participants side sides government governments leadership
	leader leaders member members team delegation administration forces military source sources
	spokesperson spokesman spokeswoman counterparts authorities regime ministry minister president
	country countries nation nations people representatives negotiators envoy corporation agency
	department office council commission ministers chief chiefs spokespeople envoys ambassador executive
	authority teams prosecutor`)

// inclusiveHeads after "both", "the two", "the" name a joint subject that
// includes the speaker ("both leaders", "the two sides").
var inclusiveHeads = set("leaders sides countries nations presidents delegations governments participants")

// genericAgents are agents named by a common noun: a "must" addressed to
// them is a demand ("all parties must refrain").
var genericAgents = set(`parties party sides countries states nations governments actors stakeholders community
	house senate congress everyone authorities groups members leadership leaders militias nationals citizens
	residents travellers travelers`)

// actionNouns are activities that a demand can order to stop ("these
// attacks must end").
var actionNouns = set(`attacks attack actions action violence activities activity strikes hostilities fighting
	escalation harassment detentions settlements incitement transfers transfer aggression occupation
	bombardment shelling provocations`)

// cessation verbs end an activity.
var cessation = set("end stop cease halt")

// principalHeads are the offices and bodies that speak for the issuer of
// a statement when named bare, with "the" ("The President condemns", "The
// Secretary-General will convene", "The Council calls on", "The League
// stands ready"): in an official statement they are its own principal.
var principalHeads = set(`president presidency chancellor secretary-general chairperson chair chairman chairwoman
	council league union commission government administration secretary representative director-general community kingdom`)

// institutionNouns stand for the issuer's own institution after an office
// ("the President of the Republic", "the Chairperson of the Commission").
var institutionNouns = set("republic commission union league council organization organisation secretariat presidency kingdom federation community ministry")

// officeHeads are offices that name no actor by themselves ("the
// Ambassador said", "the Minister told"): someone's, not the issuer's.
var officeHeads = set(`ambassador minister spokesperson spokesman spokeswoman envoy director coordinator
	commissioner official officials delegate delegation prosecutor`)

// titleModifiers may stand before an office in its title.
var titleModifiers = set(`prime foreign vice deputy high executive general special federal first acting interim
	assistant under senior chief united nations european african cabinet`)

// statementNouns stand for the speaker's own document ("The statement
// criticizes …").
var statementNouns = set("statement declaration communique communiqué readout letter")

// relPronouns open a relative clause.
var relPronouns = set("that which who whom whose")

// clauseConj are conjunctions that join clauses with their own subjects.
var clauseConj = set("and but or while whereas although though because since")

// time expressions, longest first, matched as token sequences.
var timePhrases = splitPhrases(`in the coming days|in the coming weeks|in the coming months|in the coming years|
	over the coming days|over the coming weeks|over the coming months|in the days ahead|in the weeks ahead|
	in the months ahead|in the years ahead|as soon as possible|later this year|later this month|later this week|later today|
	earlier today|without delay|right away|next week|next month|next year|this week|this month|this year|
	this afternoon|this evening|this morning|tonight|tomorrow|today|immediately|soon|shortly`)

// months let "this July" and "by March" be times.
var months = set("january february march april may june july august september october november december")

// conditionMarkers open a condition clause, as token sequences.
var conditionMarkers = splitPhrases(`in response to|in the event that|in the event of|in case|provided that|providing that|
	as long as|so long as|as soon as|only if|only when|if|unless|once|should|depending on|subject to|on condition that`)

// conditionFirst are the first words of the condition markers.
var conditionFirst = func() map[string]bool {
	m := map[string]bool{"as": true, "when": true, "the": true, "provided": true, "providing": true} // "as access allows", "when conditions allow", "the moment the road opens" (conditionAt)
	for _, p := range conditionMarkers {
		m[p[0]] = true
	}
	return m
}()

// notConditionBefore are words after which "if" asks rather than conditions
// ("to see if", "whether") or concedes ("even if").
var notConditionBefore = set("see ask know determine assess check wonder even as decide evaluate")

// instantNouns open a clause of time as "as soon as" does: "would truck
// it in the moment the road opens".
var instantNouns = set("moment minute instant")

// clauseOpeners begin the subject of a clause after "the moment": "the
// moment the road opens", "the minute they ask".
var clauseOpeners = set("the a an its their our his her it they we he she this these those")

// splitPhrases splits "a b|c d" into [[a b] [c d]].
func splitPhrases(s string) [][]string {
	var out [][]string
	for _, p := range strings.Split(s, "|") {
		if f := strings.Fields(p); len(f) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// modalWords are the modals: a noun phrase with one in it is a clause of
// its own, not a subject.
var modalWords = set("will would shall should must may might can could")

// weekdays name a day ("Britain on Friday demanded …").
var weekdays = set("monday tuesday wednesday thursday friday saturday sunday")

// triggers are the words without which a sentence holds no commitment: a
// cheap test that skips most sentences of a long document.
var triggers = set(`will shall would must should may might could can need needs ought have has do does did
	ready prepared willing determined committed dedicated going seeking seek seeks hope hopes aim aims intend intends
	plan plans refuse refuses refused interest intention reserve reserves had decline declines declined considering`)

// hasTrigger reports whether the sentence holds a trigger word.
func (x *extraction) hasTrigger() bool {
	for _, t := range x.toks {
		if t.kind == tWord && (triggers[t.w] || verbLemma[t.w] != "") {
			return true
		}
	}
	return false
}
