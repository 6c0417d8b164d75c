package commitment

import "strings"

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
		return x.modal(p, i, i, mWill, Median)
	case "would":
		return x.modal(p, i, i, mWould, Median)
	case "must":
		return x.modal(p, i, i, mMust, High)
	case "should":
		if x.boundary[i] {
			return p, false // "Should Iran attack again, …": a condition, read by condition()
		}
		return x.modal(p, i, i, mShould, Median)
	case "may", "might", "could":
		return x.modal(p, i, i, mMay, Low)
	case "ought":
		if x.word(i+1) == "to" {
			return x.modal(p, i, i+1, mShould, Median)
		}
	case "need", "needs":
		if x.word(i+1) == "to" {
			return x.modal(p, i, i+1, mMust, High)
		}
		if x.word(i+1) == "not" {
			return x.modal(p, i, i, mMust, High)
		}
	case "can":
		if n := x.word(i + 1); n == "not" || n == "never" {
			q, ok := x.modal(p, i, i, mCan, High)
			return q, ok && q.lexTok >= 0 && refuseVerbs[x.word(q.lexTok)]
		}
	case "have", "has":
		return x.parseHave(p, i)
	case "do", "does", "did":
		return x.parseDo(p, i)
	case "am", "is", "are", "'re", "was", "were", "be", "remain", "remains", "remained", "stand", "stands":
		if q, ok := x.parseBe(p, i); ok {
			return q, true
		}
	case "seek", "seeks", "seeking", "hope", "hopes", "aim", "aims":
		if x.word(i+1) == "to" {
			return x.modal(p, i, i, mSeek, Low)
		}
	case "intend", "intends", "plan", "plans":
		if x.word(i+1) == "to" {
			return x.modal(p, i, i, mIntend, Median)
		}
	case "refuse", "refuses", "refused":
		if x.word(i+1) == "to" {
			p.neg = true
			return x.modal(p, i, i, mRefuse, High)
		}
	}
	return x.lexical(p, i, false)
}

// modal records the modal cue [a, b] and reads what follows it.
func (x *extraction) modal(p pred, a, b int, m modalKind, s Strength) (pred, bool) {
	p.modal, p.strength = m, s
	p.cue(a, b)
	k := b + 1
	if x.word(k) == "to" {
		k++ // "seek to", "intend to", "refuse to"
	}
	return x.afterModal(p, k)
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
		case isAdverb(x.toks[k]):
			k++
		default:
			return x.modalVerb(p, k)
		}
	}
	return p, false
}

// modalVerb reads the verb after a modal chain at k: "be" and "have"
// auxiliaries, verbs of holding back, then the lexical verb.
func (x *extraction) modalVerb(p pred, k int) (pred, bool) {
	switch w := x.word(k); w {
	case "":
		return p, false
	case "be":
		n := k + 1
		for n < len(x.toks) && isAdverb(x.toks[n]) {
			n++
		}
		switch nw := x.word(n); {
		case (nw == "ready" || nw == "prepared" || nw == "determined" || nw == "able") && x.word(n+1) == "to":
			return x.afterModal(p, n+2)
		case nw == "committed" && x.word(n+1) == "to":
			p.strength, p.lex = High, lexPledge
			p.cue(k, n)
			p.actStart = n + 2
			return x.committedObject(p, n+2)
		case strings.HasSuffix(nw, "ing") && nw != "being":
			return x.lexical(p, n, true)
		}
		return p, false // "will be a leader", "will be determined by": a state, a passive
	case "have", "need":
		if x.word(k+1) == "to" && (p.modal == mWill || p.modal == mGoing) && !p.neg {
			p.modal, p.strength = mMust, High // "we will have to": an obligation ahead
			return x.afterModal(p, k+2)
		}
		return p, false // "would not have vetoed" (counterfactual), "won't have to" (no obligation)
	}
	if w := x.word(k); p.neg && (holdBack[w] || (w == "back" && x.word(k+1) == "down") || (w == "stand" && x.word(k+1) == "idly")) {
		p.neg, p.doubleNeg, p.strength = false, true, High
		p.extendCue(k)
		if x.word(k+1) == "to" {
			return x.afterModal(p, k+2)
		}
		p.actStart = k
		p.lexTok = k
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
	k := i + 1
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
	case (w == "ready" || w == "prepared" || w == "determined") && x.word(k+1) == "to":
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
	case w == "likely" && x.word(k+1) == "to":
		p.hedged = true
		return x.modal(p, i, k, mSeek, Low)
	case firmAdj[w] && !p.neg && (be == "is" || be == "remains" || be == "remain" || be == "are"):
		return x.stanceNoun(p, i, k)
	}
	return p, false
}

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
		var s subject
		switch w := x.word(d); {
		case firstPersonDet[w]:
			s = subject{kind: sFirst, start: d, end: d, plural: true}
		case w == "'s":
			s = x.subjectAt(d - 1)
		case possessivePron[w] != "":
			s = subject{kind: sPron, pron: possessivePron[w], start: d, end: d}
		}
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

