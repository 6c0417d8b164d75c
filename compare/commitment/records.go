package commitment

import (
	"slices"
	"sort"
	"strings"
)

// This file turns accepted anchors into Commitment records: kind, polarity,
// strength, action, target, condition, time, cues and span.

// commitments builds the records of the accepted anchors, in order.
func (x *extraction) commitments() []Commitment {
	var idx []int
	for i := range x.anchors {
		if x.anchors[i].ok {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return nil
	}
	out := make([]Commitment, 0, len(idx))
	empty := make([]bool, 0, len(idx))
	for n, i := range idx {
		limit := len(x.toks)
		if n+1 < len(idx) {
			limit = x.spanStart(&x.anchors[idx[n+1]])
		}
		c, e := x.record(&x.anchors[i], limit)
		for _, other := range x.conjuncts(&x.anchors[i]) {
			d := c // "Velm and Arden urged …": each commits
			d.Actor, d.Target = other, x.otherTarget(c.Target, other)
			if c.Source == c.Actor {
				d.Source = other
			}
			out, empty = append(out, d), append(empty, e)
		}
		out, empty = append(out, c), append(empty, e)
	}
	out = mergeEmpty(out, empty)
	slices.SortStableFunc(out, func(a, b Commitment) int { return a.Start - b.Start })
	return out
}

// mergeEmpty joins a commitment with no action of its own to the next one
// of the same actor and kind: "We fully endorse and will stand behind the
// deal" is one act of support.
func mergeEmpty(cs []Commitment, empty []bool) []Commitment {
	out := cs[:0]
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if empty[i] && i+1 < len(cs) && !empty[i+1] && cs[i+1].Actor == c.Actor && cs[i+1].Kind == c.Kind {
			next := cs[i+1]
			next.Start = min(c.Start, next.Start)
			if c.Strength == High || c.Strength == Median && next.Strength == Low {
				next.Strength = c.Strength
			}
			next.Cues = append(slices.Clip(c.Cues), next.Cues...)
			cs[i+1] = next
			continue
		}
		out = append(out, c)
	}
	return out
}

// spanStart returns the first token of a's clause: its subject when the
// subject is its own and near, else the conjunction or the predicate.
func (x *extraction) spanStart(a *anchor) int {
	p := a.p
	start := p.first
	if !a.inherited && a.subj.kind != sNone && a.subj.end < p.first && a.subj.start >= 0 && p.first-a.subj.end <= 4 {
		start = a.subj.start
	} else if a.inherited && p.first > 0 {
		if w := x.toks[p.first-1]; w.w == "and" || w.w == "or" || w.w == "but" || w.kind == tComma {
			start = p.first - 1
		}
	}
	if a.cond[0] >= 0 && a.cond[0] < start {
		start = a.cond[0]
	}
	return start
}

// record builds the Commitment of anchor a; its action ends before token
// limit (the start of the next commitment). It also reports whether the
// action holds nothing beyond the cue ("We fully endorse and …").
func (x *extraction) record(a *anchor, limit int) (Commitment, bool) {
	p := &a.p
	from := p.actStart
	if from < 0 {
		from = p.last + 1
	}
	end := x.actionEnd(a, from, limit)
	c := Commitment{
		Actor:    a.actor,
		Kind:     x.kindOf(a),
		Polarity: Positive,
		Action:   x.text(from, end-1),
		Reported: a.reported,
		Target:   x.targetOf(a, from, end),
	}
	if a.reported {
		c.Source = a.source
		if c.Source == "" {
			c.Source = a.actor // "Israel has pledged to …": the actor says it of itself
		}
	}
	if p.neg && !p.doubleNeg {
		c.Polarity = Negative
	}
	c.Strength = x.strengthOf(a, c.Kind, end)
	for _, r := range p.cues {
		c.Cues = append(c.Cues, strings.TrimSuffix(x.text(r[0], r[1]), " to"))
	}
	last := max(end-1, p.last)
	if a.cond[0] >= 0 {
		c.Condition = x.text(a.cond[0], a.cond[1])
		c.Cues = append(c.Cues, x.text(a.cond[0], a.cond[0]+max(x.conditionAt(a.cond[0]), 1)-1)) // "until" is one word
		last = max(last, a.cond[1])
	}
	first := x.spanStart(a)
	c.Time = x.timeIn(x.timeFrom(a, first), x.clauseEnd(max(last, p.last), limit))
	c.Start, c.End = x.toks[first].start, x.toks[min(last, len(x.toks)-1)].end
	return c, end <= max(from, p.last+1)
}

