package commitment

// This file says which predicates commit nobody whatever their subject:
// talk about the talk, states of mind, forecasts, indirect questions, past
// time clauses, and what a condition names.

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