// lexical reads the lexical verb at k. After a modal (afterModal) any verb
// will do; on its own only a speech-act verb makes a predicate.
func (x *extraction) lexical(p pred, k int, afterModal bool) (pred, bool) {
	w := x.word(k)
	if w == "" {
		return p, false
	}
	lemma := verbLemma[w]
	p.lexTok, p.actStart, p.lemma = k, k, lemma
	p.past = isPast(w) && !afterModal
	p.ing = strings.HasSuffix(w, "ing")
	if p.past && beForms[x.word(x.skipAdverbsBack(k-1))] {
		return p, false // "is supported by": a passive names no committer
	}
	if p.ing && !afterModal && lemma == "" {
		return p, false
	}
	if !afterModal && x.toks[k].upper && !x.boundary[k] {
		return p, false // "an Executive Order on … Supporting Caregivers": a title, not a verb
	}
	q := p // a failed speech act leaves p as it was
	if end, ok := x.speechAct(&q, k, lemma, afterModal); ok {
		p = q
		p.cue(k, end)
		if p.cont >= 0 && p.actStart == k {
			p.actStart = p.cont // "will continue to support …"
		}
		return p, true
	}
	if !afterModal {
		return p, false
	}
	switch {
	case p.lex != lexAction:
		// The chain already chose ("remain determined to …").
	case lemma == "call":
		p.lex = lexDiscourse // "we will call on you": no "to", no demand
	case discourse[w] && x.isDiscourse(w, k):
		p.lex = lexDiscourse
	case cognitive[w]:
		p.lex = lexCognitive
	}
	p.last = max(p.last, k)
	if p.cont >= 0 {
		p.actStart = p.cont // the commitment is to continue
	}
	return p, true
}

// beForms make a passive with a past participle.
var beForms = set("is are was were be been being")

// skipAdverbsBack returns the first token at or before j that is not an adverb.
func (x *extraction) skipAdverbsBack(j int) int {
	for j >= 0 && isAdverb(x.toks[j]) {
		j--
	}
	return j
}

// isDiscourse tells talk about the talk ("I will turn it over to …") from
// the same verbs used for acts ("take action", "end the crisis").
func (x *extraction) isDiscourse(w string, k int) bool {
	objs, ok := discourseObject[w]
	if !ok {
		return true
	}
	n := k + 1
	for n < len(x.toks) && isAdverb(x.toks[n]) {
		n++ // "we will go now to …"
	}
	next := x.word(n)
	if w == "end" && next == "the" {
		return x.word(n+1) == "call"
	}
	return next != "" && strings.Contains(" "+objs+" ", " "+next+" ")
}

// nounFollowers follow "support" or "back" used as nouns ("support for",
// "solidarity and support to Israel").
var nounFollowers = set("to for of from in among across")