// kindOf names what a commits to; see the package documentation.
func (x *extraction) kindOf(a *anchor) Kind {
	p := &a.p
	var k Kind
	switch {
	case a.demand:
		return Demand
	case p.lex == lexCondemn:
		return Condemnation
	case p.lex == lexSupport && (!p.neg || p.doubleNeg):
		return Support // "will not support the sanctions" refuses them (below)
	case p.lex == lexReaffirm:
		return Reaffirmation
	case p.lex == lexDemand:
		return Demand
	case p.doubleNeg:
		k = Pledge
	case p.neg:
		k = Refusal
	case p.hedged || p.modal == mMay || p.modal == mSeek:
		k = Hedge
	default:
		k = Pledge
	}
	if a.cond[0] >= 0 {
		return Conditional
	}
	return k
}

// strengthOf places a on the modal scale.
func (x *extraction) strengthOf(a *anchor, k Kind, end int) Strength {
	p := &a.p
	s := p.strength
	if s == "" && a.from >= 0 {
		s = x.anchors[a.from].p.strength // "will stand with … and support …"
	}
	if s == "" {
		s = Median
		if k == Demand {
			if v, ok := demandStrength[p.lemma]; ok {
				s = v
			}
		}
	}
	if p.hedged {
		return Low
	}
	switch k {
	case Condemnation, Support, Reaffirmation:
		from := max(p.first-2, 0)
		for i := from; i < end && i <= p.last+8 && i < len(x.toks); i++ {
			if intensifiers[x.toks[i].w] {
				return High
			}
		}
	}
	return s
}

// actionEnd returns the end (exclusive) of the action starting at from: the
// clause ends at punctuation, at a purpose ("in order to") or a condition,
// or at the next commitment (limit).
func (x *extraction) actionEnd(a *anchor, from, limit int) int {
	inQuote := x.quoteAt(a.p.first) != nil
	k := from
	for ; k < limit && k < len(x.toks); k++ {
		t := x.toks[k]
		stop := false
		switch t.kind {
		case tSemi, tColon, tDash, tComma, tStop:
			stop = true
		case tCloseQ:
			stop = inQuote
		case tWord:
			stop = (t.w == "in" && x.word(k+1) == "order" && x.word(k+2) == "to") ||
				(t.w == "so" && (x.word(k+1) == "that" || x.word(k+1) == "as")) ||
				(k > from && x.conditionAt(k) > 0) ||
				(k > from && (t.w == "and" || t.w == "but") && reporting[x.word(k+1)] && x.frameStarts(k+1)) ||
				(k > from && (t.w == "and" || t.w == "but") && x.word(k+1) == "that" && x.inReport(k)) // "said … and that allies stood …": another complement
		}
		if stop {
			break
		}
	}
	for k > from && (x.word(k-1) == "and" || x.word(k-1) == "or" || x.word(k-1) == "but" || x.toks[k-1].kind == tOpenQ) {
		k--
	}
	return k
}

