package commitment

import (
	"maps"
	"slices"
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// The world is open: a statement may name any government, organisation,
// armed group or person, and the built-in gazetteer only knows some. Before
// a statement's sentences are read, ForStatement adds what the statement
// itself names — its runs of capitalised words, "the Republic of X", the
// demonym of a name it uses ("Kestrian" for Kestria) — and its issuer when
// the gazetteer does not know it. No list of countries is needed, and
// nothing is added to the gazetteer the caller passed.

// ForStatement returns g extended with the actors text names and the
// issuer sp, for reading that statement's sentences; g is not changed.
func (g *Gazetteer) ForStatement(text string, sp Speaker) *Gazetteer {
	out := g.clone()
	issuer, govt := "", ""
	actor, issuerKnown := g.actorOf(sp)
	var members []string
	if !issuerKnown {
		if members = jointIssuer(g, sp); members != nil {
			issuer = jointName(members) // "Ministries of Foreign Affairs of Velm and Arden": each commits
			out.Add(issuer, issuerParts(sp)...)
			out.joint = map[string][]string{issuer: members}
		} else if issuer = issuerName(sp); issuer != "" {
			out.Add(issuer, issuerParts(sp)...)
		}
	} else {
		for _, p := range issuerParts(sp) {
			if byFunction(p) {
				out.Add(actor, p) // "the Department of Foreign Affairs" of a known state's statement is that state
			}
		}
	}
	if parts := issuerParts(sp); len(parts) > 0 && byFunction(parts[0]) {
		govt = actor // a government department's statement
		if !issuerKnown {
			govt = issuer
		}
	}
	toks := tokenize(text, make([]token, 0, len(text)/5+4))
	if issuer != "" {
		linkAcronyms(out, toks, []name{{text: issuer, canonical: issuer}})
	}
	known := out.clone() // the gazetteer and the issuer, before the statement's names
	lower := lowerWords(toks)
	names := properNames(text, toks, lower)
	if st := demonymGovernment(issuer, names); !issuerKnown && st != "" {
		// "Royal Thai Government" in a text that names Thailand is Thailand
		out.Add(st, append([]string{issuer}, issuerParts(sp)...)...)
		if govt == issuer {
			govt = st
		}
		issuer = st
	}
	heads := namedBodies(names)
	for _, n := range names {
		if t := trimMinistry(n.text); t != n.text {
			// "the Ministry of Foreign Affairs of Arden" is Arden's, though the
			// issuer's own ministry bears the same function's name.
			out.Add(bodyActor(known, t), n.text)
			continue
		}
		if unAgency(known, n.text) {
			out.Add(n.canonical, n.text) // "the UN Development Programme": an agency of its own, as the UN's agencies are
			continue
		}
		if knownWithin(known, n.text) {
			continue // a name the gazetteer knows, alone or in a longer phrase ("Defense Secretary Lloyd Austin")
		}
		if whole := headOf(n, heads); whole != "" {
			out.Add(whole, n.text) // "Brigade leaders said …" after "the Free Velm Brigades"
			continue
		}
		if govt != "" && ministryHeads[strings.ToLower(strings.Fields(n.text)[0])] && byFunction(n.text) && trimMinistry(n.text) == n.text {
			out.Add(govt, n.text) // "the Department of Migrant Workers" in a foreign ministry's statement: the same government's
			continue
		}
		if issuer != "" && members == nil && containsWords(sp.Organization, n.canonical) {
			out.Add(issuer, n.text) // "Canada" in a statement of "Global Affairs Canada"
			continue
		}
		out.Add(n.canonical, n.text)
	}
	if issuer != "" {
		linkDemonyms(out, toks, append(names, name{text: issuer, canonical: issuer}))
	} else {
		linkDemonyms(out, toks, names)
	}
	linkAcronyms(out, toks, names)
	linkRegional(out, text, toks, names)
	linkOfficials(out, text, toks, names, sp, lower)
	home := ""
	if isNarrator(sp) {
		home = homeState(out, names, toks)
	}
	linkNationalBodies(out, known, toks, names, home)
	out.home = home
	return out
}

// headOf is the one longer name of a body in the text whose last word a
// one-word name n is, in the singular or the plural ("Brigade" of "Free
// Velm Brigades", "Front" of "Tarn Valley Front"): a name written short
// refers to it. A person's surname is left to linkOfficials. "" when there
// is none, or more than one. heads is namedBodies of the text's names.
func headOf(n name, heads map[string]string) string {
	if strings.Contains(n.text, " ") {
		return ""
	}
	return heads[strings.TrimSuffix(strings.ToLower(n.text), "s")]
}

// namedBodies maps the last word of each body's name in names (lower case,
// without a plural "s") to that name, or to "" when two bodies end in it:
// read once, so that headOf need not read every name for every name.
func namedBodies(names []name) map[string]string {
	heads := map[string]string{}
	for _, m := range names {
		words := strings.Fields(m.canonical)
		if len(words) < 2 {
			continue
		}
		last := strings.ToLower(words[len(words)-1])
		if !armedHeads[last] && !corporateHeads[last] && !bodyEndings[last] {
			continue
		}
		key := strings.TrimSuffix(last, "s")
		if prev, seen := heads[key]; seen && prev != m.canonical {
			heads[key] = ""
			continue
		}
		heads[key] = m.canonical
	}
	return heads
}

// bodyEndings end the names of unions, parties and councils.
var bodyEndings = set("union federation association party congress alliance council committee")

// agencyEndings end the names of a body's agencies and organs.
var agencyEndings = set("programme program fund agency office organization organisation council commission mission")

// unAgency reports whether a name is a United Nations agency the gazetteer
// does not know ("UN Development Programme"): the UN's name, then at least
// two words ending in an agency's noun.
func unAgency(g *Gazetteer, text string) bool {
	toks := tokenize(text, nil)
	ms := g.mentions(text, toks)
	if len(ms) == 0 || ms[0].start != 0 || ms[0].actor != "United Nations" || len(toks)-ms[0].end < 2 {
		return false
	}
	return agencyEndings[toks[len(toks)-1].w]
}

// knownWithin reports whether a proper name holds a name g knows. A known
// name that "and" joins to a word before it is the end of another name:
// "Peace and Security Council" coordinates the Council's modifiers, and is
// not the Security Council.
func knownWithin(g *Gazetteer, text string) bool {
	toks := tokenize(text, nil)
	for _, m := range g.mentions(text, toks) {
		if m.start < 2 || toks[m.start-1].w != "and" {
			return true
		}
	}
	return false
}

// linkRegional makes a group named by the adjectives that open a body's
// name an alias of the body: "Southern African foreign ministers" of the
// Southern African Development Community, "Nordic leaders" of the Nordic
// Union, when the text names that body. The adjectives must end the
// capitalised run and be followed by a group noun (after modifiers such as
// "foreign"), so "Southern African states" or "Nordic waters" stay what
// they were. A demonym of a state the text names opens no body's group:
// "the Velmian government" is Velm's, though the text names a "Velmian
// Farmers' Union".
func linkRegional(g *Gazetteer, text string, toks []token, names []name) {
	// Where each capitalised word that opens a capitalised run stands: a
	// name is looked for there only, not at every word of the statement.
	starts := map[string][]int{}
	for i, t := range toks {
		if t.kind == tWord && t.upper && (i == 0 || toks[i-1].kind != tWord || !toks[i-1].upper) {
			starts[t.w] = append(starts[t.w], i)
		}
	}
	added := map[string]bool{}
	for _, n := range names {
		words := strings.Fields(n.text)
		if len(words) < 3 {
			continue
		}
		lower := []string{strings.ToLower(words[0]), strings.ToLower(words[1])}
		for _, i := range starts[lower[0]] {
			k := 1
			if i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].upper && toks[i+1].w == lower[1] {
				k = 2
			}
			if !adjectival(words[k-1]) || i+k >= len(toks) || toks[i+k].upper {
				continue
			}
			if a, ok := g.Resolve(words[0]); k == 1 && ok && a != n.canonical && !strings.Contains(a, " ") {
				continue // "the Pellaran government" is Pellara's (linkDemonyms), not the Pellaran Farmers' Union's
			}
			j := i + k
			for j < len(toks) && j < i+k+2 && npModifiers[toks[j].w] {
				j++
			}
			if j < len(toks) && toks[j].kind == tWord && (regionalGroups[toks[j].w] || toks[j].w == "ministers") {
				if alias := strings.Join(strings.Fields(text[toks[i].start:toks[j].end]), " "); !added[n.canonical+"\x00"+alias] {
					added[n.canonical+"\x00"+alias] = true
					g.Add(n.canonical, alias)
				}
			}
		}
	}
}

