package commitment

import "strings"

// This file reads an official's title: its office, the portfolio after
// "of" or "for", a second office joined by "and" ("Deputy Prime Minister
// and Minister of Foreign Affairs"), and whose office it is.

// titledName is a name split into the body its title names, the title and
// the holder: "Commonwealth Secretary-General Grace Okafor" is
// {Commonwealth, Secretary-General, Grace Okafor}; "Minister of Foreign
// Affairs Lee Min" is {"", Minister of Foreign Affairs, Lee Min}.
type titledName struct {
	body, title, holder []string
}

// splitTitled splits a proper name's words into body, title and holder; ok
// is false when the words hold no personal title followed by a name.
func splitTitled(words []string) (titledName, bool) {
	h := -1
	for i, w := range words {
		if personTitle(strings.ToLower(w)) {
			h = i
			break
		}
	}
	if h < 0 {
		return titledName{}, false
	}
	b := h
	for b > 0 && titleWord(words[b-1]) {
		b--
	}
	for _, w := range words[:b] {
		if titleWord(w) || nameJoiners[strings.ToLower(w)] {
			return titledName{}, false // "Minister for Trade and Foreign …": no body before the title
		}
	}
	end, ok := titleEnd(words, h)
	if !ok {
		return titledName{}, false
	}
	holder := words[end:]
	if len(holder) == 0 || len(holder) > 4 {
		return titledName{}, false
	}
	for _, w := range holder {
		if lw := strings.ToLower(w); personTitle(lw) || institutionNouns[lw] || nameJoiners[lw] || !capitalised(w) {
			return titledName{}, false
		}
	}
	return titledName{body: words[:b], title: words[b:end], holder: holder}, true
}

// titleEnd is the end (exclusive) of the title whose office is words[h]:
// its portfolio ("Minister of Foreign Affairs Lee Min"), and a second
// office joined by "and" ("Deputy Prime Minister and Minister of Foreign
// Affairs and Trade Teodric Vamm"). After "and", a portfolio's common
// words ("and Trade", "and Social Protection") are read as
// the portfolio's, short of the last two words, a holder's name. ok is
// false for a body after the title ("Minister of Velm Lee Min").
func titleEnd(words []string, h int) (int, bool) {
	end := h + 1
	for {
		if end < len(words) && (words[end] == "of" || words[end] == "for") {
			end = portfolioEnd(words, end+1)
			if end == h+2 {
				return 0, false
			}
		}
		k := end + 1
		if end >= len(words) || words[end] != "and" {
			return end, true
		}
		for k < len(words) && titleWord(words[k]) {
			k++
		}
		if k+1 >= len(words) || !personTitle(strings.ToLower(words[k])) || words[k+1] != "of" && words[k+1] != "for" {
			return end, true // "The Vice President and President Herzog": two people
		}
		end = k + 1 // "… and Minister of …": a second office, with its portfolio
	}
}

// portfolioEnd is the end (exclusive) of the portfolio that opens at
// from: title words ("Foreign Affairs"), and after an "and" common words
// too ("and Expatriates", "and Social Protection"), short of the last two
// words, a holder's name.
func portfolioEnd(words []string, from int) int {
	end, afterAnd := from, false
	for end < len(words) {
		w := words[end]
		common := end+2 < len(words) && commonWord(strings.ToLower(w))
		switch {
		case titleWord(w) || (afterAnd || end == from) && common: // "of Labour and Social Protection"
		case w == "and" && end+3 < len(words) && (titleWord(words[end+1]) || commonWord(strings.ToLower(words[end+1]))):
			afterAnd = true
		default:
			return end
		}
		end++
	}
	return end
}

// personTitle reports whether w is the head of a person's title ("minister",
// "secretary-general"), not of a body ("council", "government").
func personTitle(w string) bool {
	return officeHeads[w] && w != "officials" && w != "delegation" ||
		principalHeads[w] && !institutionNouns[w] && w != "government" && w != "administration" && w != "presidency"
}

