package quotes

import "strings"

// The noun phrases around a cue: the speaker before the verb (read
// leftwards), after "according to" or an inverted verb (read rightwards),
// and the words that may sit between a speaker and its verb. Every scan is
// bounded, so a cue costs O(1) whatever the frame's length.

// nounAppositive reports whether toks[s:e] is a noun phrase set after a
// name ("Marc Delors, a grain broker in Rotterdam."): it opens with an
// article, holds no verb, and ends the clause.
func nounAppositive(toks []token, s, e int) bool {
	if !toks[s].is("a", "an", "the") || e < len(toks) && !toks[e].punct(".") && !toks[e].punct(",") && !toks[e].is("who", "whose") {
		return false
	}
	for _, t := range toks[s:e] {
		if auxiliaries[t.lower] {
			return false
		}
	}
	return true
}

// skipAuxLeft steps left from i over auxiliaries and adverbs ("has also",
// "went on to", "have been"), returning the index of the token before them.
func skipAuxLeft(toks []token, i int, ing bool) int {
	if i >= 1 && toks[i].is("to") {
		i--
		if toks[i].is("on") {
			i--
		}
		if i >= 0 && toks[i].is("went", "goes", "go", "going", "continued", "continues") {
			i--
		}
	}
	for i >= 0 {
		switch w := wordAt(toks, i); {
		case skipLeft[w] || ing && passiveAux[w] || isAdverb(toks[i]):
			i--
		case timeWords[w] && !determiners[w] && i >= 1 && timePreps[wordAt(toks, i-1)]:
			i -= 2 // "The council on Friday warned", "Kirby late Saturday said"
		default:
			return i
		}
	}
	return i
}

// isAdverb reports whether a word is a lower-case "-ly" adverb ("falsely
// claimed", "publicly said"), not a noun like "family".
func isAdverb(t token) bool {
	return t.kind == tWord && t.text == t.lower && len(t.lower) >= 5 && strings.HasSuffix(t.lower, "ly") && !lyNouns[t.lower]
}

// npLeft returns the noun phrase ending at token i, read leftwards up to a
// boundary: punctuation, a quotation, or a word that cannot be inside a
// speaker phrase. "and" joins two names ("Biden and Netanyahu said").
func npLeft(toks []token, i int) span {
	e := i + 1
	j := i
	for j >= 0 && e-j <= 14 {
		t := toks[j]
		if t.kind != tWord {
			break
		}
		switch {
		case t.lower == "and":
			if j == 0 || j+1 >= len(toks) || !toks[j-1].capitalized() || !toks[j+1].capitalized() {
				return npTrim(toks, j+1, e)
			}
		case postModAdj[t.lower]:
			// "officials informed of the situation": part of the phrase
		case leftStops[t.lower]:
			switch {
			case j > 0 && postModAdj[toks[j-1].lower]:
				j-- // "a diplomat familiar with the talks": keep "familiar with"
			case j > 0 && headPreps[t.lower] && (isSourceHead(toks[j-1].lower) || bodyHeads[toks[j-1].lower]):
				// "Fishermen in the port of Keld", "a spokesman for the Council", "the embassy in Tsera"
			case approximators[t.lower] && j+1 < len(toks) && isNumber(strings.ReplaceAll(toks[j+1].text, ",", "")):
				// "about 200 protesters"
			default:
				return npTrim(toks, j+1, e)
			}
		}
		j--
	}
	return npTrim(toks, j+1, e)
}

// npTrim drops leading time words from the phrase toks[s:e] ("Last week
// Kirby said": the time is not the speaker) and rejects a phrase that is
// only a time.
func npTrim(toks []token, s, e int) span {
	for s < e-1 && timeWords[toks[s].lower] && !determiners[toks[s].lower] {
		s++
	}
	if s < e && (isTimePhrase(toks[s:e]) || toks[s].lower == "of") {
		return span{e, e} // only a time, or the tail of a phrase cut at a preposition
	}
	return span{s, e}
}

// npRight returns the noun phrase starting at token i, read rightwards.
func npRight(toks []token, i int) span {
	j := i
	for j < len(toks) && j-i < 14 {
		t := toks[j]
		if t.kind != tWord || forwardStops[t.lower] && !(t.lower == "and" && j > i) && !continuesPhrase(toks, i, j) {
			break
		}
		if t.lower == "and" && (j == i || j+1 >= len(toks) || !toks[j-1].capitalized() || !toks[j+1].capitalized()) {
			break
		}
		j++
	}
	return span{i, j}
}

// isTimePhrase reports whether every word is a time word ("Sunday").
func isTimePhrase(ts []token) bool {
	for _, t := range ts {
		if !timeWords[t.lower] {
			return false
		}
	}
	return true
}

// isNumber reports whether w is a run of ASCII digits ("58" in "Osei, 58, said").
func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// relativeEnd returns the last token of a relative clause starting at j:
// up to the next comma, full stop or the frame's end, at most 40 tokens on.
func relativeEnd(toks []token, j int) int {
	for limit := j + 40; j < len(toks) && j < limit && !toks[j].punct(",") && !toks[j].punct("."); j++ {
	}
	return min(j, len(toks)-1)
}

// isSourceHead reports whether a word is the head of a source's phrase.
func isSourceHead(w string) bool {
	return anonHeads[w] != "" || humanHeads[w] || personNouns[w]
}

// continuesPhrase reports whether the preposition at j, read rightwards from
// i, continues the phrase: after what a source knows ("people briefed on
// the talks", "a diplomat familiar with …") or after a source's head
// ("officials in Kyiv").
func continuesPhrase(toks []token, i, j int) bool {
	if j <= i || !headPreps[toks[j].lower] && toks[j].lower != "with" && toks[j].lower != "to" {
		return false
	}
	prev := toks[j-1].lower
	return postModAdj[prev] && toks[j].lower != "to" || prev == "close" || headPreps[toks[j].lower] && (isSourceHead(prev) || bodyHeads[prev])
}

// approximators may open a number in a speaker phrase ("about 200 protesters").
var approximators = set("about around nearly almost some roughly approximately over")

// timePreps open a time adverbial ("on Friday", "late Saturday").
var timePreps = set("on late early last this earlier")

// headPreps may follow a source's head noun inside its phrase.
var headPreps = set("in at from for on")

// postModAdj introduce the part of a source's phrase that says what it
// knows ("informed of …", "familiar with …", "close to …").
var postModAdj = set("informed familiar briefed close knowledgeable involved speaking aware privy present")
