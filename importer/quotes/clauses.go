package quotes

// complete finds the words an attribution attributes and reports whether it
// attributes any. prevEnd is the first token after the previous
// attribution of the frame: words before it are already someone's.
func (fa *frameAnalysis) complete(a *attribution, prevEnd int) bool {
	switch a.kind {
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
	q := a.last + 1
	if a.inverted {
		q = a.extent + 1
	}
	if a.kind == cueTell || hearerOptional[toks[a.first].lower] {
		if t := fa.thatWithin(q, 8); t >= 0 {
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
		return fa.forward(a, r, false)
	}
	return fa.forward(a, q, false)
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
	end := a.np.s
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
	e := min(n, fa.nextSemi[s], fa.nextAnchorComma[s])
	if (a.kind == cueObject || a.kind == cueIssued) && !afterThat {
		e = min(e, fa.nextRelComma[s])
	}
	if fa.subordinate && a.first < fa.firstComma {
		e = min(e, fa.nextComma[s])
	}
	return e
}

// thatWithin returns the index of "that" among the next k words after q
// (a hearer may come first: "told The Harbor Post that"), or -1.
func (fa *frameAnalysis) thatWithin(q, k int) int {
	for j := q; j < len(fa.toks) && j < q+k; j++ {
		t := fa.toks[j]
		if t.kind != tWord {
			return -1
		}
		if t.lower == "that" {
			return j
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
			if fa.clauseEndsAt(j + 1) {
				return j
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
	case tellObjects[t.lower]:
		return q + 1
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