// regionalGroups are the group nouns after a body's opening adjectives
// that name the body's members ("Nordic leaders", "Southern African
// ministers"); not "Velmian state" or "Velmian court", which name others.
var regionalGroups = set(`bloc alliance union ministers leaders council government commission league organisation
	organization agency authorities group coalition administration ministry`)

// adjectival reports whether a capitalised word is a demonym-like
// adjective ("African", "European", "Nordic", "Arab").
func adjectival(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ese")
}

// linkAcronyms makes the acronym of a name of several words an alias of
// it when the statement writes that acronym: "WFP" for the World Food
// Programme, "AU" for the African Union.
func linkAcronyms(g *Gazetteer, toks []token, names []name) {
	written := map[string]bool{}
	for _, t := range toks {
		if t.kind == tWord && t.caps && len(t.w) >= 2 {
			written[t.w] = true
		}
	}
	for _, n := range names {
		var words []string
		for _, w := range strings.Fields(strings.ToLower(n.canonical)) {
			if !nameJoiners[w] {
				words = append(words, w)
			}
		}
		if len(words) < 2 {
			continue
		}
		for acr := range written {
			if spells(acr, words) {
				// Unknown, or known only as a name of its own ("(CCS)").
				if got, known := g.Resolve(strings.ToUpper(acr)); !known || strings.EqualFold(got, acr) {
					actor := n.canonical
					if a, ok := resolveWhole(g, n.text); ok {
						actor = a // "DFA" is whom "Department of Foreign Affairs" stands for: its issuer
					}
					g.Add(actor, strings.ToUpper(acr))
				}
			}
		}
	}
}