// speechAct classifies the speech-act verb at k and returns the last token of
// the verb (with its particle: "call on", "stand with").
func (x *extraction) speechAct(p *pred, k int, lemma string, afterModal bool) (int, bool) {
	next := x.word(k + 1)
	switch lemma {
	case "":
		return 0, false
	case "stand":
		n := k + 1
		for n < len(x.toks) && n <= k+2 && isAdverb(x.toks[n]) {
			n++ // "stand resolutely for"
		}
		if w := x.word(n); w == "with" || w == "behind" || w == "by" || w == "for" {
			p.lex = lexSupport
			return n, true
		}
		return 0, false
	case "back", "support", "endorse":
		if next == "down" || next == "" || (!afterModal && nounFollowers[next]) {
			return 0, false // "support to Israel", "support for", "back down"
		}
	case "call":
		switch next {
		case "on", "upon":
			p.lex = lexDemand
			return x.addressee(p, k, k+1)
		case "for":
			p.lex = lexDemand
			p.actStart = k + 2
			return k + 1, true
		}
		return 0, false
	case "task", "instruct":
		// "we task our relevant Ministers to operationalize …": the speaker
		// commits to act through its own officials.
		if firstPersonDet[next] {
			if e, ok := x.addressee(p, k, k); ok {
				p.lex, p.target = lexPledge, [2]int{-1, -1}
				return e, true
			}
		}
		return 0, false
	case "press", "request", "urge":
		p.lex = lexDemand
		if next == "that" {
			p.actStart = k + 2 // "requested that Gallant inform the US …"
			return k, true
		}
		return x.addressee(p, k, k)
	case "push":
		n := k + 1
		if n2 := x.word(n); n2 == "hard" || n2 == "strongly" || n2 == "forward" {
			n++
		}
		if x.word(n) != "for" {
			return 0, false
		}
		p.lex, p.actStart = lexDemand, n+1
		return n, true
	case "demand":
		p.lex = lexDemand
		if next == "that" {
			p.actStart = k + 2 // "demand that Iran cease …"
		}
		return k, true
	case "encourage":
		p.lex = lexDemand
		if e, ok := x.addressee(p, k, k); ok {
			return e, true
		}
		p.target = [2]int{-1, -1}
		p.actStart = k + 1
		return k, true
	case "pledge", "vow", "promise", "commit", "agree", "decide", "resolve":
		if next == "to" || (next == "not" && x.word(k+2) == "to") {
			p.lex = lexPledge
			if next == "not" {
				p.neg = true
				p.actStart = k + 3
			} else {
				p.actStart = k + 2
			}
			if lemma == "commit" {
				p.strength = High
				if lexOfLemma[verbLemma[x.word(p.actStart)]] == lexSupport {
					p.lex = lexSupport
				}
			}
			return k + 1, true
		}
		if lemma == "pledge" {
			return x.nounObject(p, k)
		}
		return 0, false
	case "renew", "underscore", "affirm", "express", "restate", "convey", "offer", "extend", "confirm", "share", "announce", "signal":
		return x.nounObject(p, k)
	case "continue":
		if next == "to" {
			q := *p
			if e, ok := x.speechAct(&q, k+2, verbLemma[x.word(k+2)], true); ok && q.lex != lexPledge {
				q.lexTok, q.lemma = k+2, verbLemma[x.word(k+2)]
				if q.actStart < 0 || q.actStart == k {
					q.actStart = k + 2
				}
				*p = q
				return e, true
			}
			return 0, false
		}
		return x.nounObject(p, k)
	case "reinforce", "stress", "emphasize", "make":
		if e, ok := x.needFor(p, k); ok {
			return e, true
		}
		if lemma != "make" {
			return x.nounObject(p, k)
		}
		return 0, false
	}
	if lex, ok := lexOfLemma[lemma]; ok {
		p.lex = lex
		return k, true
	}
	return 0, false
}