// targetOf returns toward whom a is: the addressee of a demand, else the
// first other actor named in the action.
func (x *extraction) targetOf(a *anchor, from, end int) string {
	p := &a.p
	if p.target[0] >= 0 {
		head := p.target[0]
		for head <= p.target[1] && !(head > p.target[0] && prepositions[x.word(head)] && x.word(head) != "of") {
			head++ // "countries with influence over Hamas": the addressee ends before "with"
		}
		if t, ok := x.actorIn(p.target[0], head, a.actor); ok {
			return t
		}
		if t := x.targetReferent(p.target[0], head-1, a.actor); t != "" {
			return t
		}
		if t := x.pronounReferent(p.target[0], head-1, a.actor); t != "" {
			return t
		}
		return x.text(p.target[0], p.target[1])
	}
	if a.demand && a.target != "" {
		return a.target
	}
	if t, ok := x.actorIn(from, end, a.actor); ok {
		return t
	}
	if a.cond[0] >= 0 {
		if t, ok := x.actorIn(a.cond[0], a.cond[1]+1, a.actor); ok {
			return t // a threat: "… if Israel retaliates"
		}
	}
	if t := x.referredIn(from, end, a.actor); t != "" {
		return t // "would not negotiate with the council"
	}
	if a.cond[0] >= 0 {
		return x.referredIn(a.cond[0], a.cond[1]+1, a.actor) // "… unless the council frees …"
	}
	return ""
}

// objectPronouns stand for an addressee named before: "urged them to …".
var objectPronouns = set("them him her")

// pronounReferent reads an addressee that is an object pronoun ("in
// contact with the Velmian authorities and urged them to …", "spoke with
// the Minister of Health of Velm and asked her to …") as the latest actor
// other than self named before it in the sentence, else the other actor
// whose official the sentence or the one before named ("I spoke with
// Velm's minister. I asked him to …"); "" when there is none, or when
// the addressee is more than the pronoun.
func (x *extraction) pronounReferent(from, last int, self string) string {
	if from != last || !objectPronouns[x.word(from)] {
		return ""
	}
	for i := len(x.ments) - 1; i >= 0; i-- {
		if m := x.ments[i]; m.end <= from && m.actor != self && m.actor != "" {
			return m.actor
		}
	}
	for _, a := range []string{x.named, x.official} {
		if a != "" && a != self {
			return a
		}
	}
	return ""
}

// actorIn returns the first actor other than self mentioned in tokens [from, to).
func (x *extraction) actorIn(from, to int, self string) (string, bool) {
	for _, m := range x.ments {
		if m.start >= from && m.end <= to && m.actor != self {
			return m.actor, true
		}
	}
	return "", false
}

// condition finds the condition clause of an accepted commitment: after the
// predicate ("… if Israel retaliates", "… in response to further
// destabilizing initiatives") or before its subject ("if there are
// significant changes, we will …").
func (x *extraction) condition(a *anchor) [2]int {
	if c := x.anyActCondition(a); c[0] >= 0 {
		return c
	}
	n := len(x.toks)
	// `said the transmitters "might be adjusted" if …`: a quoted verb, not
	// a quoted clause, leaves the condition after it in the clause.
	q := x.quoteAt(a.p.first)
	inQuote := q != nil && q.from < a.p.first
	for k := a.p.last + 1; k < n && k <= a.p.last+maxClause; k++ {
		t := x.toks[k]
		if t.kind == tSemi || t.kind == tColon || (t.kind == tCloseQ && inQuote) {
			break
		}
		if (t.w == "and" || t.w == "but" || t.kind == tComma) && firstPerson[x.word(k+1)] {
			break // a new clause with its own subject
		}
		if (t.w == "and" || t.w == "but") && (modalWords[x.word(k+1)] || reporting[x.word(k+1)] || verbLemma[x.word(k+1)] != "" || x.word(k+1) == "that") {
			break // a predicate of its own: "… and will expand operations as access allows", "… and said it stood ready …", "…, but that it could lend only once …"
		}
		if t.kind == tComma && (x.word(k+1) == "which" || x.word(k+1) == "who") && modalWords[x.word(k+2)] {
			break // "will not withdraw the hospital, which will continue … for as long as …": the relative's own condition
		}
		if (t.w == "and" || t.w == "but") && x.toks[k-1].kind == tComma && x.reportAhead(k+1) {
			break // "…, and Norrland said it could … if …": another reporter's clause and condition
		}
		if m := x.conditionAt(k); m > 0 {
			return [2]int{k, x.conditionEnd(k+m, n)}
		}
		if x.word(k) == "while" && x.toks[k-1].kind == tWord && x.whileHolds(a, k) {
			// "would not negotiate while its activists remained in
			// detention", "would hold back shipments while the dispute
			// lasted": only as long as.
			return [2]int{k, x.conditionEnd(k+1, n)}
		}
		if x.word(k) == "until" && x.untilClause(k) {
			// "would not be released until … paid": released only if;
			// "would keep its airspace closed until it did so": kept only while not.
			return [2]int{k, x.conditionEnd(k+1, n)}
		}
	}
	if c := x.responseCondition(a); c[0] >= 0 {
		return c
	}
	start := x.spanStartNoCond(a)
	lo := x.strongClauseStart(start)
	for k := start - 1; k > lo; k-- {
		if (x.word(k) == "and" || x.word(k) == "but") && x.toks[k-1].kind == tComma {
			lo = k + 1 // "… as long as the airport is open, and the embassy will …": another clause's condition
			break
		}
	}
	if prev := x.lastAnchor(); prev != nil && prev.p.last+1 > lo && !x.inCondition(prev.p.first) {
		lo = prev.p.last + 1
	}
	for k := lo; k < start; k++ {
		if m := x.conditionAt(k); m > 0 && k+m < start {
			return [2]int{k, x.conditionEnd(k+m, start)}
		}
	}
	return [2]int{-1, -1}
}