// resolveWhole is the actor one alias of g names when it covers all of
// text ("Department of Foreign Affairs"); a known name inside a longer one
// ("Harn" in "Harn Valley Relief Committee") does not count.
func resolveWhole(g *Gazetteer, text string) (string, bool) {
	toks := tokenize(text, nil)
	ms := g.mentions(text, toks)
	if len(ms) != 1 || ms[0].start != 0 || ms[0].end != len(toks) {
		return "", false
	}
	return ms[0].actor, true
}

// clone copies g so that adding to the copy leaves g as it was.
func (g *Gazetteer) clone() *Gazetteer {
	out := &Gazetteer{byFirst: make(map[string][]alias, len(g.byFirst)), home: g.home, joint: maps.Clone(g.joint)}
	for k, v := range g.byFirst {
		out.byFirst[k] = slices.Clone(v)
	}
	return out
}

// issuerName is the actor a statement's issuer stands for when the
// gazetteer does not know it: the state its organization belongs to when
// one part says so ("Global Affairs Canada (Government of Canada)" is
// Canada), else its organization canonicalised (issuerCanonical: "Pacific
// Islands Forum Secretariat" is the Pacific Islands Forum), or the state
// named beside a department ("Ministry of Foreign Affairs, Trade and
// Development (Velm)" is Velm), else its speaker, without "The".
func issuerName(sp Speaker) string {
	parts := issuerParts(sp)
	if len(parts) == 0 {
		return ""
	}
	for _, p := range parts {
		if c := canonicalName(p); c != withoutThe(p) {
			return issuerCanonical(p) // "Government of Canada" names Canada
		}
	}
	if c := issuerCanonical(parts[0]); c != withoutThe(parts[0]) {
		return c
	}
	if len(parts) > 1 && byFunction(parts[0]) && ownAcronym(sp.Organization) == "" {
		for i := len(parts) - 1; i >= 1; i-- {
			if p := parts[i]; memberName(p) && strings.ToUpper(p) != p {
				return issuerCanonical(p) // "Ministry of Foreign Affairs (Velm)" is Velm's
			}
		}
	}
	return issuerCanonical(parts[0])
}

// jointIssuer are the members of the joint issuer the organization, or
// else the speaker, names; nil when there is none.
func jointIssuer(g *Gazetteer, sp Speaker) []string {
	if m := jointMembers(g, sp.Organization); m != nil {
		return m
	}
	return jointMembers(g, sp.Name)
}

func withoutThe(s string) string {
	return strings.TrimPrefix(strings.TrimPrefix(s, "The "), "the ")
}

// byFunction: a department or an office named by its function alone
// ("Ministry of Foreign Affairs", "Ministry for Foreign Affairs",
// "Department of State", "Minister of Foreign Affairs"), which speaks for
// the state named beside it.
func byFunction(name string) bool {
	words := strings.Fields(name)
	if len(words) < 3 || (words[1] != "of" && words[1] != "for") {
		return false
	}
	head := strings.ToLower(words[0])
	return ministryHeads[head] || officeHeads[head] || head == "secretary"
}

