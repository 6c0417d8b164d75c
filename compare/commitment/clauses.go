package commitment

import "strings"

// This file marks who is speaking where in a sentence: quoted spans, frames
// of reported speech ("X said that …", "according to X, …") and of belief
// ("we anticipate that …"), and the clause boundaries the subject search
// stops at.

// frame is a span of tokens [from, to) spoken (or believed) by someone other
// than the sentence's plain narrator: a quote, or the complement of a
// reporting or epistemic verb.
type frame struct {
	from, to int
	actor    string   // the reporter's actor; "" when unknown
	also     []string // the other actors of a coordinated reporter ("Velm and Arden said …")
	known    bool     // the reporter resolved to an actor
	plural   bool     // the reporter is plural ("both leaders", "U.S. officials")
	// pluralName: the reporter is one body named by a plural ("the Kereth
	// Defence Forces"), which "they" may stand for as well as "it".
	pluralName bool
	quote      bool // a quoted span
	epistemic  bool // a belief or forecast ("we anticipate that …")
	and        int  // the "and" before a reporting verb with no subject of its own, else -1
	// commissive: the reporting verb promises ("assured him that …"):
	// what its complement says will happen, the reporter undertakes.
	commissive bool
	// third: the reporter is a third party the reader cannot name ("The
	// Minister informed me that …" with no minister named before, "was
	// assured that …"): its words are not the issuer's.
	third bool
}

// findQuotes marks quoted spans, straight and curly. An unmatched closing
// mark quotes everything before it (the sentence continues a quotation), an
// unmatched opening mark everything after it.
func (x *extraction) findQuotes() {
	open := -1
	for i, t := range x.toks {
		switch t.kind {
		case tOpenQ:
			if open < 0 {
				open = i
			}
		case tCloseQ:
			if open >= 0 {
				x.addQuote(open, i)
				open = -1
			} else if len(x.frames) == 0 {
				x.addQuote(-1, i)
			}
		}
	}
	if open >= 0 {
		x.addQuote(open, len(x.toks))
	}
}

// addQuote records the quote whose marks are at tokens open and close (-1 or
// len(toks) when a mark is missing) and finds who says it.
func (x *extraction) addQuote(open, close int) {
	f := frame{from: open + 1, to: close, quote: true, and: -1}
	matched := open >= 0 && close < len(x.toks)
	if r, ok := x.quoteAttribution(open, close); ok {
		f.actor, f.known, f.plural = r.actor, r.actor != "", r.plural
	} else if r, ok := x.nextSpeaker(open, close); ok {
		f.actor, f.known, f.plural = r.actor, r.actor != "", r.plural
	} else if matched && x.disc == nil {
		// An attributed-to-nobody quote cites the speaker's own words, as
		// in Parley's statements made of quotations; a news article's
		// author is never the one quoted.
		f.actor, f.known = x.doc, x.docKnown
	}
	x.frames = append(x.frames, f)
}

// reporter is who speaks a frame.
type reporter struct {
	actor      string
	also       []string // a coordinated reporter's other actors
	plural     bool
	pluralName bool // one body named by a plural
}

// quoteAttribution finds the speaker of the quote between open and close:
// after it (“…,” Israel informed the US / “…,” said Gallant) or before it
// (Kirby said AWN’s Jake Tapper, “…” / adding that “…”).
func (x *extraction) quoteAttribution(open, close int) (reporter, bool) {
	n := len(x.toks)
	if close >= 0 && close < n {
		k := close + 1
		if k < n && x.toks[k].kind == tComma {
			k++
		}
		if k < n && reporting[x.toks[k].w] {
			if a := x.speakerAfter(k + 1); a != "" {
				return reporter{actor: a}, true
			}
		}
		for r, words := k, 0; r < n && words < 14; r, words = r+1, words+1 {
			t := x.toks[r]
			if t.kind == tComma && r > k {
				if e := x.nameAfterComma(r); e > 0 {
					r = e // “…,” Velm's foreign minister, Ida Rask, told reporters
					continue
				}
				if e := x.relativeAfterComma(r); e > 0 {
					r = e // “…,” the minister, who arrived on Sunday, said
					continue
				}
			}
			if t.kind != tWord {
				break
			}
			if reporting[t.w] {
				return x.reporterOf(r)
			}
		}
	}
	if open > 0 {
		k := open - 1
		for k >= 0 && (x.toks[k].kind == tComma || x.toks[k].kind == tColon || x.toks[k].w == "that") {
			k--
		}
		for r := k; r >= 0 && r > k-7; r-- {
			t := x.toks[r]
			if t.kind != tWord && t.w != "'s" {
				break
			}
			if reporting[t.w] {
				return x.reporterOf(r)
			}
		}
	}
	return reporter{}, false
}

