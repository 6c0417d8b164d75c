package quotes

// complete finds the words an attribution attributes and reports whether it
// attributes any. prevEnd is the first token after the previous
// attribution of the frame: words before it are already someone's.
func (fa *frameAnalysis) complete(a *attribution, prevEnd int) bool {
	switch a.kind {
	case cueQuoted:
		return a.relay // its words are the quoted speaker's (relays.go)
	case cueAccording:
		return fa.according(a, prevEnd)
	case cueLabel:
		return fa.forward(a, a.last+1, false)
	}
	return fa.verbContent(a, prevEnd)
}

// according handles "According to X, …" (the words follow) and "…,
// according to X" (the words come before). A trailing "according to X"
// with nothing unclaimed before it only relays another speaker's words
// ("“…,” Israel informed the US, according to a … official") and adds none.
func (fa *frameAnalysis) according(a *attribution, prevEnd int) bool {
	if before := trimPunct(fa.toks, span{prevEnd, a.first}); !before.empty() {
		a.trailing, a.content = true, before
		return true
	}
	if prevEnd > 0 {
		return false // a relayer
	}
	s := a.extent + 1
	if s < len(fa.toks) && fa.toks[s].punct(",") {
		s++
	}
	return fa.forward(a, s, false)
}

// hearerOptional verbs may name a hearer before their that-clause ("warned
// Israel that …") but do not need one ("warned that …").
var hearerOptional = set("warned warns warning cautioned assured")

// verbContent finds what a verb cue attributes: a that-clause, a quotation
// after a comma or colon, the clause before it ("…, X said."), or a bare
// clause after it.
func (fa *frameAnalysis) verbContent(a *attribution, prevEnd int) bool {
	toks := fa.toks
	if a.complement > 0 {
		a.content, a.extent = span{a.last + 1, a.complement + 1}, a.complement
		return true
	}
	if fa.trailingForm(a, prevEnd) {
		return fa.trailingContent(a, prevEnd, fa.clauseStop(a.extent+1))
	}
	q := a.last + 1
	if a.inverted {
		q = a.extent + 1
	}
	if a.kind == cueTell || hearerOptional[toks[a.first].lower] {
		if t := fa.thatWithin(q, 14); t >= 0 {
			return fa.forward(a, t+1, true)
		}
	}
	if qi := fa.quoteAfterPunct(q, 8); qi >= 0 {
		a.content, a.extent = span{qi, qi + 1}, qi
		return true
	}
	if a.kind == cueTell {
		q = skipObject(toks, q)
	}
	r, timeOnly := skipAdverbials(toks, q)
	switch {
	case r < len(toks) && toks[r].is("that"):
		return fa.forward(a, r+1, true)
	case fa.clauseEndsAt(r):
		return fa.trailingContent(a, prevEnd, r)
	case timeOnly:
		q = r
	}
	return fa.forward(a, q, false) && fa.bareClause(a)
}

// trailingForm reports whether an attribution follows the words it
// attributes: right after a quotation ("“…,” Ivens said at a news
// conference in the capital, Lund."), or after a comma that ends a clause
// ("Tavos will impose tariffs …, the trade ministry said on Wednesday,
// escalating …"). Its own clause is then parenthetical: what follows the
// verb (a hearer, a place, a time, an occasion) is not the speaker's
// words. An opening adverbial ("In Brussels, a spokesperson said …") is no
// such clause.
func (fa *frameAnalysis) trailingForm(a *attribution, prevEnd int) bool {
	toks := fa.toks
	end := min(a.anchor, a.np.s)
	if a.inverted || a.np.empty() {
		end = a.first
	}
	if a.shares || end <= prevEnd || end > len(toks) {
		return false
	}
	region := trimPunct(toks, span{prevEnd, end})
	if region.empty() {
		return false
	}
	first := toks[region.s]
	if w := first.lower; first.kind == tWord &&
		(leftStops[w] || subordinators[w] || timeWords[w] || isParticiple(w) || isAdverb(token{kind: tWord, text: w, lower: w})) {
		return false // an opening adverbial: "During an appearance on “State of the Union,” Kirby said"
	}
	switch before := toks[end-1]; {
	case before.kind == tQuote:
		return true
	case !before.punct(","):
		return false
	}
	if first.kind == tQuote {
		return true
	}
	if region.e-region.s < 3 || first.kind != tWord {
		return false
	}
	// a clause has a verb; a phrase without one is the speaker's
	// appositive ("The summit's host, Environment Minister Beatriz Lemos,
	// said") or an adverbial ("Outside the courthouse, protesters chanted")
	for k := max(region.s+1, region.e-60); k < region.e; k++ {
		if t := toks[k]; t.kind == tQuote || t.kind == tWord && t.text == t.lower && verbLike(toks, k) {
			return true
		}
	}
	return false
}

