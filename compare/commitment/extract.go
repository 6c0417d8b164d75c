package commitment

import (
	"slices"
	"strings"
	"sync"

	"github.com/parley-app/parley/compare/lang"
)

// extraction holds the analysis of one sentence.
type extraction struct {
	s          string
	g          *Gazetteer
	toks       []token
	ments      []mention
	mentionAt  []int // per token: the mention covering it, or -1
	mentionEnd []int // per token: the mention ending on it, or -1
	frames     []frame
	boundary   []bool // per token: it starts a clause
	frameStart []bool // per token: it starts a reported or believed complement
	doc        string // the speaker's actor
	docKnown   bool   // the gazetteer knows the speaker
	anchors    []anchor
	disc       *Discourse        // a narrated text's earlier sentences; nil otherwise
	opener     string            // the actor the previous sentence opened with, when read in a text
	offices    map[string]string // office noun → the other actor whose official the text last named so ("ambassador" → Arden)
	issuer     *issuerMemo       // the text's memo of the speaker's actor; nil for a sentence alone
}

// anchor is one predicate found in the sentence, kept or not: a dropped
// anchor still lends its subject to a predicate coordinated with it.
type anchor struct {
	p         pred
	subj      subject
	inherited bool // the subject comes from an earlier predicate or the clause start
	from      int  // the anchor it shares its subject with, or -1
	ok        bool
	actor     string
	demand    bool   // a deontic modal addressed to another actor: a Demand by the speaker
	target    string // the addressee of such a demand
	reported  bool
	source    string // for a reported one: who says it, when known
	cond      [2]int // condition tokens, inclusive; [-1 -1] if none
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Extract returns the commitments in one sentence, in order of position. Deterministic; never panics.
// A nil gazetteer means DefaultGazetteer().
func Extract(sentence string, sp Speaker, g *Gazetteer) []Commitment {
	return newExtraction(sentence, g).extract(sp)
}

func newExtraction(sentence string, g *Gazetteer) *extraction {
	return newExtractionInto(sentence, g, make([]token, 0, len(sentence)/5+4))
}

// newExtractionInto tokenizes the sentence into buf's room.
func newExtractionInto(sentence string, g *Gazetteer, buf []token) *extraction {
	if g == nil {
		defaultOnce.Do(func() { defaultGaz = DefaultGazetteer() })
		g = defaultGaz
	}
	x := &extraction{s: sentence, g: g}
	x.toks = tokenize(sentence, buf)
	return x
}

func (x *extraction) extract(sp Speaker) []Commitment {
	trigger := x.hasTrigger()
	if !trigger && x.disc == nil {
		if x.namesOffice() {
			x.doc, x.docKnown = x.speakerActor(sp)
			x.indexMentions() // "I summoned the Ardenian ambassador": for foreignOffices
		}
		return nil
	}
	x.doc, x.docKnown = x.speakerActor(sp)
	x.indexMentions()
	x.findQuotes()
	x.findFrames()
	x.markBoundaries()
	x.coordinatedReporters()
	if !trigger {
		return nil // read only for whom it names and reports, for the sentences after it
	}
	x.findAnchors()
	return x.commitments()
}

// indexMentions finds the gazetteer's actors in the sentence.
func (x *extraction) indexMentions() {
	x.ments = x.g.mentions(x.s, x.toks)
	x.mentionAt = make([]int, len(x.toks))
	x.mentionEnd = make([]int, len(x.toks))
	for i := range x.toks {
		x.mentionAt[i], x.mentionEnd[i] = -1, -1
	}
	x.ments = slices.DeleteFunc(x.ments, x.generic)
	for k, m := range x.ments {
		for i := m.start; i < m.end; i++ {
			x.mentionAt[i] = k
		}
		x.mentionEnd[m.end-1] = k
	}
}

// generic reports whether a mention is a title used generically ("a
// president", "any administration"), which names no actor.
func (x *extraction) generic(m mention) bool {
	switch x.word(m.start - 1) {
	case "a", "an", "any", "every", "each", "no", "another", "whatever", "future", "previous", "next":
		return m.end-m.start == 1 && genericTitles[x.word(m.start)]
	}
	return false
}

// genericTitles are aliases that are common nouns too.
var genericTitles = set("president administration")

// findAnchors reads every predicate, left to right, and decides for each
// whether it is a commitment and whose.
func (x *extraction) findAnchors() {
	for i := 0; i < len(x.toks); {
		if x.toks[i].kind != tWord {
			i++
			continue
		}
		p, ok := x.parsePred(i)
		if !ok {
			i++
			continue
		}
		a := anchor{p: p, cond: [2]int{-1, -1}, from: -1}
		x.subjectOf(&a)
		x.accept(&a)
		x.anchors = append(x.anchors, a)
		i = max(p.last, i) + 1
	}
}

// subjectOf finds the subject of a's predicate: its own, the one it shares
// by coordination, the main clause's for an infinitive of purpose, or the
// issuer of the statement an -ing form hangs on.
func (x *extraction) subjectOf(a *anchor) {
	p := &a.p
	if p.owner != nil {
		a.subj = *p.owner
		return
	}
	s := x.subjectFor(p.first)
	switch {
	case s.kind == sCoord:
		a.inherited = true
		if k := x.lastWithSubject(); k >= 0 && !x.strongBetween(x.anchors[k].p.first, p.first) && !x.complementBetween(x.anchors[k].p.last, p.first) {
			a.from = k
			s = x.anchors[k].subj
		} else if p.modal != mNone || p.target[0] >= 0 || !nounVerbs[x.word(p.first)] && !p.ing {
			s = x.clauseSubject(p.first)
			if o := x.quoteBefore(p.first - 1); s.kind == sNone && o > 0 {
				s = x.clauseSubject(o) // "said it was “seriously concerned” and would send …"
			}
			if s.kind == sNone {
				s = x.coordinatedVerbSubject(p.first - 1) // "…, welcomed the statement and urged …"
			}
			if s.kind == sNone && p.past && isSpeechAct(p) {
				s = x.reporterAsSubject(p.first - 1) // "said 6,000 people had fled … and urged …"
			}
		} else {
			s = subject{} // "stipends and support services": a noun after "and"
		}
		if !agrees(s, x.word(p.first)) {
			s = subject{} // "we've seen harassment and calls for violence": a noun, not a verb
		}
	case p.ing && p.modal == mNone && !perfectAux[x.word(p.first-1)]:
		s = x.statementOwner(p.first)
		a.inherited = true
	case s.kind == sInf:
		s = x.purposeSubject(a)
		a.inherited = true
	}
	a.subj = s
}

// purposeSubject reads "I've just spoken with Prime Minister Netanyahu to
// reaffirm …": a speech act in an infinitive of purpose after a verb of
// contact belongs to that verb's subject. Other infinitives ("moved aircraft
// to support the defense of Israel") say why, not what is committed.
func (x *extraction) purposeSubject(a *anchor) subject {
	switch a.p.lex {
	case lexReaffirm, lexSupport, lexCondemn:
	default:
		return subject{}
	}
	for k := a.p.first - 2; k >= 0 && k > a.p.first-14; k-- {
		if x.toks[k].kind != tWord {
			break
		}
		if contactVerbs[x.toks[k].w] {
			j := k - 1
			for j >= 0 && (auxiliary[x.word(j)] || isAdverb(x.toks[j])) {
				j--
			}
			return x.subjectAt(j)
		}
	}
	return subject{}
}

// contactVerbs are verbs of meeting or calling, whose purpose clause states
// the message ("spoke with X to reaffirm").
var contactVerbs = set("spoke spoken speak speaks called calls met meets wrote writes convened convenes traveled travelled visited visits hosted hosts")

// statementOwner reads "the G7 members issued a joint statement denouncing
// …" and "his statement … demanding that Hamas release …": an -ing speech
// act belongs to whoever issued the statement it modifies.
func (x *extraction) statementOwner(i int) subject {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := x.toks[k]
		if t.kind == tStop || t.kind == tSemi || t.kind == tColon {
			break
		}
		if !statementNouns[t.w] {
			continue
		}
		d := x.word(k - 1)
		switch {
		case firstPersonDet[d]:
			return subject{kind: sFirst, start: k - 1, end: k, plural: true}
		case possessivePron[d] != "":
			return subject{kind: sPron, pron: possessivePron[d], start: k - 1, end: k}
		case d == "'s":
			return x.subjectAt(k - 2)
		}
		for v := k - 1; v >= 0 && v >= k-4; v-- {
			if issueVerbs[x.word(v)] {
				r, _ := x.reporterSubject(v)
				return r
			}
		}
		break
	}
	return subject{}
}