// findFrames marks the complements of reporting and epistemic verbs and of
// "according to".
func (x *extraction) findFrames() {
	for i, t := range x.toks {
		if t.kind != tWord {
			continue
		}
		if m := x.mentionAt[i]; m >= 0 && x.ments[m].start < i {
			continue // "The United States will …": a word of a name, not "states"
		}
		switch {
		case t.w == "according" && i+1 < len(x.toks) && x.toks[i+1].w == "to":
			x.accordingTo(i)
		case reporting[t.w] || reportingThat[t.w]:
			x.reportingFrame(i, false)
		case assuranceNouns[t.w]:
			x.assuranceFrame(i)
		case epistemic[t.w]:
			x.reportingFrame(i, true)
		}
	}
	x.trailingReport()
}

// reportingFrame adds the frame of the reporting (or epistemic) verb at i, if
// it has a complement and a subject.
func (x *extraction) reportingFrame(i int, epist bool) {
	w := x.toks[i].w
	if w == "states" && (npModifiers[x.word(i-1)] || quantities[x.word(i-1)] || x.word(i-1) == "member") {
		return // "several member states and …", "all states": a noun
	}
	if epist && verbLemma[w] == "expect" && x.expectsOf(i) {
		return // "expects the Commission to publish …": a demand, not a belief
	}
	from := x.complementStart(i, reporting[w] || epist)
	if from == i+1 && beForms[x.word(x.skipAdverbsBack(i-1))] && prepositions[x.word(i+1)] {
		// A passive's bare complement does not open with a preposition:
		// "was assured by Velm that …" reports from "that", "if cases
		// are confirmed in the north, …" reports nothing.
		from = x.thatWithin(i+1, 10)
	}
	if from < 0 {
		return
	}
	r, ok := x.reporterOf(i)
	passive := false
	if pr, isPassive := x.passiveReporter(i); isPassive {
		r, ok, passive = pr, true, true
	}
	if !ok && (epist || w == "clear" || w == "plain") {
		return // "trust", "hope" and "clear" as nouns or adjectives
	}
	if epist && from < len(x.toks) && x.toks[from].w == "to" {
		return // "hope to", "expect to": a hedge, read by the cue table
	}
	if from == i+1 && tellVerbs[w] && x.hearerOnly(from) {
		return // "informed its allies and will request …": a hearer, no clause
	}
	f := frame{from: from, to: x.complementEnd(i, from), actor: r.actor, also: r.also, known: r.actor != "", plural: r.plural, pluralName: r.pluralName, epistemic: epist, and: -1,
		commissive: commissiveReports[w], third: passive || ok && r.actor == "" || !ok && x.officeReporter(i)}
	if !ok && i > 0 && (x.word(i-1) == "and" || x.word(i-1) == "but") {
		f.and = i - 1 // "ruled out … but said the government was prepared to …"
	}
	x.frames = append(x.frames, f)
}

// thatWithin returns the token after the first "that" within n words
// from token from, before any punctuation; -1 when there is none.
func (x *extraction) thatWithin(from, n int) int {
	for k := from; k < len(x.toks) && k < from+n && x.toks[k].kind == tWord; k++ {
		if x.word(k) == "that" {
			return k + 1
		}
	}
	return -1
}

// quantities count a plural noun: "several states".
var quantities = set("several many some few other most various numerous")

// coordinatedReporters gives "The EU pledged €95 million and said it …"
// its reporter: the subject of the verb before the conjunction. It runs
// once the clause boundaries are known.
func (x *extraction) coordinatedReporters() {
	for k := range x.frames {
		f := &x.frames[k]
		if f.known || f.and < 0 {
			continue
		}
		s := x.coordinatedVerbSubject(f.and)
		if s.kind == sNone {
			s = x.mainVerbSubject(f.and)
		}
		if s.kind != sNone {
			f.actor, f.plural = x.actorOfSubject(s, f.and)
			f.known = f.actor != ""
			if s.kind == sActor {
				// "Orne Rail and the Velm Carriers' Association, …, demanded …
				// and said they would …": each of them.
				f.also, f.pluralName = s.also, len(s.also) == 0 && x.collectiveName(s)
			}
		} else if o := x.enclosingReport(f.and); o != nil {
			// "Velm's minister said the government would not pay … and
			// vowed that …": a second reporting verb inside what the
			// first reports, with no verb of its own before it, is the
			// first reporter's.
			f.actor, f.plural, f.also, f.known = o.actor, o.plural, o.also, true
		}
	}
}

