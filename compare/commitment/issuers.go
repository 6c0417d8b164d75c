package commitment

import (
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// The issuer of a statement, as a principle: the organisation its front
// matter names, canonicalised. A known name found inside that
// organisation's name stands for it only when the organisation is that
// body's own department, office, organ or government ("Ministry of Foreign
// Affairs of Japan", "Presidency of the Council of the EU", "Israeli Prime
// Minister's Office"), never when the known name only qualifies another
// body ("Food and Agriculture Organization of the United Nations",
// "Organization of American States", "United Nations Environment
// Programme"). Two or three states or bodies joined by "and" or commas
// ("Ministries of Foreign Affairs of Velm and Arden") are a joint issuer:
// each of the statement's own commitments is one for each member.

// issuerIn is the actor g knows that a front-matter field names as its
// issuer: a part of it that is, once canonicalised, a name g knows whole,
// or that holds a known name as that body's own department.
func (g *Gazetteer) issuerIn(field string) (string, bool) {
	for _, part := range orgParts(field) {
		for _, c := range []string{part, issuerCanonical(part)} {
			if a, ok := resolveWhole(g, c); ok {
				return a, true
			}
		}
		toks := tokenize(part, nil)
		for _, m := range g.mentions(part, toks) {
			if ownBodyOf(toks, m) {
				return m.actor, true
			}
		}
	}
	return "", false
}

// ownBodyOf reports whether the known name m inside an organisation's name
// (toks) names the organisation itself: the words before it are nothing,
// or an office or department "of" it ("Embassy of", "Presidency of the
// Council of the"); the words after it nothing, an office or a department
// ("Prime Minister's Office", "Ministry of Foreign Affairs") or "and its
// Member States"; or, at the end of a department's name written without a
// preposition, the state it serves ("Global Affairs Canada").
func ownBodyOf(toks []token, m mention) bool {
	var before, after []string
	for _, t := range toks[:m.start] {
		if t.kind == tWord {
			before = append(before, t.w)
		}
	}
	for _, t := range toks[m.end:] {
		if t.kind == tWord && t.w != "'s" && t.w != "s" {
			after = append(after, t.w)
		}
	}
	if len(before) > 0 && before[0] == "the" {
		before = before[1:]
	}
	switch {
	case len(before) == 0:
	case departmentOf(before):
		return true // "Embassy of Velm in Arden", "Permanent Mission of Velm to the United Nations"
	case len(after) == 0 && unprepositioned(before):
		return true // "Global Affairs Canada"
	default:
		return false
	}
	return len(after) == 0 || afterHeads[after[0]] || len(after) > 1 && after[0] == "and" && (after[1] == "its" || after[1] == "their")
}

// departmentOf reports whether the words before a known name are an
// office or a department of it: a head among the words before their first
// "of" or "for", and "of" or "of the" at their end.
func departmentOf(before []string) bool {
	n := len(before)
	if n < 2 || !(before[n-1] == "of" || before[n-1] == "the" && n >= 3 && before[n-2] == "of") {
		return false
	}
	for _, w := range before {
		if w == "of" || w == "for" || w == "and" {
			return false
		}
		if officeNouns[w] || w == "council" || w == "commission" {
			return true // "Council of the European Union": an organ of a known body
		}
	}
	return false
}

// unprepositioned reports whether the words before a state's name that
// ends an organisation's name are a department's function, without a
// preposition ("global affairs" of Global Affairs Canada; not "air").
func unprepositioned(before []string) bool {
	function := false
	for _, w := range before {
		if nameJoiners[w] || w == "to" || w == "on" || w == "in" {
			return false
		}
		function = function || functionWords[w]
	}
	return function
}

// officeNouns head the name of a body's or a state's own office,
// department, organ or office-holder: what speaks for that body.
var officeNouns = set(`ministry ministries department departments office offices government governments presidency
	secretariat cabinet chancellery embassy embassies consulate consulate-general mission missions delegation
	spokesperson spokesman spokeswoman minister ministers president presidents prime secretary secretary-general
	director-general chairperson chair chairman chairwoman leaders leader ambassador envoy representative commissioner
	commission`)

// afterHeads may follow a known name in the name of its own department
// or office ("Russian Ministry of Foreign Affairs", "G7 Foreign Ministers",
// "U.S. State Department"); not "Environment" of the UN Environment
// Programme.
var afterHeads = set(`ministry ministries department government presidency secretariat cabinet chancellery
	embassy embassies consulate mission delegation spokesperson spokesman spokeswoman minister ministers president
	prime secretary secretary-general leaders leader foreign federal press permanent state national commission
	council defense defence treasury white`)

// functionWords name what a department is in charge of.
var functionWords = set(`affairs foreign external defence defense justice finance treasury trade development interior
	health security safety environment immigration`)

// issuerCanonical is canonicalName with what else does not name an issuer
// stripped: an office-holder or department "of" the body it belongs to
// ("Secretary-General of the League of Arab States", "Office of the
// President of Velm"), a body's secretariat or commission ("Pacific Islands
// Forum Secretariat", "ECOWAS Commission"), and its own acronym written
// after it without parentheses ("… Foreign Affairs FDFA").
func issuerCanonical(part string) string {
	s := part
	for {
		before := s
		s = canonicalName(s)
		s = trimAcronymTail(s)
		s = trimOrgan(s)
		s = trimTitleOf(s)
		if s == before {
			return s
		}
	}
}

// trimTitleOf reads "Spokesperson of the Ministry of Foreign Affairs of
// Velm" as Velm and "Director-General of UNESCO" as UNESCO: an office or
// department (its head among the words before its first "of" or "for"),
// then "of" and the body it belongs to. What it is "of" must not be a
// function ("Minister of Foreign Affairs") nor an office that no body
// follows ("Office of the Special Envoy of the Secretary-General for
// Velm" stays as it is).
func trimTitleOf(s string) string {
	words := strings.Fields(s)
	h := 0
	for h < len(words) && words[h] != "of" && words[h] != "for" {
		h++
	}
	if h == 0 || h >= len(words)-1 {
		return s
	}
	head := false
	for _, w := range words[:h] {
		lw := strings.ToLower(strings.TrimSuffix(w, "'s"))
		if !capitalised(w) {
			return s
		}
		head = head || officeNouns[lw]
	}
	if !head {
		return s
	}
	for k := h; k < len(words)-1; k++ {
		if words[k] != "of" {
			continue
		}
		rest := words[k+1:]
		if rest[0] == "the" {
			rest = rest[1:]
		}
		if len(rest) == 0 || !capitalised(rest[0]) || functionWords[strings.ToLower(rest[0])] {
			continue
		}
		if r := issuerCanonical(strings.Join(rest, " ")); memberName(r) {
			return r
		}
		return s // an office or a function no body follows
	}
	return s
}

// organNouns are a body's organs named after it ("… Secretariat").
var organNouns = set("secretariat commission")

// bodyNouns end the names of bodies with organs of their own.
var bodyNouns = set(`union community forum league organization organisation commonwealth nations states cooperation
	association alliance council`)

// trimOrgan reads "Pacific Islands Forum Secretariat", "ECOWAS Commission"
// and "OPCW Technical Secretariat" as the body whose organ they are: a
// body's name (an acronym, or ending in a body's noun), then its organ.
func trimOrgan(s string) string {
	words := strings.Fields(s)
	n := len(words)
	if n < 2 || !organNouns[strings.ToLower(words[n-1])] {
		return s
	}
	k := n - 1
	if k > 1 && (words[k-1] == "Technical" || words[k-1] == "General") {
		k--
	}
	last := words[k-1]
	if len(last) >= 2 && strings.ToUpper(last) == last || bodyNouns[strings.ToLower(last)] {
		return strings.Join(words[:k], " ")
	}
	return s
}

// trimAcronymTail drops a name's own acronym written after it without
// parentheses ("Federal Department of Foreign Affairs FDFA").
func trimAcronymTail(s string) string {
	words := strings.Fields(s)
	n := len(words)
	if n < 3 {
		return s
	}
	acr := words[n-1]
	if len(acr) < 2 || strings.ToUpper(acr) != acr || !capitalised(acr) {
		return s
	}
	var lower []string
	for _, w := range words[:n-1] {
		if w = strings.ToLower(w); !nameJoiners[w] {
			lower = append(lower, w)
		}
	}
	if spells(strings.ToLower(acr), lower) {
		return strings.Join(words[:n-1], " ")
	}
	return s
}

// orgParts are the names in one front-matter field: each part outside and
// inside parentheses, before a comma, but an enumeration's commas kept
// ("Ministry of Foreign Affairs, Trade and Development" is one name, "Governments
// of Velm, Arden and Tarsk" one issuer).
func orgParts(field string) []string {
	var out []string
	if name, rest, ok := acronymAcrossCommas(field); ok {
		out = append(out, name)
		field = rest
	}
	for _, group := range strings.FieldsFunc(field, func(r rune) bool { return r == '(' || r == ')' }) {
		raw := strings.Split(group, ",")
		for i := len(raw) - 1; i > 0; i-- {
			if enumerationEnd(strings.TrimSpace(raw[i])) {
				raw = append([]string{strings.Join(raw[:i+1], ",")}, raw[i+1:]...)
				break
			}
		}
		for _, p := range raw {
			if p = strings.TrimSpace(p); p != "" && strings.ToLower(p) != p {
				out = append(out, p)
			}
		}
	}
	return out
}

// enumerationEnd reports whether a part after a comma ends an enumeration
// ("Trade and Development"), not a state's formal name ("Republic of
// Trinidad and Tobago").
func enumerationEnd(p string) bool {
	if !strings.Contains(p, " and ") && !strings.Contains(p, " & ") {
		return false
	}
	if _, ok := lang.StateNames()[strings.ToLower(p)]; ok {
		return false
	}
	return trimStateForm(strings.TrimPrefix(p, "the ")) == strings.TrimPrefix(p, "the ")
}