// addressee reads "X to V" after a demand verb ending at tok: X is the
// target, V starts the action. Without "to" there is no demand ("we will
// call on you").
func (x *extraction) addressee(p *pred, verb, tok int) (int, bool) {
	for k := tok + 1; k < len(x.toks) && k <= tok+12; k++ {
		t := x.toks[k]
		if t.w == "to" && k > tok+1 {
			p.target = [2]int{tok + 1, k - 1}
			p.actStart = k + 1
			if x.word(k+1) == "not" || x.word(k+1) == "never" {
				p.neg = true
				p.actStart = k + 2
			}
			return tok, true
		}
		if t.w == "not" && x.word(k+1) == "to" && k > tok+1 {
			p.target = [2]int{tok + 1, k - 1}
			p.neg, p.actStart = true, k+2
			return tok, true
		}
		if t.kind != tWord || t.w == "for" || t.w == "that" {
			break
		}
	}
	return 0, false
}

// nounObject classifies verbs that commit through their object noun:
// "express our full solidarity and support" (Support), "underscore our
// commitment" (Reaffirmation), "affirmed their intent to convene" (Pledge),
// "continue our support" (Support). See objectKinds.
func (x *extraction) nounObject(p *pred, k int) (int, bool) {
	lemma := verbLemma[x.word(k)]
	for j := k + 1; j < len(x.toks) && j <= k+8; j++ {
		t := x.toks[j]
		if t.kind == tOpenQ || t.kind == tCloseQ || t.w == "’" || t.w == "'" {
			continue // quotes, and the apostrophe of "the United States’ commitment"
		}
		if t.kind != tWord || t.w == "that" || t.w == "to" && j > k+1 {
			break
		}
		if lex, ok := objectKinds[lemma+" "+objectNoun[t.w]]; ok {
			p.lex = lex
			return k, true
		}
	}
	return 0, false
}

// objectNoun groups the nouns a verb can commit through.
var objectNoun = map[string]string{
	"commitment": "commitment", "commitments": "commitment", "pledge": "pledge", "vow": "pledge",
	"effort": "effort", "efforts": "effort",
	"support": "support", "solidarity": "support", "backing": "support",
	"intent": "intent", "intention": "intent", "intentions": "intent", "determination": "intent", "resolve": "intent",
}

// objectKinds gives the kind of "verb + noun": which verbs restate a
// commitment (Reaffirmation), give support, or announce an intention
// (Pledge). A pair that is absent commits nothing ("offer … commitment").
var objectKinds = func() map[string]lexKind {
	m := map[string]lexKind{}
	add := func(verbs, noun string, lex lexKind) {
		for _, v := range strings.Fields(verbs) {
			m[v+" "+noun] = lex
		}
	}
	add("renew underscore affirm express restate convey confirm share emphasize stress reinforce", "commitment", lexReaffirm)
	add("renew restate", "pledge", lexReaffirm)
	add("affirm", "effort", lexReaffirm)
	add("express offer extend pledge affirm convey underscore confirm emphasize stress reinforce continue", "support", lexSupport)
	add("affirm express underscore pledge confirm announce signal emphasize stress", "intent", lexPledge)
	return m
}()

// needFor reads "reinforced the need for all sides to take …" and "made
// clear the need for Israel to …": a demand on the agent named.
func (x *extraction) needFor(p *pred, k int) (int, bool) {
	n := k + 1
	if verbLemma[x.word(k)] == "make" {
		if x.word(n) != "clear" {
			return 0, false
		}
		n++
	}
	if x.word(n) != "the" || x.word(n+1) != "need" || x.word(n+2) != "for" {
		return 0, false
	}
	for j := n + 3; j < len(x.toks) && j <= n+9; j++ {
		if x.word(j) == "to" {
			s := x.subjectAt(j - 1)
			if s.kind == sNone || s.kind == sAction {
				return 0, false
			}
			p.lex, p.target, p.actStart = lexDemand, [2]int{n + 3, j - 1}, j+1
			return n + 2, true
		}
		if x.toks[j].kind != tWord {
			break
		}
	}
	return 0, false
}