// enclosingReport returns the known, non-quoted report frame holding
// token i, or nil.
func (x *extraction) enclosingReport(i int) *frame {
	var best *frame
	for k := range x.frames {
		f := &x.frames[k]
		if f.known && !f.quote && !f.epistemic && f.from <= i && i < f.to && (best == nil || f.from >= best.from) {
			best = f
		}
	}
	return best
}

// expectsOf reports whether "expect" at i is followed by an addressee and
// "to" ("expects the Commission to publish").
func (x *extraction) expectsOf(i int) bool {
	if x.demonstrativeObject(i) || expectedConduct[x.word(i+1)] || expectedDegree[x.word(i+1)] && expectedConduct[x.word(i+2)] {
		return true // "expect that commitment to be honoured", "expects full cooperation"
	}
	if n := x.word(i + 1); n == "that" || n == "to" || n == "" {
		return false
	}
	var p pred
	_, ok := x.addressee(&p, i, i)
	return ok
}

// complementStart returns where the complement of the verb at i begins:
// after "that" (within a few words: "informed their counterparts that"), after
// a colon, or — for verbs that need no "that" — right after the verb.
// It returns -1 when the verb has no complement.
func (x *extraction) complementStart(i int, bare bool) int {
	n := len(x.toks)
	if i+1 < n && x.toks[i+1].kind == tColon {
		return i + 2
	}
	if e := x.asideEnd(i + 1); i+1 < n && x.toks[i+1].kind == tComma && e > 0 && x.adverbialAside(i+2, e) {
		i = e // "said, however, that …": past the aside
	}
	limit := 2
	if bare || x.word(i+1) == "to" && x.hearerAt(i+2) {
		limit = 10 // "informed the Israeli prime minister during their phone chat that", "made clear to the ambassador that"
	}
	for k := i + 1; k < n && k <= i+limit; k++ {
		t := x.toks[k]
		if t.w == "that" {
			return k + 1
		}
		if t.kind != tWord || modalWords[t.w] || beForms[t.w] || conditionOpeners[t.w] {
			// "said the filling would go ahead but that …", "said it was
			// ready to join provided that …": the complement began at once.
			break
		}
	}
	if bare && i+1 < n && x.toks[i+1].kind == tWord {
		return i + 1
	}
	return -1
}

// hearerOnly reports whether the words after a verb of telling, from
// token from, are its hearer alone: a conjunction comes before any verb
// ("informed its allies in the council and will request …"), where a
// reported clause has one ("told reporters the army would …").
func (x *extraction) hearerOnly(from int) bool {
	for k := from; k < len(x.toks) && k < from+12; k++ {
		switch w := x.word(k); {
		case x.toks[k].kind != tWord:
			return false
		case modalWords[w] || beForms[w] || w == "has" || w == "have" || w == "had" || isPast(w) || verbLemma[w] != "":
			return false
		case w == "and" || w == "but":
			return true
		}
	}
	return false
}

// conditionOpeners open a condition whose "that" is not a complement's
// ("provided that …").
var conditionOpeners = set("if unless provided providing")

// complementEnd returns where a complement starting at from ends: at a
// semicolon, colon or dash, at the end of the quote the verb sits in, or at
// the end of the sentence.
func (x *extraction) complementEnd(verb, from int) int {
	end := len(x.toks)
	for _, f := range x.frames {
		if f.quote && f.from <= verb && verb < f.to {
			end = f.to
		}
	}
	for k := from; k < end; k++ {
		switch x.toks[k].kind {
		case tSemi, tDash:
			return k
		case tColon:
			if k > from {
				return k
			}
		}
	}
	return end
}

// accordingTo adds the frame of "according to X": the rest of the sentence
// after "according to X," or, at the end ("…, according to X"), what comes
// before.
func (x *extraction) accordingTo(i int) {
	a := x.npAfter(i + 2)
	if a == "" {
		return
	}
	f := frame{actor: a, known: true, and: -1}
	if i == 0 || x.toks[i-1].kind != tComma {
		k := i + 2
		for k < len(x.toks) && x.toks[k].kind != tComma {
			k++
		}
		f.from, f.to = k+1, x.complementEnd(i, k+1)
	} else {
		f.from, f.to = 0, i-1
	}
	if f.from < f.to {
		x.frames = append(x.frames, f)
	}
}