// clauseStop is the first token at or after i that ends an attribution's
// own clause: a sentence end, a semicolon, a comma or conjunction before
// another attribution.
func (fa *frameAnalysis) clauseStop(i int) int {
	n := len(fa.toks)
	if i >= n {
		return n
	}
	return min(fa.nextStop[i], fa.nextSemi[i], fa.nextAnchorComma[i], fa.nextAnchorConj[i])
}

// noWords reports whether a cue's object reports no words: "nothing",
// "little", "the same", "so".
func noWords(ts []token) bool {
	switch len(ts) {
	case 1:
		return ts[0].is("nothing", "little", "so", "otherwise", "much", "more")
	case 2:
		return ts[0].is("the") && ts[1].is("same")
	}
	return false
}

// hasQuote reports whether a token range holds a quotation.
func hasQuote(ts []token) bool {
	for _, t := range ts {
		if t.kind == tQuote {
			return true
		}
	}
	return false
}

// nounObjectVerbs often take a noun phrase, not words ("confirmed 38 new
// cases", "announced a review"): without "that", what follows them is a
// unit only when it reads as a clause.
var nounObjectVerbs = set(`confirmed confirms announced announces reported declared declares promised pledged
	vowed admitted acknowledged predicted revealed`)

// bareClause reports whether the bare words a cue took may stand: always,
// but after a verb of nounObjectVerbs they must have a finite verb.
func (fa *frameAnalysis) bareClause(a *attribution) bool {
	c := fa.toks[a.content.s:a.content.e]
	if noWords(c) {
		return false // "said nothing", "said the same"
	}
	if c[0].is("of", "about") && !hasQuote(c) {
		return false // "warned of shortages": a topic; "warned of “a collapse”" quotes words
	}
	if !nounObjectVerbs[fa.toks[a.first].lower] {
		return true
	}
	for k := a.content.s; k < a.content.e; k++ {
		t := fa.toks[k]
		if t.kind == tWord && t.text == t.lower && (modalOrTo[t.lower] && t.lower != "to" || verbLike(fa.toks, k)) {
			return true
		}
	}
	return false
}

// clauseEndsAt reports whether the attribution's own clause ends at token
// r: at the frame's end, a full stop, a semicolon, a comma before the next
// attribution ("…, adding that", "…, according to") or before a relative
// clause about the speaker ("…,” said Anders Lund, who has fished …").
func (fa *frameAnalysis) clauseEndsAt(r int) bool {
	if r >= len(fa.toks) {
		return true
	}
	t := fa.toks[r]
	return t.punct(".") || t.punct("!") || t.punct("?") || t.punct(";") ||
		t.punct(",") && (fa.anchorAfterComma(r) || r+1 < len(fa.toks) && fa.toks[r+1].is("who", "whose"))
}

// trailingContent attributes the words before the speaker ("“…,” Gallant
// said on Sunday", "…, Kirby said."). With nothing before them, "Kirby
// said." looks back to the previous frame's quotation.
func (fa *frameAnalysis) trailingContent(a *attribution, prevEnd, r int) bool {
	end := min(a.np.s, a.anchor)
	if a.inverted || a.shares || a.np.empty() {
		end = a.first
	}
	a.extent = max(a.extent, r-1)
	region := trimPunct(fa.toks, span{prevEnd, end})
	if region.empty() {
		a.lookback = prevEnd == 0 && !a.shares
		return a.lookback
	}
	a.trailing, a.content = true, region
	return true
}

// forward attributes the clause starting at token s.
func (fa *frameAnalysis) forward(a *attribution, s int, afterThat bool) bool {
	if afterThat && s < len(fa.toks) && auxiliaries[fa.toks[s].lower] {
		s-- // "said that was a question for next month": "that" is the subject
	}
	c := trimPunct(fa.toks, span{s, fa.clauseEnd(s, a, afterThat)})
	if c.empty() {
		return false
	}
	a.content = c
	a.extent = max(a.extent, c.e-1)
	return true
}

// clauseEnd is where a clause starting at s ends: the frame's end, a
// semicolon, a comma before another attribution; for an object ("emphasized
// the need …") also a comma before "which"/"who", where narration resumes;
// and the comma closing a leading subordinate clause the cue is in ("While
// officials have emphasized that …, Biden has …").
func (fa *frameAnalysis) clauseEnd(s int, a *attribution, afterThat bool) int {
	n := len(fa.toks)
	if s >= n {
		return n
	}
	e := min(n, fa.nextSemi[s], fa.nextAnchorComma[s], fa.nextAnchorConj[s])
	if (a.kind == cueObject || a.kind == cueIssued) && !afterThat {
		e = min(e, fa.nextRelComma[s])
	}
	if a.relClause {
		e = min(e, fa.nextComma[s]) // "The company, which says …, reported": the relative clause ends
	}
	if fa.subordinate && a.first < fa.firstComma {
		e = min(e, fa.nextComma[s])
	}
	return e
}

