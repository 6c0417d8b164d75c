package commitment

import (
	"strings"

	"github.com/parley-app/parley/compare/lang"
)

// Whom a titled person speaks for. A statement names officials by their
// title and name ("Commonwealth Secretary-General Grace Okafor", "Velm's
// President Ida Rask", "the Foreign Minister of Arden, Tomas Berg", and in a
// ministry's own statement "Minister of Foreign Affairs Lee Min" or
// "Minister Lee"); the actor is the body the title names, not the person
// (an official is resolved to what they speak for).

// linkOfficials makes the titled people a text names aliases of the body
// their title names, with their title and their name alone: a body written
// in the title ("Commonwealth Secretary-General Grace Okafor", "Ardenian
// Foreign Minister Tomas Berg"), after it ("the Foreign Minister of Arden",
// and "Tomas Berg" in apposition to it) or before it with "'s" ("Velm's
// President Ida Rask"); a person named before with a body ("Foreign
// Minister Berg" after "Ardenian Foreign Minister Tomas Berg"); and in an
// official statement the issuer for a minister, ambassador or envoy with no
// body whose portfolio, if any, is the issuer's own ("Minister of Foreign
// Affairs Lee Min" of a Ministry of Foreign Affairs; not "Prime Minister
// Tomas Berg", whose state the title does not say).
func linkOfficials(g *Gazetteer, text string, toks []token, names []name, sp Speaker, lower map[string]bool) {
	issuer, known := g.actorOf(sp)
	narrated := isNarrator(sp)
	alone := map[string]bool{} // the names of one word
	for _, n := range names {
		if !strings.Contains(n.text, " ") {
			alone[n.text] = true
		}
	}
	home := ""
	if narrated {
		home = homeState(g, names, toks)
	}
	var untitled []name
	at := namePositions(toks, names)
	for _, n := range names {
		owner := ""
		if a, ok := g.Resolve(n.text); ok && a != n.canonical {
			owner = a // named as another's ("Ardenian Foreign Minister Tomas Berg")
		}
		written := withTitleBefore(text, toks, at, n.text)
		words := strings.Fields(written)
		if body := bodyAfterTitle(words); body != "" && owner == "" {
			g.Add(bodyActor(g, body), n.text, written) // "the Foreign Minister of Arden"
			continue
		}
		t, ok := splitTitled(words)
		if of := ofBody(g, words); !ok && of != "" && owner == "" {
			// "Foreign Minister Ida Rask of Velm": the title and name, then
			// the body whose they are.
			if t, ok = splitTitled(words[:len(words)-len(strings.Fields(of))-1]); ok {
				owner = bodyActor(g, of)
			}
		}
		if !ok {
			if owner == "" {
				untitled = append(untitled, n)
			}
			continue
		}
		if owner == "" && len(t.body) > 0 {
			owner = bodyActor(g, strings.Join(t.body, " "))
		}
		if owner == "" {
			owner = possessorBefore(g, text, toks, written)
		}
		if a, ok := g.Resolve(strings.Join(t.holder, " ")); owner == "" && ok && a != n.canonical && a != t.holder[len(t.holder)-1] {
			// not the surname the text also writes alone ("Rask declined to comment")
			owner = a // "Foreign Minister Berg" after "Ardenian Foreign Minister Tomas Berg"
		}
		if owner == "" && !narrated && known && issuersOfficial(t, sp) {
			owner = issuer
		}
		if owner == "" && home != "" && ministersTitle(t) {
			owner = home // "Defence Minister Ida Rask told parliament …" in an article about Velm
		}
		if owner != "" {
			addOfficial(g, owner, written, t.title, t.holder, lower, alone)
			g.Add(owner, n.text)
		}
	}
	if len(untitled) == 0 {
		return
	}
	ends := mentionEnds(g, text, toks)
	for _, n := range untitled {
		if owner := appositionOwner(toks, at, ends, n); owner != "" {
			addOfficial(g, owner, n.text, nil, strings.Fields(n.text), lower, alone)
		}
	}
}

