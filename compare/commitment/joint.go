package commitment

import "strings"

// A joint statement's issuer is a set: "Ministries of Foreign Affairs of
// Velm and Arden", "Governments of Velm, Arden and Tarsk", "Joint
// Statement by the Foreign Ministers of Velm and Arden", "Ministry for
// Foreign Affairs of Velm and Ministry of Foreign Affairs of the Republic of
// Arden". Its "we" is each member: every commitment of the joint issuer is
// one for each (perMember). A group with a name of its own (G7, ASEAN, the
// European Union and its Member States) is one actor.

// jointMembers are the two to four members of the joint issuer a
// front-matter field names, as g names them; nil when it names one.
func jointMembers(g *Gazetteer, field string) []string {
	parts := orgParts(field)
	if len(parts) == 0 {
		return nil
	}
	p := parts[0]
	for _, lead := range []string{"joint statement by ", "joint statement of ", "joint statement from "} {
		if len(p) > len(lead) && strings.EqualFold(p[:len(lead)], lead) {
			p = strings.TrimPrefix(strings.TrimPrefix(p[len(lead):], "the "), "The ")
		}
	}
	if _, ok := resolveWhole(g, p); ok {
		return nil // "Trinidad and Tobago"
	}
	if _, ok := resolveWhole(g, issuerCanonical(p)); ok {
		return nil // "Government of Bosnia and Herzegovina"
	}
	pieces := listPieces(p)
	if len(pieces) < 2 || len(pieces) > 4 {
		return nil
	}
	members := eachIssuer(g, pieces)
	if members == nil {
		members = pluralHead(g, pieces)
	}
	seen := map[string]bool{}
	for _, m := range members {
		if seen[m] {
			return nil
		}
		seen[m] = true
	}
	return members
}

// listPieces splits "A, B and C" (or "A, B, and C", "A & B") into its
// members.
func listPieces(s string) []string {
	var out []string
	for _, c := range strings.Split(s, ",") {
		for _, p := range strings.Split(strings.ReplaceAll(c, " & ", " and "), " and ") {
			p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
			if p == "" {
				return nil
			}
			out = append(out, p)
		}
	}
	return out
}

// eachIssuer reads pieces that each name an issuer ("Ministry for Foreign
// Affairs of Velm", "the Government of Arden", "France"): their actors, or
// nil when one piece does not.
func eachIssuer(g *Gazetteer, pieces []string) []string {
	var out []string
	for _, p := range pieces {
		c := issuerCanonical(p)
		a, known := resolveWhole(g, c)
		if !known && (c == strings.TrimPrefix(strings.TrimPrefix(p, "the "), "The ") || !memberName(c)) {
			return nil
		}
		if !known {
			a = c
		}
		out = append(out, a)
	}
	return out
}

// pluralHead reads "Ministries of Foreign Affairs of Velm and Arden":
// offices in the plural "of" the first member, then the others by name.
func pluralHead(g *Gazetteer, pieces []string) []string {
	words := strings.Fields(pieces[0])
	plural := false
	for i, w := range words {
		if s, ok := singularOffice[strings.ToLower(w)]; ok {
			words[i] = s
			plural = true
		}
	}
	if !plural {
		return nil
	}
	first := issuerCanonical(strings.Join(words, " "))
	if first == strings.Join(words, " ") || !memberName(first) {
		return nil
	}
	out := []string{first}
	for _, p := range pieces[1:] {
		c := issuerCanonical(strings.TrimPrefix(p, "the "))
		if !memberName(c) {
			return nil
		}
		out = append(out, c)
	}
	for i, m := range out {
		if a, ok := resolveWhole(g, m); ok {
			out[i] = a
		}
	}
	return out
}

// singularOffice maps the plural offices of a joint issuer to the
// singular.
var singularOffice = map[string]string{
	"ministries": "Ministry", "governments": "Government", "ministers": "Minister", "leaders": "Leader",
	"presidents": "President", "departments": "Department", "offices": "Office", "embassies": "Embassy",
}

// memberName reports whether s can name a member of a joint issuer: a
// capitalised name of one to five words, no function among them.
func memberName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || !capitalised(words[0]) {
		return false
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if functionWords[lw] || officeNouns[lw] || lw == "and" || lw == "its" || lw == "their" {
			return false
		}
	}
	return true
}

// jointName is the one actor that stands for a joint issuer's members
// while its statement is read.
func jointName(members []string) string {
	return strings.Join(members, " and ")
}

// perMember makes each commitment of a joint issuer one for each of its
// members, as its "we" commits each.
func (g *Gazetteer) perMember(cs []Commitment) []Commitment {
	if len(g.joint) == 0 {
		return cs
	}
	var out []Commitment
	for _, c := range cs {
		members := g.joint[c.Actor]
		if members == nil {
			out = append(out, c)
			continue
		}
		for _, m := range members {
			d := c
			d.Actor = m
			if d.Source == c.Actor {
				d.Source = m
			}
			out = append(out, d)
		}
	}
	return out
}