// thatWithin returns the index of "that" among the next k words after q
// (a hearer may come first: "told The Harbor Post that", "told a contact,
// who was working with the police, that"), or -1. A verb on the way means
// a clause started: the "that" is not the cue's.
func (fa *frameAnalysis) thatWithin(q, k int) int {
	toks := fa.toks
	for j := q; j < len(toks) && j < q+k; j++ {
		t := toks[j]
		if t.punct(",") && j+1 < len(toks) && toks[j+1].is("who", "which") {
			c := fa.nextComma[j+1] // a relative clause about the hearer
			if c >= len(toks) || c-j > 24 {
				return -1
			}
			k += c - j
			j = c
			continue
		}
		if t.kind != tWord {
			return -1
		}
		switch {
		case t.lower == "that":
			return j
		case j > q && t.text == t.lower && verbLike(toks, j):
			return -1
		}
	}
	return -1
}

// quoteAfterPunct returns the index of a quotation that is the whole of what
// a cue attributes: after a comma or colon among the next k tokens ("said
// AWN’s Jake Tapper, “…”", "told reporters: “…”") or right after the verb,
// and ending the clause. It returns -1 otherwise.
func (fa *frameAnalysis) quoteAfterPunct(q, k int) int {
	toks := fa.toks
	for j := q; j < len(toks) && j < q+k; j++ {
		t := toks[j]
		switch {
		case t.kind == tQuote && j == q:
			if fa.clauseEndsAt(j+1) || wordAt(toks, j+1) == "and" {
				return j // "chanted “Jobs now!” and marched on"
			}
			return -1
		case (t.punct(",") || t.punct(":")) && j+1 < len(toks) && toks[j+1].kind == tQuote:
			if fa.clauseEndsAt(j + 2) {
				return j + 1
			}
			return -1
		case t.kind != tWord || t.lower == "that":
			return -1
		}
	}
	return -1
}

// skipObject steps over the hearer of "told"/"informed": a name ("Tapper",
// "The Harbor Post"), a pronoun or "reporters", or a short noun phrase.
func skipObject(toks []token, q int) int {
	if q >= len(toks) || toks[q].kind != tWord {
		return q
	}
	t := toks[q]
	switch {
	case tellObjects[t.lower], isSourceHead(t.lower) && t.text == t.lower:
		return q + 1 // "told reporters", "told investigators"
	case t.capitalized(), determiners[t.lower], possessiveDets[t.lower]:
		j := q + 1
		for j < len(toks) && j < q+5 && toks[j].kind == tWord && !leftStops[toks[j].lower] && !toks[j].is("said") {
			if !toks[j].capitalized() && t.capitalized() && !determiners[t.lower] {
				break // a name ends where its capitals do
			}
			j++
		}
		return j
	}
	return q
}

// advPreps open the adverbials that may follow a cue before its clause ("on
// Sunday", "in a statement", "to their counterparts", "late Saturday").
var advPreps = set("on in at during to late early last this earlier later after before via from over with")

// skipAdverbials steps over adverbials after a cue and reports whether they
// were all about time (so a bare clause may start after them).
func skipAdverbials(toks []token, q int) (int, bool) {
	r, timeOnly := q, true
	for r < len(toks) && toks[r].kind == tWord && r < q+12 {
		w := toks[r].lower
		switch {
		case advPreps[w]:
			j := r + 1
			for j < len(toks) && j < r+6 && toks[j].kind == tWord && !advPreps[toks[j].lower] && toks[j].lower != "that" {
				if j > r+1 && isTimeWord(toks[j-1]) && !isTimeWord(toks[j]) {
					break // "on Monday | the road was open": the time phrase ended
				}
				if !timeWords[toks[j].lower] && !determiners[toks[j].lower] {
					timeOnly = false
				}
				j++
			}
			r = j
		case timeWords[w] && !determiners[w]:
			r++
		default:
			return r, timeOnly && r > q
		}
	}
	return r, timeOnly && r > q
}

// isTimeWord reports whether a word names a time ("Monday", "night"), not
// a determiner ("this").
func isTimeWord(t token) bool {
	return t.kind == tWord && timeWords[t.lower] && !determiners[t.lower] && !advPreps[t.lower]
}

// trimPunct narrows a token range to start and end on a word or quotation.
func trimPunct(toks []token, p span) span {
	for p.s < p.e && toks[p.s].kind == tPunct {
		p.s++
	}
	for p.e > p.s && toks[p.e-1].kind == tPunct {
		p.e--
	}
	return p
}