// homeState is the state a news article is about, for a minister it
// names by title alone ("Interior Minister Ida Rask"), as a reporter names
// the home government's ministers: the first actor of one word the text
// names ("Velm on Thursday accused …", "a rebel group in eastern Velm"),
// not an acronym, a company or a group; "" when there is none.
func homeState(g *Gazetteer, names []name, toks []token) string {
	var candidates []string
	for _, n := range names {
		a, ok := g.Resolve(n.text)
		if !ok || strings.Contains(a, " ") || strings.Contains(n.text, " ") || strings.ToUpper(a) == a || nonState(a) {
			continue
		}
		candidates = append(candidates, strings.ToLower(n.text))
	}
	if len(candidates) == 0 {
		return ""
	}
	a, _ := g.Resolve(firstFree(toks, candidates))
	return a
}

// firstFree is the one of names (lower case, in text order) that the text
// first writes, itself or by its demonym, other than as a place after a
// preposition: "Velm closed …", "The Velmian union said …", where a rally
// "in Arvel" names only a place, and so does "the border town of Arvel". The first name when none is free.
func firstFree(toks []token, names []string) string {
	has := map[string]bool{}
	for _, n := range names {
		has[n] = true
	}
	for i, t := range toks {
		if t.kind != tWord || !t.upper {
			continue
		}
		base := t.w
		if !has[base] {
			base = lang.DemonymBase(t.w, func(n string) bool { return has[n] })
		} else if i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].upper {
			continue // a word of a longer name: "the Velm Liberation Front"
		}
		if p := toks[max(i-1, 0)].w; i > 0 && p != "of" && (prepositions[p] || placePreps[p]) && !stateInPlace(toks, i) {
			continue // "a rally in Arvel"; but "the government of Velm" is Velm's
		}
		if i > 1 && (toks[i-1].w == "of" || toks[i-1].kind == tComma) && settlements[toks[i-2].w] {
			continue // "the border town of Arvel", "the capital, Arvel": a place in the state, not the state
		}
		if base != "" {
			return base
		}
	}
	return names[0]
}

// stateInPlace reports whether the name at i, after a preposition, is
// still the state the text is about: it owns a place in it ("a court in
// Velm's capital, Arvel") or opens the text's subject ("Authorities in
// Velm began …", "Miners in Velm rallied …").
func stateInPlace(toks []token, i int) bool {
	if i+2 < len(toks) && toks[i+1].w == "'s" && settlements[toks[i+2].w] {
		return true
	}
	return i == 2 && toks[1].w == "in" && toks[0].upper && strings.HasSuffix(toks[0].w, "s")
}

// settlements are the nouns that introduce a place inside a state by its
// name: "the town of Arvel", "the capital, Arvel".
var settlements = set("town city village port capital district province municipality")

// ofBody is the name after the last "of" of a titled name's words that
// the gazetteer knows ("Velm" in "Foreign Minister Ida Rask of Velm"), or
// "".
func ofBody(g *Gazetteer, words []string) string {
	for i := len(words) - 2; i >= 2; i-- {
		if words[i] != "of" {
			continue
		}
		body := strings.Join(words[i+1:], " ")
		if _, ok := g.Resolve(body); ok {
			return body
		}
		return ""
	}
	return ""
}

// bodyActor is the actor a body written in a title stands for.
func bodyActor(g *Gazetteer, body string) string {
	if a, ok := g.Resolve(body); ok {
		return a
	}
	return canonicalName(body)
}

// withTitleBefore is name as the text first writes it with the title words
// before it that the name's run left out at the start of a sentence
// ("Minister of Foreign Affairs Lee Min", "Interior Minister Ida Rask").
func withTitleBefore(text string, toks []token, at map[string][]int, name string) string {
	for _, i := range at[strings.ToLower(strings.Fields(name)[0])] {
		t := toks[i]
		if !strings.HasPrefix(text[t.start:], name) {
			continue
		}
		k := i
		for k > 0 && toks[k-1].kind == tWord && toks[k-1].upper && (titleWord(toks[k-1].w) || personTitle(toks[k-1].w)) ||
			k > 1 && (toks[k-1].w == "of" || toks[k-1].w == "for") && toks[k-2].upper && personTitle(toks[k-2].w) {
			k--
		}
		return text[toks[k].start : t.start+len(name)]
	}
	return name
}