// issueVerbs issue a document.
var issueVerbs = set("issued issues released releases published adopted put")

// reporterSubject returns the subject of the verb at v, skipping auxiliaries.
func (x *extraction) reporterSubject(v int) (subject, bool) {
	j := v - 1
	for j >= 0 && j > v-6 && (auxiliary[x.word(j)] || isAdverb(x.toks[j])) {
		j--
	}
	s := x.subjectAt(j)
	return s, s.kind != sNone
}

// effectiveFrame returns the innermost quote or known reported frame holding
// token i: whoever speaks there. Frames whose reporter is unknown ("The
// purpose of this call is to share that …") change nothing.
func (x *extraction) effectiveFrame(i int) *frame {
	var best *frame
	for k := range x.frames {
		f := &x.frames[k]
		if f.epistemic || (!f.quote && !f.known) {
			continue
		}
		if f.from <= i && i < f.to && (best == nil || f.from >= best.from) {
			best = f
		}
	}
	if best != nil && best.quote && !best.known {
		// `said that his government "will not gamble …"`: a quotation
		// attributed to nobody inside a report is the reporter's words.
		for k := range x.frames {
			if f := &x.frames[k]; !f.quote && !f.epistemic && f.known && f.from <= best.from && best.to <= f.to {
				return f
			}
		}
	}
	return best
}