// titleWord reports whether a word may modify an office in its title:
// "Deputy", "Foreign", "Interior", "Affairs".
func titleWord(w string) bool {
	lw := strings.ToLower(w)
	return titleModifiers[lw] || npModifiers[lw] && !stopTitle[lw] || portfolios[lw]
}

// stopTitle are modifiers of a noun phrase that are no part of a title.
var stopTitle = set("the a an another two three four five six seven both these those this that such any all")

// portfolios name what a minister is in charge of, beside the modifiers
// of npModifiers: "Home Affairs", "External Affairs".
var portfolios = set(`affairs home external internal information agriculture transport education commerce cabinet diaspora
	labour labor social protection welfare employment planning industry culture tourism youth sport women family
	housing works infrastructure fisheries science technology communications immigration expatriates`)

// ministersTitle reports whether a title is a government minister's
// ("Defence Minister", "Prime Minister", "Minister of the Interior").
func ministersTitle(t titledName) bool {
	for _, w := range t.title {
		if strings.EqualFold(w, "minister") {
			return true
		}
	}
	return false
}

// bodyAfterTitle is the body a title names after "of" ("Foreign Minister
// of Arden", "Minister of Home Affairs of Arden" are Arden's); "" when
// the words are no such title.
func bodyAfterTitle(words []string) string {
	k := 0
	for k < len(words) && titleWord(words[k]) {
		k++
	}
	if k >= len(words)-2 || !personTitle(strings.ToLower(words[k])) || words[k+1] != "of" {
		return ""
	}
	rest := words[k+2:]
	j := 0
	for j < len(rest) && titleWord(rest[j]) {
		j++
	}
	switch {
	case j == 0:
	case j < len(rest)-1 && rest[j] == "of":
		rest = rest[j+1:] // "of Home Affairs of Arden"
	default:
		return "" // a portfolio: "Minister of Foreign Affairs", perhaps with a name after it
	}
	if len(rest) > 0 && strings.EqualFold(rest[0], "the") {
		rest = rest[1:]
	}
	return strings.Join(rest, " ")
}

// issuersOfficial reports whether a titled person with no body is the
// issuer's own official: a minister, ambassador, envoy or spokesperson
// whose portfolio words, if any, all stand in the issuer's organization
// ("Minister of Foreign Affairs" of a "Ministry of Foreign Affairs").
func issuersOfficial(t titledName, sp Speaker) bool {
	for _, part := range titleParts(t.title) {
		if issuersOffice(part, sp) {
			return true
		}
	}
	return false
}

// titleParts splits a title that joins two offices ("Deputy Prime
// Minister and Minister of Foreign Affairs and Expatriates") into each
// office: at an "and" that a title's word follows.
func titleParts(title []string) [][]string {
	var out [][]string
	start := 0
	for i, w := range title {
		if w == "and" && i+1 < len(title) && i > start && (personTitle(strings.ToLower(title[i+1])) || titleModifiers[strings.ToLower(title[i+1])]) {
			out = append(out, title[start:i])
			start = i + 1
		}
	}
	return append(out, title[start:])
}

// issuersOffice is issuersOfficial for one office of a title.
func issuersOffice(title []string, sp Speaker) bool {
	head := strings.ToLower(title[len(title)-1])
	org := strings.ToLower(sp.Organization + " " + sp.Name)
	if head == "secretary" && len(title) == 2 && containsWords(org, strings.ToLower(title[0])) {
		return true // "Foreign Secretary Marlowe" of a Secretariat of Foreign Affairs: its minister
	}
	for _, w := range title {
		if lw := strings.ToLower(w); officeHeads[lw] {
			head = lw
		}
	}
	if !officeHeads[head] {
		return false // a president or a prime minister: whose, the title does not say
	}
	for _, w := range title {
		lw := strings.ToLower(w)
		if lw == "prime" {
			return false
		}
		if officeHeads[lw] || titleModifiers[lw] || lw == "of" || lw == "for" || lw == "and" {
			continue
		}
		if !containsWords(org, lw) {
			return false // "Trade Minister" in a statement of a foreign ministry
		}
	}
	return true
}
