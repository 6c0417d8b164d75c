package quotes

import (
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// cueKind is what an attribution cue takes after it.
type cueKind uint8

const (
	cueClause    cueKind = iota // a that-clause, a bare clause or a quotation: "said (that) …"
	cueObject                   // a noun phrase, or a that-clause: "emphasized the need …"
	cueTell                     // a hearer, then a clause or a quotation: "told Tapper (that) …"
	cueAccording                // "according to X": the speaker follows
	cueIssued                   // "issued a joint statement …": the body's words follow
	cueLabel                    // "Name, Title, Organization: “…”": a round-up's label
	cueQuoted                   // "R quoted S as saying …": R relays S's words (relays.go)
)

// verbInfo describes one written form of a cue verb.
type verbInfo struct {
	kind cueKind
	ing  bool // a participle: "…, adding that …"
	// needsThat marks forms that are more often nouns ("claims", "reports"):
	// they count only when "that" follows.
	needsThat bool
	// afterComma marks forms that are cues only as a participle after a comma
	// (", calling X “…”").
	afterComma bool
	// needsQuote marks forms that are cues only before a quotation
	// ("chanted “Thieves out!”", not "chanted slogans").
	needsQuote bool
}

// cueVerbs maps the written forms of the cue verbs to what they take:
// the attribution column of the language layer's reporting verbs
// (assets/lang/reporting-verbs.txt), and extraVerbs.
var cueVerbs = buildCueVerbs(lang.ReportingVerbs())

// baseCues are bare forms that count only after "went on to" or "continued
// to" ("He went on to say that …").
var baseCues = map[string]cueKind{
	"say": cueClause, "add": cueClause, "warn": cueClause, "stress": cueClause, "insist": cueClause,
	"note": cueClause, "explain": cueClause, "emphasize": cueObject, "emphasise": cueObject,
	"tell": cueTell, "confirm": cueClause,
}

func buildCueVerbs(verbs []lang.ReportingVerb) map[string]verbInfo {
	kinds := map[lang.Frame]cueKind{lang.FrameClause: cueClause, lang.FrameTell: cueTell, lang.FrameObject: cueObject}
	m := make(map[string]verbInfo)
	for _, v := range verbs {
		kind, ok := kinds[v.Frame]
		if !ok {
			continue
		}
		m[v.Form] = verbInfo{kind: kind, ing: strings.HasSuffix(v.Form, "ing"), needsThat: v.NeedsThat, afterComma: v.AfterComma}
	}
	for form, v := range extraVerbs {
		if _, ok := m[form]; !ok {
			m[form] = v
		}
	}
	return m
}

// cue is an attribution cue found in a frame.
type cue struct {
	kind        cueKind
	first, last int  // token range of the cue words
	from        int  // first token of the cue as written: "went" in "went on to say"
	ing         bool // participle ("adding"), sharing the subject of the cue before it
	// complement is the last token of a quoted complement the cue
	// attributes with its object ("called the blockade “an act of
	// piracy”"), 0 when none.
	complement int
}

// docNouns end an "issued a … statement" cue.
var docNouns = set("statement declaration communiqué communique readout")

// cueAt reports the cue that starts at token i, if any. Which verbs count,
// and the shapes that stop them counting (passives, adjectives, negations),
// are the rules a reader applies without thinking: "was said and done" and
// "the stated goal" report nothing.
func cueAt(toks []token, i int) (cue, bool) {
	t := toks[i]
	if t.kind != tWord {
		return cue{}, false
	}
	if t.lower == "according" && i+1 < len(toks) && toks[i+1].is("to") {
		return cue{kind: cueAccording, first: i, last: i + 1, from: i}, true
	}
	if t.text != t.lower { // cue verbs are lower-case; "Said" is a name
		return cue{}, false
	}
	if c, ok := issuedCue(toks, i); ok {
		return c, true
	}
	if c, ok := quotedCue(toks, i); ok {
		return c, true
	}
	if c, ok := namingCue(toks, i); ok {
		return c, true
	}
	if k, ok := baseCues[t.lower]; ok {
		if from, ok := goesOnTo(toks, i); ok {
			return cue{kind: k, first: i, last: i, from: from}, true
		}
		if t.lower == "say" && presentSay(toks, i) {
			return cue{kind: cueClause, first: i, last: i, from: i}, true // "Residents … say"
		}
		return cue{}, false
	}
	v, ok := cueVerbs[t.lower]
	if !ok || blocked(toks, i, v) {
		return cue{}, false
	}
	return cue{kind: v.kind, first: i, last: i, from: i, ing: v.ing}, true
}

// blocked reports whether the neighbours of a cue verb make it something
// else: a passive or an adjective before it, an agent or a topic after it.
func blocked(toks []token, i int, v verbInfo) bool {
	prev, next := wordAt(toks, i-1), wordAt(toks, i+1)
	switch {
	case v.afterComma && !(i > 0 && toks[i-1].punct(",")):
		return true
	case v.needsThat && next != "that":
		return true
	case v.needsQuote && !quoteNext(toks, i):
		return true
	case !v.ing && passiveAux[prev]:
		return true // "was said and done", "was reported to have been"
	case possessiveDets[prev] || prev == "that" && i == 1:
		return true // "the said agreement", "That said, …"
	case prev == "not" || prev == "never" || strings.HasSuffix(prev, "n't"):
		return true // "did not say" reports nothing said
	case next == "by":
		return true // "stated by": the agent follows, in a passive
	case next == "of" || next == "about":
		return v.kind == cueTell // "officials informed of the situation"; but "warned of a war" reports
	case toks[i].lower == "added" && next == "to":
		return true // "added to the tension"
	}
	return false
}

// quoteNext reports whether a quotation follows the word at i, maybe
// after a comma or colon.
func quoteNext(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && (toks[j].punct(",") || toks[j].punct(":")) {
		j++
	}
	return j < len(toks) && toks[j].kind == tQuote
}

// goesOnTo reports whether a bare verb at i follows "went on to" or
// "continued to", and where that phrase starts.
func goesOnTo(toks []token, i int) (int, bool) {
	if wordAt(toks, i-1) != "to" {
		return i, false
	}
	switch wordAt(toks, i-2) {
	case "on":
		if wordAt(toks, i-3) != "" {
			return i - 3, true
		}
		return i - 2, true
	case "continued", "continues", "continue":
		return i - 2, true
	}
	return i, false
}

// presentSay reports whether "say" at i is a present tense with a subject
// ("officials say"), not an infinitive or a form after an auxiliary
// ("to say", "did not say", "would say").
func presentSay(toks []token, i int) bool {
	prev := wordAt(toks, i-1)
	return prev != "" && !auxiliaries[prev] && !modalOrTo[prev] && prev != "not" && !strings.HasSuffix(prev, "n't")
}

// modalOrTo precede a bare "say" that reports nothing yet.
var modalOrTo = set("to shall let lets might must may can could would will should")

// issuedCue matches "issued/released a (joint) statement": the body's words
// follow it as they would follow "said".
func issuedCue(toks []token, i int) (cue, bool) {
	switch toks[i].lower {
	case "issued", "released", "published":
	default:
		return cue{}, false
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].kind != tWord {
			break
		}
		if docNouns[toks[j].lower] {
			return cue{kind: cueIssued, first: i, last: j, from: i}, true
		}
	}
	return cue{}, false
}