// inReport reports whether token i lies in the complement of a reporting
// verb, whoever the reporter.
func (x *extraction) inReport(i int) bool {
	for _, f := range x.frames {
		if !f.quote && !f.epistemic && f.from <= i && i < f.to {
			return true
		}
	}
	return false
}

// inBelief reports whether token i lies in a frame of belief or forecast.
func (x *extraction) inBelief(i int) bool {
	for _, f := range x.frames {
		if f.epistemic && f.from <= i && i < f.to {
			return true
		}
	}
	return false
}

// accept decides whether a is a commitment, and whose. See the package
// documentation for the rules; each branch below names the case it serves.
func (x *extraction) accept(a *anchor) {
	p, s := &a.p, a.subj
	at := p.first
	if x.skipped(a) || x.inCondition(at) {
		return
	}
	speaker, known := x.doc, x.docKnown
	if f := x.effectiveFrame(at); f != nil {
		speaker, known = f.actor, f.known
		a.reported, a.source = true, f.actor
	}
	actor, _ := x.actorOfSubject(s, at)
	if r := x.promisedBy(a, s, actor); r != "" {
		// "He said Dalen would receive all the care she needs", "Sorel
		// assured him that the calendar would be respected": what befalls
		// another, the reporter undertakes.
		a.ok, a.actor, a.reported, a.source = true, r, true, r
		if f := x.frameAt(at); f.from < at {
			a.p.actStart = f.from // what is undertaken: "the calendar would be respected"
		}
		a.cond = x.condition(a)
		return
	}
	if p.anyAct {
		x.threatBy(a, speaker, known)
		return
	}
	if x.receives(a) || p.passive {
		return // "Dalen would receive …", "the border would be reopened": with no reporter to promise it
	}
	if p.deontic() && known && !a.reported && x.noOneBefore(p.first) {
		// "No one should be forcibly returned …": a demand that nobody be.
		p.neg = !p.neg
		x.demandOn(a, speaker, "")
		return
	}
	switch s.kind {
	case sFirst:
		if q := x.quoteAt(at); q != nil && !q.known {
			return // a quote whose speaker is unknown
		}
		x.own(a, actor)
		if p.modal == mNone && p.past && isSpeechAct(p) && !a.reported {
			// "I spoke with him and assured him of our support": an act
			// recounted in the past, not performed by this sentence.
			a.reported, a.source = true, actor
		}
	case sInclusive:
		if actor == "" {
			return // a joint subject in narration
		}
		x.own(a, actor)
	case sStatement:
		if actor == "" {
			return // "the statement" in narration
		}
		// "The statement criticizes …" describes a document: what the
		// document does is reported, never performed by this sentence.
		x.own(a, actor)
		a.reported, a.source = true, actor
	case sActor, sPron:
		switch {
		case actor == "":
			return
		case known && !a.reported && (p.modal == mWill || p.modal == mReady) && x.announced(s, actor, speaker) != "":
			x.own(a, x.announced(s, actor, speaker)) // "The Royal Navy will …", "The World Food Programme will …" (units.go)
		case known && (actor == speaker || slices.Contains(s.also, speaker)):
			if x.inReport(at) && !a.reported || p.modal == mNone && p.past && isSpeechAct(p) {
				a.reported, a.source = true, speaker // "The Minister told him that Velm would …", "Minister Lee asked that …": recounted
			}
			x.own(a, speaker)
		case p.modal == mNone && isSpeechAct(p):
			// A named actor's explicit speech act, reported: "Israel has
			// pledged to …", "the G7 members issued a statement denouncing …".
			a.ok, a.actor, a.reported = true, actor, true
			if p.lex == lexPledge {
				a.cond = x.condition(a) // "threatened Kestria with sanctions if its troops do not leave"
			}
		case x.inReport(at) && reportedModal[p.modal] && !p.past && x.namedOrReporter(s, at):
			// "The Ambassador said that Kestria would respond …", "Taloria
			// announced that it would require licences", "said it was ready
			// to send a team": the actor's commitment, as someone reports it.
			a.reported = true
			x.own(a, actor)
			if f := x.frameAt(at); f != nil && f.known {
				a.source = f.actor
			}
		case p.deontic() && known:
			x.demandOn(a, speaker, actor) // "Iran must cease …"
		}
	case sAgent:
		if p.deontic() && known {
			x.demandOn(a, speaker, x.text(s.start, s.end)) // "All parties must refrain …"
		}
	case sAction:
		if p.deontic() && known && (p.lexTok >= 0 && cessation[x.word(p.lexTok)] || !a.reported) {
			x.demandOn(a, speaker, "") // "These illegal attacks must end.", "Such attacks must not be allowed …"
		}
	case sNone:
		if p.deontic() && known && !a.reported && (!a.inherited && x.nounSubject(p.first) ||
			a.inherited && p.lexTok >= 0 && cessation[x.word(p.lexTok)]) {
			// "The perpetrators must be brought to justice", "Disputes
			// should be resolved by peaceful means": a "must" on anyone
			// but the speaker, in its own voice, demands.
			x.demandOn(a, speaker, "")
		}
	}
}

