package commitment

// Passives that name their agent after "by": "The freeze was criticised by
// Velm" is Velm's condemnation, "The plan was backed by Arden" Arden's
// support, "No ransom will be paid by the Government" the Government's
// refusal. A passive without its agent ("is supported by many") names no
// one who commits.

// agentAfter is the actor named after "by" at k ("by the Velm
// Government", "by Arden"), or "".
func (x *extraction) agentAfter(k int) string {
	for k < len(x.toks) && isAdverb(x.toks[k]) {
		k++
	}
	if x.word(k) != "by" {
		return ""
	}
	k++
	if x.word(k) == "the" {
		k++
	}
	if k < len(x.toks) {
		if m := x.mentionAt[k]; m >= 0 && x.ments[m].start == k {
			return x.ments[m].actor
		}
	}
	return ""
}

// passiveAct reads the past participle at k, with its agent after it, as
// the speech act its verb names: condemned, criticised, denounced,
// deplored (Condemnation); backed, supported, endorsed (Support);
// rejected (a refusal declared). ok is false for any other verb.
func (x *extraction) passiveAct(p *pred, k int, lemma string) bool {
	switch lex := lexOfLemma[lemma]; {
	case lex == lexCondemn || lex == lexSupport:
		p.lex = lex
	case lemma == "reject":
		p.neg = true
	default:
		return false
	}
	p.actStart = k
	return true
}

// passiveBy accepts a's passive as its agent's: a speech act named in the
// past is reported for any actor ("was condemned by the African Union");
// what "will be" done by the agent commits it when it speaks — the
// issuer in its own voice, the reporter in a report ("No ransom will be
// paid by the Government"); another's is a forecast.
func (x *extraction) passiveBy(a *anchor, speaker string, known bool) {
	p := &a.p
	if p.modal == mNone {
		a.ok, a.actor, a.reported, a.source = true, p.byAgent, true, p.byAgent
		return
	}
	if !known || p.byAgent != speaker {
		return
	}
	if x.noOneBefore(p.first) {
		p.neg = true // "No ransom will be paid by …": a refusal
	}
	a.ok, a.actor = true, speaker
	a.cond = x.condition(a)
}
