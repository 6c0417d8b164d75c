package commitment

import "testing"

// A second verb after a report: "said … had fled … and urged …", "urged
// … from the ban and said it would …", each on a sentence written for
// this test.
func TestNewsCoordinatedReportRules(t *testing.T) {
	wire := Speaker{Name: "staff reporter", Organization: "Harbour Wire (news agency)"}
	cases := []articleCase{
		{"a speech act after a reported event is the reporter's", "",
			"Velm said more than 2,000 people had fled the valley and urged Arden to open its border.",
			[]want{{actor: "Velm", kind: Demand, reported: yes, target: "Arden"}}},
		{"a reporting verb far after a speech act", "",
			"Velm urged Arden to exempt food shipments from the new border controls and said it would send an envoy next week.",
			[]want{{actor: "Velm", kind: Demand, target: "Arden"}, {actor: "Velm", kind: Pledge, reported: yes}}},
		{"a serial comma before the second reporting verb", "",
			"Velm called on both sides to spare civilians, and said it would send a team to the valley.",
			[]want{{actor: "Velm", kind: Demand}, {actor: "Velm", kind: Pledge, reported: yes}}},
		{"an event after and is no speech act", "",
			"Velm said more than 2,000 people had fled the valley and crossed into Arden.", nil},
		{"a speech act after and with no named reporter", "",
			"Observers said more than 2,000 people had fled the valley and urged Arden to open its border.", nil},
	}
	checkArticleCases(t, wire, cases)
}
