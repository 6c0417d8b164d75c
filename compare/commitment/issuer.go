package commitment

import (
	"strings"
	"unicode"

	"github.com/parley-app/parley/compare/lang"
)

// Who issues a statement, read from its speaker and organization: the
// state a ministry belongs to, the state behind its formal name, and a body
// that gives its own acronym.

// canonicalName strips what does not name the actor: a leading "the", and
// "Republic of", "Kingdom of", "State of", "Government of" before a name,
// with the words of a formal name before them ("the Government of the
// Republic of Taloria" is Taloria, "the Federative Republic of Velm" and
// "the Hashemite Kingdom of Arden" are Velm and Arden); and a ministry's
// function before the state it serves ("Ministry of Foreign Affairs of
// Velm" is Velm). "Democratic Republic of" is kept: it tells two states
// apart. A formal name that no rule shortens is looked up
// (lang.StateNames: "United Mexican States" is Mexico).
func canonicalName(written string) string {
	s := written
	for {
		before := s
		for _, prefix := range []string{"The ", "the ", "Government of "} {
			s = strings.TrimPrefix(s, prefix)
		}
		if name, ok := lang.StateNames()[strings.ToLower(strings.TrimSpace(s))]; ok {
			return name // a formal name no rule shortens ("United Mexican States")
		}
		s = trimStateForm(s)
		s = trimMinistry(s)
		s = trimMission(s)
		if s == before {
			break
		}
	}
	return strings.TrimSpace(s)
}

// stateForms are the nouns of a state's formal name ("Republic of …").
var stateForms = set("republic kingdom state principality sultanate emirate commonwealth duchy")

// trimStateForm drops "[Adjective …] Republic of " from the start of s: up
// to two capitalised words, then a state form, then "of".
func trimStateForm(s string) string {
	words := strings.Fields(s)
	for k := 0; k < len(words)-2 && k <= 2; k++ {
		if !stateForms[strings.ToLower(words[k])] || words[k+1] != "of" {
			if !capitalised(words[k]) || strings.EqualFold(words[k], "democratic") {
				return s
			}
			continue
		}
		if k > 0 && strings.EqualFold(words[0], "united") {
			return s // "United Kingdom of …", "United Republic of …" keep their name
		}
		return strings.Join(words[k+2:], " ")
	}
	return s
}

// ministryHeads are the nouns of a government department named by its
// function.
var ministryHeads = set("ministry department office")

// trimMinistry reads "Ministry of Foreign Affairs of Velm" (or "Ministry
// for Foreign Affairs of the Republic of Velm") as Velm: a department named
// by its function, then "of" and a name, not a function nor an office. A department
// without a state ("Ministry of Foreign Affairs") stays what it is.
func trimMinistry(s string) string {
	words := strings.Fields(s)
	if len(words) < 4 || !ministryHeads[strings.ToLower(words[0])] || words[1] != "of" && words[1] != "for" {
		return s
	}
	for k := len(words) - 2; k >= 3; k-- {
		if words[k] != "of" {
			continue
		}
		rest := words[k+1:]
		if rest[0] == "the" {
			rest = rest[1:]
		}
		if len(rest) > 0 && capitalised(rest[0]) && memberName(strings.Join(rest, " ")) {
			return strings.Join(rest, " ") // not "Office for the Coordination of Humanitarian Affairs"
		}
	}
	return s
}

// missionHeads are the nouns of a state's mission abroad.
var missionHeads = set("embassy consulate consulate-general mission high-commission")

// trimMission reads "Embassy of Velm in Arden" and "Permanent Mission of
// Velm to the United Nations" as Velm: a mission speaks for the state that
// sends it, not for where it sits.
func trimMission(s string) string {
	words := strings.Fields(s)
	h := 0
	if len(words) > 0 && strings.EqualFold(words[0], "permanent") {
		h = 1
	}
	if len(words) < h+3 || !missionHeads[strings.ToLower(words[h])] || words[h+1] != "of" || !capitalised(words[h+2]) {
		return s
	}
	end := h + 2
	for end < len(words) && words[end] != "in" && words[end] != "to" && words[end] != "at" {
		end++
	}
	return strings.Join(words[h+2:end], " ")
}

func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// ownAcronym is the acronym an organization gives itself in parentheses
// after its name when it spells the end of that name: "Office of the United
// Nations High Commissioner for Refugees (UNHCR)" is UNHCR, a body of its
// own, not the United Nations its name contains; or its start, the rest
// qualifying it: "Food and Agriculture Organization of the United Nations
// (FAO)" is FAO. "" when there is none.
func ownAcronym(org string) string {
	open := strings.IndexByte(org, '(')
	end := strings.IndexByte(org, ')')
	if open <= 0 || end < open {
		return ""
	}
	acr := strings.TrimSpace(org[open+1 : end])
	if len(acr) < 2 || strings.ToUpper(acr) != acr || strings.ContainsAny(acr, " ,") {
		return ""
	}
	var words []string
	for _, w := range strings.Fields(strings.ToLower(org[:open])) {
		if !nameJoiners[w] {
			words = append(words, w)
		}
	}
	for k := range words {
		if len(words)-k >= 2 && spells(strings.ToLower(acr), words[k:]) {
			return acr
		}
		if k >= 2 && spells(strings.ToLower(acr), words[:k]) {
			return acr
		}
	}
	return ""
}

// ownMembers reads "Member States" and "Allies", capitalised, in a body's
// own statement ("Member States will reintroduce visa requirements",
// "Allies will not be intimidated"): the body's members acting together,
// which the statement speaks for. A state's statement has none.
func (x *extraction) ownMembers(j int) (subject, bool) {
	if x.disc != nil || !x.docKnown || !x.toks[j].upper || !regionalBody(x.doc) && strings.ToUpper(x.doc) != x.doc {
		return subject{}, false
	}
	switch {
	case x.word(j) == "allies":
		return subject{kind: sFirst, start: j, end: j, plural: true, members: true}, true
	case x.word(j) == "states" && x.word(j-1) == "member" && x.toks[j-1].upper:
		return subject{kind: sFirst, start: j - 1, end: j, plural: true, members: true}, true
	}
	return subject{}, false
}

// ownMission reads "the Embassy" and "the Consulate", capitalised and with
// no state of their own, in a state's statement: its own mission ("The
// Embassy in Arden will continue its work").
func (x *extraction) ownMission(j int) (subject, bool) {
	if j < 1 || x.disc != nil || !x.docKnown || !missionHeads[x.word(j)] || !x.toks[j].upper || x.word(j-1) != "the" {
		return subject{}, false
	}
	return subject{kind: sFirst, start: j - 1, end: j}, true
}

// reportersMembers reads "allies" and "member states" in a body's report
// ("NATO said … that allies stood in full solidarity with Velm"): the
// body's members acting together, which its report speaks for.
func (x *extraction) reportersMembers(j int) (subject, bool) {
	start := j
	switch {
	case x.word(j) == "allies":
	case x.word(j) == "states" && x.word(j-1) == "member":
		start = j - 1
	default:
		return subject{}, false
	}
	f := x.enclosingReport(j)
	if f == nil || f.from > start || !regionalBody(f.actor) && strings.ToUpper(f.actor) != f.actor {
		return subject{}, false
	}
	return subject{kind: sActor, actor: f.actor, start: start, end: j, plural: true}, true
}