// reporterOf resolves the subject of the reporting verb at i.
func (x *extraction) reporterOf(i int) (reporter, bool) {
	j := i - 1
	for j >= 0 && j > i-6 && (auxiliary[x.toks[j].w] || isAdverb(x.toks[j])) {
		j--
	}
	s := x.subjectAt(j)
	if s.kind == sNone && j > 0 && x.toks[j].kind == tComma && x.appositionEnds(j) {
		s = x.beforeAside(j) // "The Velm Sentinels, a rebel group in eastern Arden, said": not Arden
	}
	if s.kind == sNone && j > 0 && x.toks[j].kind == tComma {
		s = x.subjectAt(j - 1) // "The tanker's operator, Halden Marine, said": the name in apposition
		if x.insideAside(j) {
			s = subject{} // "Velm, which borders Arden, said": Arden ends the aside
		}
		if h := x.officeBefore(j); h.kind == sActor || h.kind == sPron {
			s = h // "Velm's water minister, Ana Berg, said": the minister's state; "Its chief executive, …": the body's
		}
		if s.kind == sNone {
			s = x.beforeAside(j) // "The Velm Bank, which financed the dam, said"
		}
	}

	if s.kind == sNone && (x.toks[i].w == "adding" || x.toks[i].w == "added") {
		// "…, the senior administration source said, adding that …"
		for k := i - 1; k >= 0; k-- {
			if reporting[x.toks[k].w] && x.toks[k].w != "adding" {
				return x.reporterOf(k)
			}
		}
	}
	actor, plural := x.actorOfSubject(s, i)
	r := reporter{actor: actor, plural: plural}
	if s.kind == sActor {
		r.also = s.also
		r.pluralName = len(s.also) == 0 && x.collectiveName(s)
	}
	return r, s.kind != sNone
}

// auxiliary words stand between a reporter and its verb ("has been clear",
// "went on to say", "have informed").
var auxiliary = set("has have had was were is are been be 's 've am made make makes very to on went go goes would will did does do also then later")

// npAfter resolves the noun phrase starting at token k ("according to a
// senior administration official", "said Gallant") to an actor, or "".
func (x *extraction) npAfter(k int) string {
	for j := k; j < len(x.toks) && j < k+8; j++ {
		t := x.toks[j]
		if t.kind != tWord || t.w == "who" || reporting[t.w] {
			break
		}
		if m := x.mentionAt[j]; m >= 0 {
			return x.ments[m].actor
		}
	}
	return ""
}

// frameAt returns the innermost frame holding token i, or nil.
func (x *extraction) frameAt(i int) *frame {
	var best *frame
	for k := range x.frames {
		f := &x.frames[k]
		if f.from <= i && i < f.to && (best == nil || f.from >= best.from) {
			best = f
		}
	}
	return best
}

// quoteAt returns the quote holding token i, or nil.
func (x *extraction) quoteAt(i int) *frame {
	for k := range x.frames {
		if f := &x.frames[k]; f.quote && f.from <= i && i < f.to {
			return f
		}
	}
	return nil
}

// markBoundaries records which tokens start a clause: the first token, those
// after , ; : dashes and quote marks, and the first token of each frame.
func (x *extraction) markBoundaries() {
	x.boundary = make([]bool, len(x.toks)+1)
	x.boundary[0] = true
	for i, t := range x.toks {
		switch t.kind {
		case tComma, tSemi, tColon, tDash, tOpenQ, tCloseQ, tStop:
			x.boundary[i+1] = true
		}
	}
	x.frameStart = make([]bool, len(x.toks)+1)
	for _, f := range x.frames {
		if f.from >= 0 && f.from <= len(x.toks) {
			x.boundary[f.from] = true
			x.frameStart[f.from] = true
		}
	}
}

// maxClause bounds backward scans for a clause start, a subject or an
// antecedent: a clause is rarely longer, and the bound keeps Extract linear
// on pathological input.
const maxClause = 80

// clauseStart returns the first token of the clause holding token j.
func (x *extraction) clauseStart(j int) int {
	stop := j - maxClause
	for j > 0 && j > stop && !x.boundary[j] {
		j--
	}
	return max(j, 0)
}

// agrees reports whether a pronoun may stand for the frame's reporter: in
// number, or "they" for a body named by a plural ("the Kereth Defence
// Forces said they would …").
func (f *frame) agrees(pron string) bool {
	return f.plural == (pron == "they") || pron == "they" && f.pluralName
}

// pluralNoun: a capitalised word in -s that is no possessive and no -ss
// ("Forces", "Brigades", "Houthis"; not "Congress").
func pluralNoun(t token) bool {
	w := t.w
	return t.upper && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s")
}

// afterQuote reports whether token i follows a closing quotation mark,
// perhaps after a comma: the speaker of "“We will …,” she said".
func (x *extraction) afterQuote(i int) bool {
	if i > 1 && x.toks[i-1].kind == tComma {
		i--
	}
	return i > 0 && x.toks[i-1].kind == tCloseQ
}