// reportedModal are the modals by which a report states what its subject
// undertakes: "said it would …", "said it was ready to …".
var reportedModal = map[modalKind]bool{mWould: true, mWill: true, mMay: true, mReady: true}

// nounSubject reports whether the predicate at first has a common noun
// phrase for subject: the word before it (adverbs aside) is a noun, and
// the phrase runs back to the start of its clause with no verb in it.
func (x *extraction) nounSubject(first int) bool {
	j := x.skipAdverbsBack(first - 1)
	if j < 0 || x.toks[j].kind != tWord {
		return false
	}
	w := x.word(j)
	if lang.IsStopword(w) || firstPerson[w] || verbLemma[w] != "" || isPast(w) || len(w) < 3 {
		return false
	}
	for k := j - 1; k >= 0 && k > j-10; k-- {
		t := x.toks[k]
		if t.kind == tStop || t.kind == tSemi || t.kind == tColon || x.boundary != nil && x.boundary[k+1] && k+1 <= j && t.kind != tWord {
			return true
		}
		if t.kind == tWord && (relPronouns[t.w] || modalWords[t.w] || reporting[t.w]) {
			return false // "the solutions that we must …", "said … must": not this clause's subject
		}
	}
	return true
}

// namedOrReporter reports whether subject s names its actor outright, or
// is a pronoun standing for the reporter of the frame at token at ("Taloria
// announced that it would …"), not a guess from a mention nearby.
func (x *extraction) namedOrReporter(s subject, at int) bool {
	if s.kind == sActor {
		return true
	}
	f := x.frameAt(at)
	return s.kind == sPron && f != nil && !f.quote && f.known && f.agrees(s.pron)
}

// inCondition reports whether token i lies in a condition clause ("If the
// parties agree to a pause, …", "as long as its teams can operate"): what
// a condition names is not committed to.
func (x *extraction) inCondition(i int) bool {
	for k := i - 1; k >= 0 && k > i-maxClause; k-- {
		switch x.toks[k].kind {
		case tComma, tSemi, tColon, tStop, tDash:
			return false
		}
		if m := x.conditionAt(k); m > 0 {
			return true
		}
	}
	return false
}