// reportAhead reports whether a reporting verb follows within the few words
// of a subject from token i: "Norrland said", "its foreign minister told".
func (x *extraction) reportAhead(i int) bool {
	limit := i + 6
	for k := i; k < len(x.toks) && k < limit && (x.toks[k].kind == tWord || x.toks[k].kind == tComma); k++ {
		if x.toks[k].kind == tComma {
			limit = min(limit+4, i+14) // "…, and Velm's defence minister, Ida Rask, said …": past an apposition
			continue
		}
		if reporting[x.word(k)] && k > i {
			return true
		}
	}
	return false
}

// spanStartNoCond is spanStart before a condition is known.
func (x *extraction) spanStartNoCond(a *anchor) int {
	cond := a.cond
	a.cond = [2]int{-1, -1}
	s := x.spanStart(a)
	a.cond = cond
	return s
}

// conditionEnd returns the last token of a condition starting at from: up to
// punctuation or limit.
func (x *extraction) conditionEnd(from, limit int) int {
	k := from
	for k < limit && k < len(x.toks) {
		switch x.toks[k].kind {
		case tComma, tSemi, tColon, tDash, tStop, tCloseQ:
			return max(k-1, from-1)
		}
		k++
	}
	return max(k-1, from-1)
}

// conditionAt returns the length in tokens of a condition marker starting at
// token k, or 0.
func (x *extraction) conditionAt(k int) int {
	if !conditionFirst[x.word(k)] {
		return 0
	}
	for _, m := range conditionMarkers {
		if !x.wordsAt(k, m) {
			continue
		}
		switch m[0] {
		case "if":
			if notConditionBefore[x.word(k-1)] || x.word(k+1) == "not" || x.word(k+1) == "any" && x.toks[min(k+2, len(x.toks)-1)].kind != tWord {
				return 0 // "to see if", "even if", "thousands, if not millions", "few, if any," (but "if any of its ships is seized")
			}
		case "once":
			switch x.word(k + 1) {
			case "again", "more", "before", "in", "and", "", "every":
				return 0
			case "a", "an":
				if frequencyNouns[x.word(k+2)] {
					return 0 // "once a week", not "once a ceasefire holds"
				}
			}
		case "should":
			// Only the inverted conditional: "Should Israel retaliate, …",
			// "… should further violations occur".
			if !x.boundary[k] && !x.invertedShould(k) || x.word(k+1) == "" {
				return 0
			}
		case "as", "so":
			if x.word(k+3) == "possible" || m[1] == "long" && (openEnded(x.word(k+3), x.word(k+4)) || x.lastingNeed(k+3)) {
				return 0 // "as soon as possible", "for as long as it takes": no event to wait for
			}
		}
		return len(m)
	}
	if (x.word(k) == "provided" || x.word(k) == "providing") && k > 0 && x.toks[k-1].kind == tComma && clauseOpeners[x.word(k+1)] {
		return 1 // "…, provided their drivers test negative": "provided that" without its "that"
	}
	if x.word(k) == "the" && instantNouns[x.word(k+1)] && !prepositions[x.word(k-1)] && clauseOpeners[x.word(k+2)] {
		return 2 // "would truck it in the moment the road opens": as soon as
	}
	if x.word(k) == "as" || x.word(k) == "when" {
		// "as access allows", "as conditions permit", "when the security
		// situation allows": the action goes as far as something else lets it.
		reach := 3
		if x.word(k) == "when" {
			reach = 4 // "when the security situation allows"
		}
		for j := k + 1; j <= k+reach && j < len(x.toks) && x.toks[j].kind == tWord; j++ {
			if w := x.word(j); w == "allows" || w == "allow" || w == "permits" || w == "permit" {
				return j - k + 1
			}
		}
	}
	return 0
}

