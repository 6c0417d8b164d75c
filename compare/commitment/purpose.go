package commitment

// This file reads a speech act in an infinitive of purpose ("spoke with X
// to reaffirm …", "wrote to X to request …", "summoned X to convey …") and
// one an -ing form hangs on a statement ("a statement denouncing …").

// purposeSubject reads "I've just spoken with Prime Minister Netanyahu to
// reaffirm …": a speech act in an infinitive of purpose after a verb of
// contact belongs to that verb's subject. Other infinitives ("moved aircraft
// to support the defense of Israel") say why, not what is committed.
func (x *extraction) purposeSubject(a *anchor) subject {
	switch a.p.lex {
	case lexReaffirm, lexSupport, lexCondemn, lexDemand:
	default:
		return subject{}
	}
	for k := a.p.first - 2; k >= 0 && k > a.p.first-24; k-- {
		if x.toks[k].kind == tComma && x.nameBetweenCommas(k) >= 0 {
			k = x.nameBetweenCommas(k) // "wrote to the Foreign Minister of Arden, Ida Rask, to request …": an addressee in apposition
			continue
		}
		if x.toks[k].kind != tWord || k <= a.p.first-14 {
			break
		}
		if contactVerbs[x.toks[k].w] {
			s := x.subjectFor(k)
			// "On 24 March the Secretary-General wrote to … to request …": a
			// message sent in the past is recounted, not sent by this sentence.
			s.recounted = isPast(x.toks[k].w) || pastContact[x.toks[k].w]
			return s
		}
	}
	return subject{}
}

// nameBetweenCommas returns the comma that opens a name in apposition
// closed by the comma at k (", Ida Rask,"), or -1.
func (x *extraction) nameBetweenCommas(k int) int {
	for o := k - 1; o >= 0 && o >= k-5; o-- {
		switch t := x.toks[o]; {
		case t.kind == tComma:
			if o < k-1 {
				return o
			}
			return -1
		case t.kind != tWord || !t.upper:
			return -1
		}
	}
	return -1
}

// contactVerbs are verbs of meeting or calling, whose purpose clause states
// the message ("spoke with X to reaffirm", "summoned the ambassador to
// convey our protest").
var contactVerbs = set(`spoke spoken speak speaks called calls met meets wrote writes convened convenes traveled travelled
	visited visits hosted hosts summoned summons`)

// pastContact are the past tenses of contact verbs isPast does not know.
var pastContact = set("spoke met wrote")

// statementOwner reads "the G7 members issued a joint statement denouncing
// …" and "his statement … demanding that Hamas release …": an -ing speech
// act belongs to whoever issued the statement it modifies.
func (x *extraction) statementOwner(i int) subject {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		t := x.toks[k]
		if t.kind == tStop || t.kind == tSemi || t.kind == tColon {
			break
		}
		if !statementNouns[t.w] {
			continue
		}
		d := x.word(k - 1)
		switch {
		case firstPersonDet[d]:
			return subject{kind: sFirst, start: k - 1, end: k, plural: true}
		case possessivePron[d] != "":
			return subject{kind: sPron, pron: possessivePron[d], start: k - 1, end: k}
		case d == "'s":
			return x.subjectAt(k - 2)
		}
		for v := k - 1; v >= 0 && v >= k-4; v-- {
			if issueVerbs[x.word(v)] {
				r, _ := x.reporterSubject(v)
				return r
			}
		}
		break
	}
	return subject{}
}

// issueVerbs issue a document.
var issueVerbs = set("issued issues released releases published adopted put")