// skipped reports whether a predicate commits nobody whatever its subject:
// talk about the talk, states of mind, forecasts, abilities, a guessed "he"
// outside a readout's speech acts, and clauses embedded as questions or
// past time.
func (x *extraction) skipped(a *anchor) bool {
	p, at := &a.p, a.p.first
	switch {
	case p.lex == lexDiscourse || p.lex == lexCognitive || x.inBelief(at):
		return true
	case p.modal == mMay && (p.neg || x.word(p.first) == "could" && x.inReport(at) && x.condition(a)[0] < 0 && x.word(p.lexTok) != "consider" && !x.ownReport(a)):
		return true // "I couldn't afford it", "the law has said we could do that" (but "said WFP could …, if …" offers, "said the EU could consider …" and "Velm said it could send …" hedge)
	case a.subj.kind == sPron:
		// "He opposed …" in a speech is someone else; "He urged …" in a
		// readout is the principal: only explicit speech acts take the guess.
		if _, guessed := x.pronounActor(a.subj, at); guessed && (p.modal != mNone || !isSpeechAct(p) || p.lemma == "oppose") {
			return true
		}
	}
	return x.embedded(a)
}

// embedded reports whether a sits in a clause that states no commitment of
// its own: an indirect question ("how I'm going to pay"), a past time clause
// ("when we decided to do this"), or an object relative with a deontic verb
// ("the solutions we need to reduce pollution").
func (x *extraction) embedded(a *anchor) bool {
	s := a.subj
	if a.inherited || s.kind == sNone || s.start <= 0 {
		return false
	}
	before := x.toks[s.start-1]
	switch {
	case whWords[before.w]:
		return a.p.modal != mNone
	case pastClause[before.w]:
		return a.p.past
	case a.p.deontic() && s.kind == sFirst && before.kind == tWord && !isAdverb(before) &&
		!clauseConj[before.w] && !subordinators[before.w] && !reporting[before.w] && !openers[before.w]:
		return true
	}
	return false
}

// whWords open an indirect question.
var whWords = set("how what whether why where")

// pastClause conjunctions open a time clause: with a past tense it tells
// what happened.
var pastClause = set("when after before since until once as")

// openers may stand before a subject at the start of a clause.
var openers = set("so now then today together here there yet still indeed also and but or")

// own accepts a as the speaker's (or the quoted speaker's) own commitment.
func (x *extraction) own(a *anchor, actor string) {
	a.cond = x.condition(a)
	if a.p.modal == mWould && a.cond[0] < 0 && !a.reported {
		return // "would" with neither condition nor report is a hypothesis
	}
	if a.p.lex == lexAction && a.cond[0] < 0 && x.meansClause(a) {
		return // "by investing in our people, we will release innovation": an outcome foreseen
	}
	a.ok, a.actor = true, actor
}

// meansClause reports whether the clause of a opens with "by" and an -ing
// form, which makes what follows the foreseen outcome of a means.
func (x *extraction) meansClause(a *anchor) bool {
	lo := x.clauseStartBy(x.spanStart(a), true)
	return x.word(lo) == "by" && strings.HasSuffix(x.word(lo+1), "ing")
}

// demandOn accepts a as a demand by the speaker addressed to target: "Iran
// must cease", "all parties must refrain", "these attacks must end". A
// "must" inside what the speaker already reaffirms or demands ("We reiterate
// our determination that it must never …") is part of that act, not another.
func (x *extraction) demandOn(a *anchor, speaker, target string) {
	for k := len(x.anchors) - 1; k >= 0 && k >= len(x.anchors)-8; k-- {
		prev := &x.anchors[k]
		if prev.ok && (prev.p.lex == lexReaffirm || prev.p.lex == lexDemand) && x.thatBetween(prev.p.last, a.p.first) {
			return
		}
	}
	a.ok, a.actor, a.demand, a.target = true, speaker, true, target
}

// isSpeechAct reports whether p is an explicit act of committing, which a
// narrator may report for any actor.
func isSpeechAct(p *pred) bool {
	switch p.lex {
	case lexCondemn, lexReaffirm, lexDemand, lexPledge:
		return true
	case lexAction:
		return p.lemma == "reject" || p.lemma == "rule" // "rejected calls for a recount", "ruled out talks": a refusal declared
	case lexSupport:
		switch p.lemma {
		case "express", "offer", "extend", "pledge", "affirm", "convey", "commit", "stand", "assure":
			return true // "stand with", "stand in full solidarity with": a stance declared
		}
	}
	return false
}

// text returns the sentence text of tokens [a, b].
func (x *extraction) text(a, b int) string {
	if a < 0 || b < a || b >= len(x.toks) {
		return ""
	}
	return x.s[x.toks[a].start:x.toks[b].end]
}