// namePositions indexes where each name's first word stands, in text
// order, in one pass: each name then looks up its place instead of
// reading the whole text again.
func namePositions(toks []token, names []name) map[string][]int {
	at := make(map[string][]int, len(names))
	for _, n := range names {
		at[strings.ToLower(strings.Fields(n.text)[0])] = nil
	}
	for i, t := range toks {
		if list, ok := at[t.w]; ok {
			at[t.w] = append(list, i)
		}
	}
	return at
}

// addOfficial makes a titled person's name an alias of owner, with the
// title and name, the name alone, the family name written last and, when
// the text writes it alone, the one written first ("Lee Min", then
// "Minister Lee"); a family name the text also writes in lower case is left
// out ("Ida Marsh" but "the marsh").
func addOfficial(g *Gazetteer, owner, written string, title, holder []string, lower, alone map[string]bool) {
	name := strings.Join(holder, " ")
	aliases := []string{written, name}
	if len(title) > 0 {
		aliases = append(aliases, strings.Join(title, " ")+" "+name)
	}
	if last := holder[len(holder)-1]; len(holder) > 1 && !lower[strings.ToLower(last)] {
		aliases = append(aliases, last)
	}
	if len(holder) > 1 && alone[holder[0]] {
		aliases = append(aliases, holder[0])
	}
	g.Add(owner, aliases...)
}

// possessorBefore is the actor named before "'s" where the text first
// writes name ("Velm's President Ida Rask"); "" when it has none.
func possessorBefore(g *Gazetteer, text string, toks []token, name string) string {
	first := strings.ToLower(strings.Fields(name)[0])
	for i := 2; i < len(toks); i++ {
		if toks[i].w != first || toks[i-1].w != "'s" || !strings.HasPrefix(text[toks[i].start:], name) {
			continue
		}
		for _, m := range g.mentions(text, toks[:i-1]) {
			if m.end == i-1 {
				return m.actor
			}
		}
		return ""
	}
	return ""
}

// appositionOwner reads a person named in apposition to a title that says
// whose it is: "the Foreign Minister of Arden, Tomas Berg," and "Velm's
// foreign minister, Ida Rask," speak for Arden and Velm. ends[k] is the
// actor of the mention ending on token k, if any. "" otherwise.
func appositionOwner(toks []token, at map[string][]int, ends []string, n name) string {
	words := strings.Fields(n.text)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, i := range at[strings.ToLower(words[0])] {
		if i < 2 || toks[i-1].kind != tComma {
			continue
		}
		h := i - 2
		for h >= 0 && h > i-8 && toks[h].kind == tWord && !personTitle(toks[h].w) {
			h--
		}
		if h < 0 || !personTitle(toks[h].w) {
			return ""
		}
		if h+2 < i-1 && toks[h+1].w == "of" {
			return ends[i-2] // "the Foreign Minister of Arden, Tomas Berg"
		}
		// "the UN's coordinator for Velm, Ida Rask": a remit, not an owner.
		remit := h+2 < i-1 && (toks[h+1].w == "for" || toks[h+1].w == "in")
		k := h - 1
		for k >= 0 && k >= h-3 && toks[k].kind == tWord && !stopTitle[toks[k].w] && toks[k].w != "'s" {
			k-- // "Velm's foreign minister", "the agency's regional emergencies director"
		}
		if (h == i-2 || remit) && k >= 1 && toks[k].w == "'s" {
			return ends[k-1] // "Velm's foreign minister, Ida Rask"
		}
		return ""
	}
	return ""
}

// mentionEnds is, for each token, the actor of the mention of g ending on
// it, or "".
func mentionEnds(g *Gazetteer, text string, toks []token) []string {
	ends := make([]string, len(toks))
	for _, m := range g.mentions(text, toks) {
		ends[m.end-1] = m.actor
	}
	return ends
}
