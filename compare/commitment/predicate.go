package commitment

import (
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// This file reads a predicate: a chain of modal, negation and adverbs
// ("will not hesitate to", "are committed to", "stand ready to") ending in a
// lexical verb, or a speech-act verb on its own ("condemn", "call on … to").

// modalKind is the modal cue of a predicate.
type modalKind uint8

const (
	mNone       modalKind = iota
	mWill                 // will, shall, 'll
	mWould                // would: a commitment only in a conditional or reported frame
	mMust                 // must, need to, have to: deontic, high
	mShould               // should, ought to: deontic, median
	mMay                  // may, might, could: low
	mCan                  // cannot: high
	mGoing                // be going to
	mReady                // stand ready to, are prepared to, are determined to
	mCommitted            // are committed to
	mIntend               // intend to, plan to
	mSeek                 // seek to, hope to, aim to, likely to: low
	mRefuse               // refuse to
	mNoInterest           // have no interest in, no intention of
	mNotSeeking           // are not seeking, do not seek
)

// pred is a parsed predicate. Token indices; -1 when absent.
type pred struct {
	first, last int      // the cue chain, inclusive
	cues        [][2]int // token ranges written as cues, inclusive
	modal       modalKind
	strength    Strength
	neg         bool // the action is negated
	doubleNeg   bool // a negated verb of holding back: positive
	hedged      bool // "will likely"
	lex         lexKind
	lemma       string   // the lemma of a speech-act verb
	lexTok      int      // the lexical verb
	actStart    int      // the first token of the action
	past, ing   bool     // the speech-act verb is a past tense / an -ing form
	target      [2]int   // an explicit addressee ("call on Iran to"), inclusive; [-1 -1] if none
	owner       *subject // the possessor of a stance noun ("our support for … is ironclad")
	cont        int      // "continue" skipped after the modal ("will continue to work"), or -1
	passive     bool     // a reported "would be" + participle: whose it is, only partOfReporter says
	anyAct      bool     // "any attack … will be met with …": a threat on the act (threats.go)
	byAgent     string   // a passive's agent named after "by" ("was criticised by Velm"): who acts (passives.go)
}

func (p *pred) deontic() bool { return p.modal == mMust || p.modal == mShould }

// cue adds tokens [a, b] as a cue and extends the chain.
func (p *pred) cue(a, b int) {
	p.cues = append(p.cues, [2]int{a, b})
	p.last = max(p.last, b)
}

// extendCue stretches the last cue to token b ("will" → "will not").
func (p *pred) extendCue(b int) {
	if len(p.cues) == 0 {
		return
	}
	p.cues[len(p.cues)-1][1] = b
	p.last = max(p.last, b)
}

// word returns the normalized word at i, or "" outside the sentence.
func (x *extraction) word(i int) string {
	if i < 0 || i >= len(x.toks) || x.toks[i].kind != tWord {
		return ""
	}
	return x.toks[i].w
}

// parsePred reads the predicate starting at token i.
func (x *extraction) parsePred(i int) (pred, bool) {
	p := pred{first: i, last: i, lexTok: -1, actStart: -1, target: [2]int{-1, -1}, cont: -1}
	w := x.word(i)
	switch w {
	case "will", "shall":
		return x.modal(p, i, i, mWill, modalValue(w))
	case "would":
		return x.modal(p, i, i, mWould, modalValue(w))
	case "must":
		return x.modal(p, i, i, mMust, modalValue(w))
	case "should":
		if x.boundary[i] || x.invertedShould(i) {
			return p, false // "Should Iran attack again, …": a condition, read by condition()
		}
		return x.modal(p, i, i, mShould, modalValue(w))
	case "may", "might", "could":
		return x.modal(p, i, i, mMay, modalValue(w))
	case "ought":
		if x.word(i+1) == "to" {
			return x.modal(p, i, i+1, mShould, modalValue(w))
		}
	case "need", "needs":
		if x.word(i+1) == "to" {
			return x.modal(p, i, i+1, mMust, modalValue(w))
		}
		if x.word(i+1) == "not" {
			return x.modal(p, i, i, mMust, modalValue(w))
		}
	case "can":
		if n := x.word(i + 1); n == "not" || n == "never" {
			q, ok := x.modal(p, i, i, mCan, modalValue(w))
			return q, ok && q.lexTok >= 0 && refuseVerbs[x.word(q.lexTok)]
		}
	case "have", "has":
		return x.parseHave(p, i)
	case "had":
		if x.word(i+1) == "no" && x.inReport(i) {
			return x.parseHave(p, i) // "said it had no intention of …": the stance held when said
		}
	case "do", "does", "did":
		return x.parseDo(p, i)
	case "am", "is", "are", "'re", "was", "were", "be", "remain", "remains", "remained", "stand", "stands", "stood":
		if q, ok := x.parseBe(p, i); ok {
			return q, true
		}
	case "seek", "seeks", "seeking", "hope", "hopes", "aim", "aims":
		if x.word(i+1) == "to" {
			return x.modal(p, i, i, mSeek, modalValue(w))
		}
	case "reserve", "reserves", "reserved":
		if x.wordsAt(i+1, []string{"the", "right", "to"}) {
			return x.modal(p, i, i+2, mMay, Low) // "reserves the right to take reciprocal measures": a hedged threat
		}
	case "intend", "intends", "plan", "plans":
		if x.word(i+1) == "to" {
			return x.modal(p, i, i, mIntend, modalValue(w))
		}
	case "decline", "declines", "declined":
		if x.declinesTo(i) {
			p.neg = true
			return x.modal(p, i, i, mRefuse, Median)
		}
	case "refuse", "refuses", "refused":
		if x.word(i+1) == "to" {
			p.neg = true
			return x.modal(p, i, i, mRefuse, modalValue(w))
		}
	}
	return x.lexical(p, i, false)
}

// modalValue is a modal's value on the modal scale (lang.ModalScale).
func modalValue(w string) Strength { return Strength(lang.ModalScale()[w]) }

// modal records the modal cue [a, b] and reads what follows it.
func (x *extraction) modal(p pred, a, b int, m modalKind, s Strength) (pred, bool) {
	p.modal, p.strength = m, s
	p.cue(a, b)
	k := x.pastAside(b + 1)
	if x.word(k) == "to" {
		k++ // "seek to", "intend to", "refuse to"; "are prepared, however, to"
	}
	return x.afterModal(p, k)
}

// pastAside returns k, or, when a short aside between commas opens at k
// ("are prepared, however, to", "are, in principle, ready to"), the token
// after it.
func (x *extraction) pastAside(k int) int {
	if k < len(x.toks) && x.toks[k].kind == tComma {
		if e := x.asideEnd(k); e >= 0 && e-k <= 4 {
			return e + 1
		}
	}
	return k
}

// afterModal reads negation, adverbs and "continue to" after a modal, then
// the lexical verb.
func (x *extraction) afterModal(p pred, k int) (pred, bool) {
	for steps := 0; steps < 8 && k < len(x.toks); steps++ {
		w := x.word(k)
		switch {
		case w == "not" || w == "never":
			p.neg = true
			if w == "never" {
				p.strength = High
			}
			p.extendCue(k)
			k++
		case w == "in" && x.word(k+1) == "no" && x.word(k+2) == "way":
			p.neg, p.strength = true, High // "will in no way weaken …"
			p.extendCue(k + 2)
			k += 3
		case w == "refuse" && x.word(k+1) == "to" && !p.neg:
			p.neg = true // "said its members would refuse to unload the ships": a refusal
			p.extendCue(k)
			k += 2
		case w == "no" && x.word(k+1) == "longer":
			p.neg = true // "would no longer register new arrivals": a refusal from now on
			p.extendCue(k + 1)
			k += 2
		case w == "likely" || w == "possibly" || w == "probably":
			p.hedged = true
			p.cue(k, k)
			k++
		case (w == "continue" || w == "continues") && x.word(k+1) == "to":
			if p.cont < 0 {
				p.cont = k
			}
			k += 2
		case w == "once" && x.word(k+1) == "again":
			k += 2
		case x.toks[k].kind == tOpenQ && k+1 < len(x.toks) && x.toks[k+1].kind == tWord:
			k++ // "would \"never recognise\" any change": a reporter quoting the words after the modal
		case isAdverb(x.toks[k]):
			k++
		case x.toks[k].kind == tComma:
			// "must, for its part, lift the siege": an aside between
			// the modal and its verb.
			end := x.asideEnd(k)
			if end < 0 {
				return p, false
			}
			k = end + 1
		default:
			return x.modalVerb(p, k)
		}
	}
	return p, false
}

// asideEnd returns the comma that closes an aside opened by the comma at
// k, within a few words, or -1.
func (x *extraction) asideEnd(k int) int {
	for j := k + 1; j < len(x.toks) && j <= k+6; j++ {
		switch x.toks[j].kind {
		case tComma:
			if j > k+1 {
				return j
			}
			return -1
		case tWord:
		default:
			return -1
		}
	}
	return -1
}

// modalVerb reads the verb after a modal chain at k: "be" and "have"
// auxiliaries, verbs of holding back, then the lexical verb.
func (x *extraction) modalVerb(p pred, k int) (pred, bool) {
	switch w := x.word(k); w {
	case "":
		return p, false
	case "be":
		n := k + 1
		for n < len(x.toks) && (isAdverb(x.toks[n]) || x.toks[n].kind == tOpenQ && p.neg) {
			n++ // `would not be "frightened back to work"`: a reporter quoting the participle
		}
		switch nw := x.word(n); {
		case p.neg && heldBack[nw]:
			// "will not be deterred", "will not be intimidated": a double
			// negation, as "will not hesitate" is.
			p.neg, p.doubleNeg, p.strength = false, true, High
			p.extendCue(n)
			p.actStart, p.lexTok = n, n
			return p, true
		case (readiness[nw] || nw == "determined" || nw == "able") && x.word(n+1) == "to":
			return x.afterModal(p, n+2)
		case nw == "committed" && x.word(n+1) == "to":
			p.strength, p.lex = High, lexPledge
			p.cue(k, n)
			p.actStart = n + 2
			return x.committedObject(p, n+2)
		case strings.HasSuffix(nw, "ing") && nw != "being":
			return x.lexical(p, n, true)
		case p.modal == mWould && isPast(nw) && (x.commissiveAt(k) || p.neg && x.untilClause(n+1)):
			// "assured him that the calendar would be respected": a
			// passive the reporter promises; "said the crew would not be
			// freed until …": one it withholds on a condition.
			p.lexTok, p.actStart = k, k
			p.last = max(p.last, k)
			return p, true
		case (p.modal == mWill || p.modal == mWould) && !p.neg && enforcements[nw] && x.anyActPassive(p.first):
			// "Any attack on our forces will be met with a firm response":
			// a threat whose condition is the act.
			p.lexTok, p.actStart, p.anyAct = k, k, true
			p.last = max(p.last, k)
			return p, true
		case (p.modal == mWould || p.modal == mMay && !p.neg) && (isPast(nw) || irregularParticiples[nw] || nw == "free" && x.word(n+1) == "to") && x.inReport(k):
			// "said the tanker would be released once …": a passive
			// only partOfReporter may give to the reporter.
			p.lexTok, p.actStart, p.passive = k, k, true
			p.last = max(p.last, k)
			return p, true
		case (p.modal == mWill || p.modal == mWould) && (isPast(nw) || irregularParticiples[nw]) && x.agentAfter(n+1) != "":
			// "No ransom will be paid by the Government": its agent's deed.
			p.lexTok, p.actStart, p.byAgent = k, k, x.agentAfter(n+1)
			p.last = max(p.last, k)
			return p, true
		case p.modal == mWill && (isPast(nw) || irregularParticiples[nw]) && x.ownVoiceAt(k):
			// "Nationals … will be evacuated", in a statement's own voice:
			// a passive only ownVoice may give to the issuer.
			p.lexTok, p.actStart, p.passive = k, k, true
			p.last = max(p.last, k)
			return p, true
		case p.deontic() && nw != "":
			// "must be brought to justice", "should be resolved by
			// peaceful means", "must never be targets": what must be done,
			// whoever does it.
			p.lexTok, p.actStart = k, k
			p.last = max(p.last, k)
			return p, true
		}
		return p, false // "will be a leader", "will be determined by": a state, a passive
	case "have", "need":
		if x.word(k+1) == "to" && (p.modal == mWill || p.modal == mGoing) && !p.neg {
			p.modal, p.strength = mMust, High // "we will have to": an obligation ahead
			return x.afterModal(p, k+2)
		}
		return p, false // "would not have vetoed" (counterfactual), "won't have to" (no obligation)
	}
	if q, ok := x.weakenedStance(p, k); ok {
		return q, true // "will in no way weaken our commitment to …"
	}
	if w := x.word(k); p.neg && (holdBack[w] && !x.givesInTo(k) || (w == "back" && x.word(k+1) == "down") || (w == "stand" && x.word(k+1) == "idly") || x.stopsDoing(k)) {
		p.neg, p.doubleNeg, p.strength = false, true, High
		p.extendCue(k)
		if x.word(k+1) == "to" {
			return x.afterModal(p, k+2)
		}
		p.actStart = k
		p.lexTok = k
		if q, ok := x.stanceNoun(p, p.first, k); ok && q.lex == lexSupport {
			return q, true // "Our support for Velm will not waver": support
		}
		return p, true
	}
	return x.lexical(p, k, true)
}

// parseHave reads "have to" (deontic) and "have no interest in / no
// intention of" (a refusal).
func (x *extraction) parseHave(p pred, i int) (pred, bool) {
	if x.word(i+1) == "to" {
		return x.modal(p, i, i+1, mMust, High)
	}
	if x.wordsAt(i+1, []string{"not", "ruled"}) {
		return x.notRuledOut(p, i, i+2)
	}
	if x.word(i+1) == "no" {
		switch x.word(i + 2) {
		case "interest", "intention", "intentions", "plan", "plans", "desire", "wish":
			p.modal, p.strength, p.neg = mNoInterest, Median, true
			p.cue(i, i+2)
			k := i + 3
			if w := x.word(k); w == "in" || w == "of" || w == "to" {
				k++
			}
			p.actStart, p.lexTok = k, k
			return p, k < len(x.toks)
		}
	}
	return p, false
}

// parseDo reads emphatic "do have to" and negations with "do": "we do not
// seek", "we don't intend to", "we do not support".
func (x *extraction) parseDo(p pred, i int) (pred, bool) {
	k := i + 1
	neg := x.word(k) == "not"
	if neg {
		k++
	}
	for k < len(x.toks) && isAdverb(x.toks[k]) {
		k++
	}
	w := x.word(k)
	if !neg && (w == "have" || w == "has") && x.word(k+1) == "to" {
		return x.modal(p, i, k+1, mMust, High)
	}
	if neg && w == "rule" {
		return x.notRuledOut(p, i, k)
	}
	if !neg || x.word(i) == "did" {
		return p, false // "did not want": a past state
	}
	p.neg = true
	switch {
	case w == "seek" || w == "want" || w == "wish":
		p.modal, p.strength = mNotSeeking, Low
	case w == "intend" || w == "plan":
		p.modal, p.strength = mIntend, Median
	case w == "accept" || w == "tolerate" || w == "condone" || w == "recognize" || w == "recognise":
		p.modal, p.strength = mWill, Median
	case lexOfLemma[verbLemma[w]] == lexSupport:
		return x.lexical(pred{first: i, last: i, lexTok: -1, actStart: -1, target: [2]int{-1, -1}, cont: -1, neg: true, cues: [][2]int{{i, i + 1}}}, k, false)
	default:
		return p, false
	}
	p.cue(i, k)
	k++
	if x.word(k) == "to" {
		k++
	}
	p.actStart, p.lexTok = k, k
	return p, k < len(x.toks)
}

// parseBe reads chains on "be", "remain" and "stand": "are going to",
// "stand ready to", "are prepared to", "are committed to", "remain committed
// to", "are not seeking", "are likely to".
func (x *extraction) parseBe(p pred, i int) (pred, bool) {
	k := x.pastAside(i + 1)
	for k < len(x.toks) && isAdverb(x.toks[k]) {
		k++
	}
	if x.word(k) == "not" {
		p.neg = true
		k++
	}
	be := x.word(i)
	remain := strings.HasPrefix(be, "remain")
	switch w := x.word(k); {
	case w == "going" && x.word(k+1) == "to" && !remain && be != "was" && be != "were":
		return x.modal(p, i, k, mGoing, Median)
	case w == "determined" && remain && x.word(k+1) == "to":
		p.lex = lexReaffirm // "remain determined to": a commitment restated, like "remain committed"
		return x.modal(p, i, k, mReady, Median)
	case (readiness[w] || w == "determined") && x.word(x.pastAside(k+1)) == "to":
		return x.modal(p, i, k, mReady, Median)
	case (w == "committed" || w == "dedicated") && x.word(k+1) == "to" && !strings.HasPrefix(be, "stand") && be != "was" && be != "were":
		p.modal, p.strength, p.lex = mCommitted, High, lexPledge
		if remain {
			p.lex, p.strength = lexReaffirm, Median
		}
		p.cue(i, k)
		p.lexTok, p.actStart = k, k+2
		return x.committedObject(p, k+2)
	case w == "seeking" && p.neg:
		p.modal, p.strength = mNotSeeking, Low
		p.cue(i, k)
		n := k + 1
		if x.word(n) == "to" {
			n++
		}
		p.actStart, p.lexTok = n, n
		return p, n < len(x.toks)
	case w == "seeking" && x.word(k+1) == "to":
		return x.modal(p, i, k, mSeek, Low)
	case w == "considering" && be != "be" && be != "being" && !remain:
		return x.considering(p, i, k)
	case w == "likely" && x.word(k+1) == "to":
		p.hedged = true
		return x.modal(p, i, k, mSeek, Low)
	case firmAdj[w] && !p.neg && (be == "is" || be == "remains" || be == "remain" || be == "are"):
		return x.stanceNoun(p, i, k)
	}
	return p, false
}

// readiness are the adjectives of an offer: "stands ready to", "was
// prepared to", "would be willing to".
var readiness = set("ready prepared willing")

// firmAdj qualify a stance as unconditional ("our support … is ironclad").
var firmAdj = set("ironclad unwavering steadfast unshakeable unshakable firm strong enduring absolute unconditional unbreakable rock-solid")

// stanceNouns and the kind they state when called firm.
var stanceNouns = map[string]lexKind{"support": lexSupport, "backing": lexSupport, "solidarity": lexSupport, "commitment": lexPledge}

// stanceNoun reads "our support for Israel's security is ironclad" and
// "America's commitment to … remains unwavering": the possessor commits.
func (x *extraction) stanceNoun(p pred, be, adj int) (pred, bool) {
	for n := be - 1; n >= 0 && n > be-12; n-- {
		t := x.toks[n]
		if t.kind != tWord {
			break
		}
		lex, ok := stanceNouns[t.w]
		if !ok {
			continue
		}
		d := n - 1
		for d >= 0 && d > n-3 && (npModifiers[x.word(d)] || firmAdj[x.word(d)] || intensifiers[x.word(d)] || x.word(d) == "continued") {
			d--
		}
		s := x.possessorAt(d)
		if s.kind == sNone {
			return p, false
		}
		p.first, p.owner, p.lex, p.strength = n, &s, lex, High
		p.lemma, p.lexTok, p.actStart = t.w, n, n
		p.cue(n, n)
		p.cue(be, adj)
		return p, true
	}
	return p, false
}

// committedObject reads what "committed to" takes: a verb whose class may
// decide the kind ("committed to support …" is Support) or a noun phrase
// ("committed to Israel's security").
func (x *extraction) committedObject(p pred, k int) (pred, bool) {
	if k >= len(x.toks) {
		return p, false
	}
	if lex := lexOfLemma[verbLemma[x.word(k)]]; lex == lexSupport && !strings.HasSuffix(x.word(k), "ed") {
		p.lex = lexSupport
		p.lemma = verbLemma[x.word(k)]
	}
	return p, true
}

// stopsDoing reports whether the verb at k stops an activity named by an
// -ing form ("will not stop raising human rights", "won't cease pressing
// for"): negated, it vows to go on, a double negation. "will not stop the
// convoy" refuses to stop something and stays a refusal.
func (x *extraction) stopsDoing(k int) bool {
	w, next := x.word(k), x.word(k+1)
	return (w == "stop" || w == "cease") && len(next) > 5 && strings.HasSuffix(next, "ing") && next != "nothing"
}

// givesInTo reports whether the verb at k gives in to something: "would
// not yield to blackmail" refuses to give in, where "will not yield" alone
// vows to go on.
func (x *extraction) givesInTo(k int) bool {
	return x.word(k) == "yield" && x.word(k+1) == "to" && verbLemma[x.word(k+2)] == ""
}

// possessorAt is the owner a possessive at token d names ("our", "its",
// "Velm's"): the sNone subject when the word there is none.
func (x *extraction) possessorAt(d int) subject {
	switch w := x.word(d); {
	case firstPersonDet[w]:
		return subject{kind: sFirst, start: d, end: d, plural: true}
	case w == "'s":
		return x.subjectAt(d - 1)
	case possessivePron[w] != "":
		return subject{kind: sPron, pron: possessivePron[w], start: d, end: d}
	}
	return subject{}
}