// wordAt returns the lowercased word at i, or "" for punctuation, a
// quotation or an index out of range.
func wordAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) || toks[i].kind != tWord {
		return ""
	}
	return toks[i].lower
}

// extraVerbs are cue verbs of news reporting the shared list
// (assets/lang/reporting-verbs.txt) leaves out because the commitment
// reader must not count them: a crowd's words ("chanted “…”") and a denial
// of a clause ("denied that …").
var extraVerbs = map[string]verbInfo{
	"chanted": {kind: cueClause, needsQuote: true}, "shouted": {kind: cueClause, needsQuote: true},
	"chanting": {kind: cueClause, ing: true, needsQuote: true},
	"denied":   {kind: cueClause, needsThat: true}, "denies": {kind: cueClause, needsThat: true},
}

// quotedCue matches "quoted S as saying": the subject of "quoted" relays
// the words of S (relays.go reads both). The cue is "quoted" alone; its
// complement is found from the "as saying" after S.
func quotedCue(toks []token, i int) (cue, bool) {
	if toks[i].lower != "quoted" || passiveAux[wordAt(toks, i-1)] {
		return cue{}, false
	}
	if as := quotedAs(toks, i); as < 0 {
		return cue{}, false
	}
	return cue{kind: cueQuoted, first: i, last: i, from: i}, true
}

// quotedAs returns the index of "as" in "quoted S as saying/telling/having
// said" after "quoted" at i, or -1. S is a noun phrase, maybe with an
// appositive between commas ("a navy spokesman, Senior Colonel Wei Tan,").
func quotedAs(toks []token, i int) int {
	for j := i + 1; j < len(toks) && j <= i+24; j++ {
		t := toks[j]
		switch {
		case t.punct(","):
		case t.kind != tWord:
			return -1
		case t.lower == "as" && j > i+1:
			if w := wordAt(toks, j+1); w == "saying" || w == "telling" || w == "having" && wordAt(toks, j+2) == "said" {
				return j
			}
			return -1
		}
	}
	return -1
}

// namingCue matches a speaker naming something in quoted words ("called
// the blockade “an act of piracy”", "described the request as “…”") and
// "called on X to …": the object with its complement is what the speaker
// said. Without quoted words "called X Y" is the article's, not theirs.
func namingCue(toks []token, i int) (cue, bool) {
	switch toks[i].lower {
	case "called", "calls":
		if w := wordAt(toks, i+1); w == "on" || w == "upon" {
			for j := i + 3; j < len(toks) && j <= i+10 && toks[j].kind == tWord; j++ {
				if toks[j].lower == "to" {
					return cue{kind: cueObject, first: i, last: i + 1, from: i}, true
				}
			}
			return cue{}, false
		}
	case "described", "describes", "branded", "brands", "labelled", "labeled", "termed":
	default:
		return cue{}, false
	}
	if passiveAux[wordAt(toks, i-1)] || possessiveDets[wordAt(toks, i-1)] {
		return cue{}, false // "was called", "the so described"
	}
	for j := i + 1; j < len(toks) && j <= i+12; j++ {
		switch {
		case toks[j].kind == tQuote:
			if j == i+1 {
				return cue{}, false // "called “…”": a name, not a description of an object
			}
			return cue{kind: cueObject, first: i, last: i, from: i, complement: j}, true
		case toks[j].kind != tWord || leftStops[toks[j].lower] && toks[j].lower != "as" && toks[j].lower != "of":
			return cue{}, false
		}
	}
	return cue{}, false
}