// openEnded reports whether the words after "as long as" set no condition
// but an open end: "as long as it takes", "as long as necessary".
func openEnded(w, next string) bool {
	return w == "necessary" || w == "needed" || w == "required" || w == "it" && (next == "takes" || next == "lasts")
}

// invertedShould reports whether "should" at k opens an inverted
// condition inside a clause ("will request consultations should further
// violations occur", "would help should the parties so request"): a
// subject follows it, where the modal "should" takes a verb.
func (x *extraction) invertedShould(k int) bool {
	next := x.word(k + 1)
	switch {
	case inversionOpeners[next]:
		return true
	case next == "further":
		w := x.word(k + 2) // "" past the end or on punctuation
		return verbLemma[w] == "" && len(w) > 3 && strings.HasSuffix(w, "s")
	}
	return k+1 < len(x.toks) && x.toks[k+1].upper && x.mentionAt[k+1] >= 0
}

// inversionOpeners open the subject of an inverted "should".
var inversionOpeners = set("the any there both such these either those a an he she it they") // "should he enter its territory"

// wordsAt reports whether the words of phrase start at token k.
func (x *extraction) wordsAt(k int, phrase []string) bool {
	if k < 0 || k+len(phrase) > len(x.toks) {
		return false
	}
	for i, w := range phrase {
		if x.toks[k+i].kind != tWord || x.toks[k+i].w != w {
			return false
		}
	}
	return true
}

// timeFrom returns where to look for a time expression: the start of the
// clause, past an introductory phrase ("Tomorrow, I will …"), but not before
// the previous commitment.
func (x *extraction) timeFrom(a *anchor, first int) int {
	lo := x.strongClauseStart(first)
	// Anchors are in order: the last one ending before first bounds the clause.
	k := sort.Search(len(x.anchors), func(i int) bool { return x.anchors[i].p.last >= first })
	if k > 0 && x.anchors[k-1].p.last+1 > lo {
		lo = x.anchors[k-1].p.last + 1
	}
	return min(lo, first)
}

// clauseEnd returns the last token of the clause holding token k, before
// limit: a time may follow the action ("… to hold elections by the end of
// 2023").
func (x *extraction) clauseEnd(k, limit int) int {
	for k+1 < limit && k+1 < len(x.toks) && x.toks[k+1].kind != tSemi {
		k++
	}
	return k
}

// timeIn returns the first time expression in tokens [from, to], as written.
func (x *extraction) timeIn(from, to int) string {
	for k := from; k <= to && k < len(x.toks); k++ {
		if x.toks[k].kind != tWord {
			continue
		}
		for _, ph := range timePhrases {
			if x.wordsAt(k, ph) {
				return x.text(k, k+len(ph)-1)
			}
		}
		w, next := x.toks[k].w, x.word(k+1)
		switch {
		case (w == "this" || w == "next" || w == "by" || w == "in" || w == "later" || w == "until") && months[next]:
			return x.text(k, k+1)
		case w == "by" && next == "the" && x.word(k+2) == "end" && x.word(k+3) == "of" && x.word(k+4) != "":
			return x.text(k, k+4)
		case w == "by" && len(next) == 4 && next[0] >= '1' && next[0] <= '2' && isDigits(next):
			return x.text(k, k+1)
		}
	}
	return ""
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
