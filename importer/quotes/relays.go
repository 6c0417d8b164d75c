package quotes

// Nested sources. A unit's speaker is whoever said the words it reports;
// when the text names someone who passed them on, that relayer is the
// unit's via (testdata/gold2/README.md):
//
//   - "According to R, S told P that C", "R said S had told him that C":
//     a saying verb whose subject opens the words R's cue attributes. The
//     unit is C, its speaker S, via R; R says nothing of its own. The inner
//     verb must report words: a that-clause or a quotation ("told families
//     nothing" is not), or a bare clause after "said"; a modal before it
//     ("S would tell") reports nothing yet.
//   - "R quoted S as saying (that) C": C is S's, via R.
//   - "S said, according to R, that C" and "S told them, R said, that C": a
//     parenthetical attribution between the verb and its clause relays it;
//     so does one between S and its verb ("S, R said, had told P that C").
//   - "“…,” S told P, according to R.": a trailing "according to" with no
//     words of its own left relays the attribution before it.
//
// An audience or a channel ("told state radio", "said in an interview
// with …") is not a relayer: those stay plain attributions.

// quotedPair reads "R quoted S as saying …" into two attributions: R, a
// relay, and S, whose words follow "saying". It returns the index of the
// last token read.
func (fa *frameAnalysis) quotedPair(out []attribution, c cue) ([]attribution, int) {
	toks := fa.toks
	as := quotedAs(toks, c.first)
	last, kind := as+1, cueClause
	switch toks[as+1].lower {
	case "telling":
		kind = cueTell
	case "having":
		last = as + 2
	}
	r := attribution{cue: c, anchor: c.first, role: noSpan, alias: noSpan}
	hasR := fa.locateSpeaker(&r, out) && !r.inverted && !r.shares
	s := attribution{cue: cue{kind: kind, first: as, last: last, from: as}, anchor: c.first + 1, role: noSpan, alias: noSpan}
	s.np = trimPunct(toks, span{c.first + 1, as})
	if k := firstComma(toks, s.np); k > s.np.s {
		// "a navy spokesman, Senior Colonel Wei Tan,": a role, then the name
		if name := trimPunct(toks, span{k + 1, s.np.e}); !name.empty() && hasName(toks[name.s:name.e]) {
			s.role, s.np = span{s.np.s, k}, name
		} else {
			s.np.e = k
		}
	}
	s.extent = last
	if s.np.empty() {
		return out, last
	}
	if hasR {
		r.relay, r.extent = true, c.first
		s.via = -1
		out = append(out, r)
	}
	return append(out, s), last
}

// firstComma returns the index of the first comma in p, or -1.
func firstComma(toks []token, p span) int {
	for k := p.s; k < p.e; k++ {
		if toks[k].punct(",") {
			return k
		}
	}
	return -1
}

// relayed reports whether a cue inside the words of outer is a nested
// source: a saying verb whose subject opens those words. It then finds the
// cue's own words, kept inside outer's.
func (fa *frameAnalysis) relayed(a *attribution, claimed span, outer *attribution) bool {
	toks := fa.toks
	switch {
	case outer.relay || outer.kind == cueObject || outer.kind == cueIssued || outer.kind == cueLabel:
		return false
	case a.shares || a.inverted || a.ing || a.relay || a.np.empty() || a.kind != cueClause && a.kind != cueTell:
		return false
	}
	if a.np.s > claimed.s+1 && toks[a.np.s-1].is("and") && a.anchor == a.np.s {
		// "officials said that President Joe Biden and senior members of
		// his team have informed …": a coordinated subject
		if first := npLeft(toks, a.np.s-2); !first.empty() && first.s == claimed.s {
			a.np.s, a.anchor = claimed.s, claimed.s
		}
	}
	if a.anchor != claimed.s {
		return false
	}
	for k := a.np.e; k < a.first; k++ {
		if modalOrTo[wordAt(toks, k)] {
			return false
		}
	}
	if !fa.complete(a, claimed.s) || a.trailing || a.lookback {
		return false
	}
	c := a.content
	c.e = min(c.e, claimed.e)
	if c = trimPunct(toks, c); c.empty() {
		return false
	}
	quote := c.e-c.s == 1 && toks[c.s].kind == tQuote
	that := c.s > 0 && toks[c.s-1].is("that")
	if !quote && !that && a.kind != cueClause {
		return false // "told families nothing": no words
	}
	a.content, a.extent = c, min(a.extent, claimed.e-1)
	return true
}

// parenthetical reads "S said, according to R, that C" and "S told them, R
// said, that C": p, the attribution between the verb and its clause,
// relays a's words. a's words are found here.
func (fa *frameAnalysis) parenthetical(a, p *attribution) bool {
	toks := fa.toks
	if a.shares || a.inverted || a.relay || a.np.empty() || a.kind != cueClause && a.kind != cueTell {
		return false
	}
	pos := a.last + 1
	if a.kind == cueTell {
		pos = skipObject(toks, pos)
	}
	if pos >= len(toks) || !toks[pos].punct(",") || p.anchor != pos+1 || p.shares || p.inverted || p.np.empty() {
		return false
	}
	var end int
	switch {
	case p.kind == cueAccording:
		end = p.extent + 1
	case p.kind == cueClause && !p.ing && p.np.s == pos+1:
		end = p.last + 1
	default:
		return false
	}
	if end+1 >= len(toks) || !toks[end].punct(",") {
		return false
	}
	s, afterThat := end+1, false
	if toks[s].is("that") {
		s, afterThat = s+1, true
	}
	if !fa.forward(a, s, afterThat) {
		return false
	}
	p.relay, p.extent, p.content = true, end, span{}
	return true
}

// medialRelay reads "S, R said, told P that C": a ("R said"), set between
// commas after S, relays the saying verb of S that follows it.
func (fa *frameAnalysis) medialRelay(a, next *attribution) bool {
	toks := fa.toks
	switch {
	case a.kind != cueClause || a.ing || a.inverted || a.shares || a.relay || a.np.empty():
		return false
	case a.anchor < 2 || !toks[a.anchor-1].punct(",") || a.last+1 >= len(toks) || !toks[a.last+1].punct(","):
		return false
	case next.kind != cueClause && next.kind != cueTell || next.shares || next.ing || next.np.empty():
		return false
	case next.np.e != a.anchor-1 || next.first <= a.last+1:
		return false
	}
	next.via = -1
	a.relay, a.extent, a.content = true, a.last+1, span{}
	return true
}

// trailingRelay reports whether a trailing "according to R" that found no
// words of its own relays the attribution just before it ("“…,” Israel
// informed the US, according to a senior official").
func (fa *frameAnalysis) trailingRelay(a *attribution, out []attribution) bool {
	if a.kind != cueAccording || a.np.empty() || len(out) == 0 || a.first == 0 || !fa.toks[a.first-1].punct(",") {
		return false
	}
	last := &out[len(out)-1]
	if last.relay || last.via != 0 || last.extent < a.first-2 {
		return false
	}
	last.via = 1
	a.relay, a.content = true, span{}
	return true
}
