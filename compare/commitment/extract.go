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
	named      string            // the other actor whose official this sentence names or refers to by office
	bodies     []string          // the bodies named by function the sentence reads as subjects ("central bank")
	next       string            // the sentence after this one in its text, if known (Discourse.Next)
	official   string            // the same, of the sentence before: "He assured me …" after "I spoke with Arden's minister
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
	return x.g.perMember(x.commitments()) // a joint issuer's commitments: one for each member
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
		if k := x.lastWithSubject(); k >= 0 && !x.strongBetween(x.anchors[k].p.first, p.first) && !x.complementBetween(x.anchors[k].p.last, p.first) &&
			!x.backToReporter(&x.anchors[k], p) {
			a.from = k
			s = x.anchors[k].subj
		} else if p.modal != mNone || p.target[0] >= 0 || !nounVerbs[x.word(p.first)] && !p.ing || p.lex == lexDemand && x.word(p.first+1) == "that" {
			// "… and demands that all parties respect …": a verb, where "and demands for" is a noun
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
			if s.kind == sNone {
				s = x.beforeRelative(p.first - 1) // "Velm values its ties with Arden, which hosts …, and will continue …"
			}
			if f := x.enclosingReport(p.first); s.kind == sNone && f != nil && f.from < p.first-1 {
				// "said it was “deeply troubled” by the delay and could consider …":
				// the complement's own subject, past what it said between.
				if c := x.clauseSubject(f.from + 1); c.kind == sPron || c.kind == sActor {
					s = c
				}
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
		if k := x.lastWithSubject(); s.kind == sNone && k >= 0 && x.word(p.first-2) == "and" && x.word(x.anchors[k].p.first-1) == "to" {
			s = x.anchors[k].subj // "summoned the ambassador to convey our protest … and to request …": the same purpose
		}
		a.inherited = true
	}
	a.subj = s
	if a.from >= 0 && p.modal == mNone && p.lex == lexSupport && !p.past && x.anchors[a.from].p.modal == mReady {
		p.lex = lexAction // "stands ready to convene and support a committee": an offer of help, as "ready to support" is
	}
}

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
	if x.skipped(a) || x.inCondition(at) && !(p.past && (x.word(at-1) == "and" || x.word(at-1) == "but")) {
		return // but "… as long as the police can keep the peace" and promised an inquiry": past, the main clause again
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
			for k := at - 1; k > f.from; k-- {
				if x.word(k) == "that" && (x.word(k-1) == "and" || x.word(k-1) == "but") {
					a.p.actStart = k + 1 // "… and that no worker would be deported": the second complement
					break
				}
			}
		}
		a.cond = x.condition(a)
		if a.cond[0] < 0 && p.passive {
			a.cond = x.restrictiveSubject(a) // "said those who stayed after the deadline would be moved …"
		}
		return
	}
	if p.anyAct {
		x.threatBy(a, speaker, known)
		return
	}
	if p.byAgent != "" {
		x.passiveBy(a, speaker, known)
		return
	}
	if known && !a.reported && (x.facesMeasure(a) || s.kind == sNone && x.ownThingContinues(a)) {
		x.own(a, speaker) // "Those responsible will face legal action", "Our assistance … will continue"
		return
	}
	if known && !a.reported && x.ownVoice(a) {
		x.own(a, speaker) // "Our coast guards will keep …", "Nationals … will be evacuated" (ownvoice.go)
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
		if s.members && p.deontic() {
			x.demandOn(a, speaker, x.text(s.start, s.end)) // "Member States must refrain from …": asked of them
			return
		}
		x.own(a, actor)
		if p.modal == mNone && (p.past || s.recounted) && isSpeechAct(p) && !a.reported {
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
		case p.modal == mNone && isSpeechAct(p) || p.modal == mRefuse:
			// A named actor's explicit speech act, reported: "Israel has
			// pledged to …", "the G7 members issued a statement denouncing …",
			// "Velm refused to hand over the general".
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
		quoted := a.reported && x.quoteAt(at) != nil // `"The emblem must be respected," said Ida Rask of the Red Cross`
		if p.deontic() && known && (!a.reported || quoted) && (!a.inherited && (x.nounSubject(p.first) || x.thoseWho(p.first)) ||
			a.inherited && p.lexTok >= 0 && cessation[x.word(p.lexTok)]) {
			// "The perpetrators must be brought to justice", "Disputes
			// should be resolved by peaceful means": a "must" on anyone
			// but the speaker, in its own voice (or quoted), demands.
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
		// "rejected calls for a recount", "ruled out talks", "turned the
		// offer down": a refusal declared; "did not rule out": a hedge.
		return p.lemma == "reject" || p.lemma == "rule" || p.neg && (p.lemma == "turn" || p.lemma == "rebuff" || p.lemma == "spurn")
	case lexSupport:
		switch p.lemma {
		case "express", "offer", "extend", "pledge", "affirm", "convey", "commit", "stand", "assure":
			return true // "stand with", "stand in full solidarity with": a stance declared
		case "back", "endorse":
			return p.past // "The miners' union backed the takeover": a stance taken, reported
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
