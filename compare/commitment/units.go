package commitment

import (
	"slices"
	"strings"
)

// An official statement speaks for its issuer's units by their own names:
// "The Royal Navy will continue to support …", "The Cheonghae Unit will
// escort …", "the Embassy of India in Meskal will continue to function".
// A unit named for itself — a name the statement introduces, ending in a
// unit's noun, with no other actor's name or demonym in it — is the
// issuer's, and what it will do the issuer undertakes. "The Kestrian Army
// will …" in another's statement is Kestria's, and stays a forecast.

// unitHeads end the names of a state's or body's units.
var unitHeads = set(`navy army forces force unit units embassy embassies consulate facility guard coastguard
	corps command contingent battalion brigade squadron fleet police secretariat`)

// issuersUnit reports whether the named subject s is a unit of the
// issuer, in the issuer's own voice (see above).
func (x *extraction) issuersUnit(s subject) bool {
	if x.disc != nil || !x.docKnown || s.kind != sActor || len(s.also) > 0 {
		return false
	}
	words := strings.Fields(s.actor)
	if len(words) < 2 || !unitHeads[strings.ToLower(words[len(words)-1])] {
		return false
	}
	defaultOnce.Do(func() { defaultGaz = DefaultGazetteer() })
	if _, known := defaultGaz.Resolve(s.actor); known {
		return false // a body of its own ("Israel Defense Forces" is Israel)
	}
	for _, w := range words {
		if a, ok := x.g.Resolve(w); ok && a != x.doc && a != s.actor && capitalised(w) {
			return false // another's unit: "Kestrian Army"
		}
	}
	return true
}

// announced is who undertakes what an official statement says a named
// subject will do, when the statement speaks for it: the issuer for its own
// unit ("The Royal Navy will …"), the agency itself for an agency of the
// issuer ("The World Food Programme will continue …" in a UN statement,
// partOf), a member of a joint issuer for itself; "" otherwise — another's "will" is a forecast.
func (x *extraction) announced(s subject, actor, speaker string) string {
	switch {
	case x.issuersUnit(s):
		return speaker
	case x.ownNamedUnit(s) != "":
		return x.ownNamedUnit(s) // "Sri Lanka's Bureau of Foreign Employment will …" (ownvoice.go)
	case x.disc == nil && partOf[actor] == speaker:
		return actor
	case x.disc == nil && slices.Contains(x.g.joint[speaker], actor):
		return actor // "Velm will …" in Velm's and Arden's joint statement
	}
	return ""
}
