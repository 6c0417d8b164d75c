package quotes

import "strings"

// Pronouns across sentences. "He added: …" is the most recent person,
// speaker or sentence subject, whom the text has not shown to be a woman;
// "she" likewise. The text shows a person's gender by:
//
//   - a pronoun in the attribution's own clause, outside the words it
//     attributes ("…,” Ruiz said in her opening statement", "Hallan said
//     outside the gates, his voice breaking");
//   - a noun that says it ("a woman who …", "the man");
//   - a pronoun already resolved to them.
//
// A relayer is not the speaker it relays: in "Benet had told them, she
// said, that …" the "she" is someone else.

// maxRecentPersons bounds the persons a pronoun may refer to.
const maxRecentPersons = 8

// setLast records the most recent person, for "he"/"she".
func (p *personIndex) setLast(ref personRef) {
	for k, r := range p.recent {
		if strings.EqualFold(r.name, ref.name) {
			p.recent = append(p.recent[:k], p.recent[k+1:]...)
			break
		}
	}
	if len(p.recent) == maxRecentPersons {
		p.recent = append(p.recent[:0], p.recent[1:]...)
	}
	p.recent = append(p.recent, ref)
}

// pronounPerson resolves "he" (g 'm') or "she" (g 'f'): the most recent
// person not known to be of the other gender, nor x.exclude.
func (x *extractor) pronounPerson(g byte) int {
	p := &x.people
	for k := len(p.recent) - 1; k >= 0; k-- {
		ref := p.recent[k]
		key := strings.ToLower(ref.name)
		if h := p.gender[key]; h != 0 && h != g || x.exclude != "" && strings.EqualFold(ref.name, x.exclude) {
			continue
		}
		p.gender[key] = g
		return x.personSpeaker(ref.name, nil, nil)
	}
	return -1
}

// learnGender notes the gender an attribution's own clause shows for its
// person speaker: the possessive and object pronouns between its speaker
// and its words, or after its words when it trails them, outside the
// speaker's phrase and role ("her lawyer, Ivan Surov" says nothing of
// Surov). A relay's clause shows nothing.
func (x *extractor) learnGender(spk int, toks []token, a *attribution) {
	rec := x.reg.recs[spk]
	if rec.Kind != KindPerson || a.relay {
		return
	}
	key := strings.ToLower(rec.Name)
	if x.people.gender[key] != 0 {
		return
	}
	s, e := a.np.e, a.content.s
	if a.trailing || a.content.empty() {
		s, e = a.anchor, a.extent+1
	}
	if s < 0 {
		s = 0
	}
	var g byte
	for k := s; k < e && k < len(toks); k++ {
		if k >= a.role.s && k < a.role.e || k >= a.np.s && k < a.np.e {
			continue // "her lawyer, Ivan Surov": the pronoun is someone else's
		}
		h := genderOf(toks[k])
		switch {
		case h == 0:
		case g != 0 && h != g:
			return // both: nothing learnt
		default:
			g = h
		}
	}
	if g != 0 {
		x.people.gender[key] = g
	}
}

// genderOf returns the gender a possessive or object pronoun, or a
// gendered noun, shows, or 0.
func genderOf(t token) byte {
	if t.kind != tWord {
		return 0
	}
	switch t.lower {
	case "his", "him", "himself", "man", "spokesman", "chairman", "mr", "mr.":
		return 'm'
	case "her", "hers", "herself", "woman", "spokeswoman", "chairwoman", "mrs", "mrs.", "ms", "ms.":
		return 'f'
	}
	return 0
}
