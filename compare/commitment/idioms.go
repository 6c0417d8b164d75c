package commitment

// Fixed turns that commit without a verb of committing: "This attack will
// in no way weaken our commitment to peacekeeping" reaffirms it; "Those
// responsible will face legal action" is the speaker's threat; "Our
// assistance to the clinics will continue" a pledge to keep it up.

// weakenVerbs lessen a stance; negated, they restate it firmly.
var weakenVerbs = set("weaken diminish undermine shake alter lessen erode dent affect change")

// weakenedStance reads the object of a negated verb of weakening at k:
// "will in no way weaken the Kingdom's commitment to …", "nothing will
// shake our resolve": the possessor reaffirms the commitment, or gives
// the support, firmly. ok is false when the object is no possessed stance.
func (x *extraction) weakenedStance(p pred, k int) (pred, bool) {
	if !p.neg || !weakenVerbs[x.word(k)] {
		return p, false
	}
	for n := k + 1; n < len(x.toks) && n <= k+6 && x.toks[n].kind == tWord; n++ {
		lex, ok := weakenedNouns[x.word(n)]
		if !ok {
			continue
		}
		d := n - 1
		for d > k && (intensifiers[x.word(d)] || firmAdj[x.word(d)]) {
			d--
		}
		s := x.possessorAt(d)
		if s.kind == sNone {
			return p, false
		}
		p.owner, p.lex, p.lemma = &s, lex, x.word(n)
		p.neg, p.doubleNeg, p.strength = false, true, High
		p.lexTok, p.actStart = k, k
		p.cue(k, k)
		return p, true
	}
	return p, false
}

// weakenedNouns are the stances a negated weakening restates.
var weakenedNouns = map[string]lexKind{"commitment": lexReaffirm, "resolve": lexReaffirm, "determination": lexReaffirm,
	"support": lexSupport, "solidarity": lexSupport}

// measureFaced are what a wrongdoer "will face": the speaker's sanction.
var measureFaced = set("action prosecution sanctions consequences penalties charges justice measures")

// facesMeasure reports whether a is "X will face (legal) action" about
// someone other than the speaker: a threat the speaker undertakes to
// carry out, in its own voice.
func (x *extraction) facesMeasure(a *anchor) bool {
	p := &a.p
	if p.modal != mWill || p.neg || x.word(p.lexTok) != "face" || a.subj.kind == sFirst || a.subj.kind == sInclusive || a.subj.kind == sPron {
		return false
	}
	for n := p.lexTok + 1; n < len(x.toks) && n <= p.lexTok+3 && x.toks[n].kind == tWord; n++ {
		if measureFaced[x.word(n)] {
			return true
		}
	}
	return false
}

// ownThingContinues reports whether a is "Our assistance … will
// continue" or "my Government's aid will remain": a thing of the speaker's
// ("our", "my" opening the clause) that will go on, which the speaker
// undertakes to keep up.
func (x *extraction) ownThingContinues(a *anchor) bool {
	p := &a.p
	if p.modal != mWill || p.neg || p.lexTok < 0 {
		return false
	}
	if v := x.word(p.lexTok); v != "continue" && v != "remain" && v != "stay" {
		return false
	}
	cs := x.clauseStartBy(p.first, false)
	return firstPersonDet[x.word(cs)] && x.toks[min(cs+1, len(x.toks)-1)].kind == tWord
}