// issuerParts are the names in a speaker's organization, or in its name
// when the organization has none (orgParts).
func issuerParts(sp Speaker) []string {
	for _, field := range []string{sp.Organization, sp.Name} {
		if parts := orgParts(field); len(parts) > 0 {
			return parts // the organization speaks for the speaker
		}
	}
	return nil
}

// acronymAcrossCommas splits "A, B and C Organization (ABCO) …" into the
// name before the parentheses, commas and all, and the rest, when the
// acronym in the parentheses spells that name only with the words before
// its last comma.
func acronymAcrossCommas(field string) (name, rest string, ok bool) {
	open := strings.IndexByte(field, '(')
	comma := strings.LastIndexByte(field[:max(open, 0)], ',')
	if comma < 0 || ownAcronym(field) == "" || ownAcronym(field[comma+1:]) != "" {
		return "", field, false
	}
	return strings.TrimSpace(field[:open]), field[open:], true
}

// containsWords reports whether phrase occurs in s as whole words.
func containsWords(s, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 || phrase == "" {
			return false
		}
		at, end := i+j, i+j+len(phrase)
		if (at == 0 || !isLetter(s[at-1])) && (end == len(s) || !isLetter(s[end])) {
			return true
		}
		i = at + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// linkDemonyms makes a demonym an alias of the name it derives from, when
// the statement uses that name: "Kestrian" → Kestria, "Zahrani" → Zahran,
// "Sudanese" → Sudan, so "the Kestrian authorities" and "The Zahrani
// government" name their states.
func linkDemonyms(g *Gazetteer, toks []token, names []name) {
	bases := map[string]string{} // lower-case one-word name → canonical
	for _, n := range names {
		if f := strings.Fields(n.canonical); len(f) == 1 {
			bases[strings.ToLower(n.canonical)] = n.canonical
		} else if joined := strings.ToLower(strings.Join(f, "")); len(f) == 2 && capitalised(f[1]) && bases[joined] == "" {
			bases[joined] = n.canonical // "Pradelvintan" of "Pradel Vinta", a name written in two words
		}
	}
	done := map[string]bool{}
	linked := map[string]string{} // demonym → the name it derives from
	for _, t := range toks {
		if t.kind != tWord || !t.upper || done[t.w] || bases[t.w] != "" {
			continue
		}
		done[t.w] = true
		if b := lang.DemonymBase(t.w, func(n string) bool { return bases[n] != "" }); b != "" {
			g.Add(bases[b], t.w)
			linked[t.w] = bases[b]
		}
	}
	// "The Velmian Government" written large is Velm's government, not a
	// name of its own.
	for _, n := range names {
		words := strings.Fields(strings.ToLower(n.text))
		if len(words) == 2 && linked[words[0]] != "" && stateBodies[words[1]] {
			g.Add(linked[words[0]], n.text)
		}
		if holder := titledHolder(words); len(words) > 2 && linked[words[0]] != "" && holder != "" {
			// "Ardenian Foreign Minister Varo": the minister, with or
			// without the demonym, is Arden's.
			fields := strings.Fields(n.text)
			name := fields[len(fields)-len(strings.Fields(holder)):]
			g.Add(linked[words[0]], n.text, strings.Join(fields[1:], " "), strings.Join(name, " "))
		}
	}
}

// titledHolder is the name after a title in words ("foreign minister
// varo" → "varo"): the words after the demonym are a title (modifiers,
// then an office) and a name; "" when they are not.
func titledHolder(words []string) string {
	k := 1
	for k < len(words) && titleModifiers[words[k]] {
		k++
	}
	if k >= len(words)-1 || !personTitle(words[k]) || nameJoiners[words[k+1]] {
		return "" // "Velmian Union of Journalists": a body, not an office and its holder
	}
	return strings.Join(words[k+1:], " ")
}

// stateBodies are the nouns that, after a demonym, name the state itself.
var stateBodies = set("government authorities administration")

// spells reports whether acronym is made of the words' beginnings, in
// order, one to three letters of each: "wfp" of World Food Programme,
// "asean" of Association of Southeast Asian Nations.
func spells(acronym string, words []string) bool {
	if len(words) == 0 {
		return acronym == ""
	}
	for n := 1; n <= 3 && n <= len(words[0]) && n <= len(acronym); n++ {
		if acronym[:n] == words[0][:n] && spells(acronym[n:], words[1:]) {
			return true
		}
	}
	return false
}

// names returns the canonical actors g knows, sorted (for tests).
func (g *Gazetteer) names() []string {
	set := map[string]bool{}
	for _, list := range g.byFirst {
		for _, a := range list {
			set[a.canonical] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}
