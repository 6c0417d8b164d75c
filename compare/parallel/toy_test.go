package parallel_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parley-app/parley/compare/parallel"
)

// English–English toy texts, each with one kind of link other than 1–1.
// Their gold was written before the aligner ran.
func TestToyAlignments(t *testing.T) {
	const (
		met     = "The ministers met in Geneva on Monday to review the ceasefire."
		monitor = "They agreed that monitors would be deployed along the line of contact within two weeks."
		winter  = "Several delegations asked for the humanitarian corridors to be reopened before the winter sets in."
		vienna  = "The next meeting will be held in Vienna."
		thanks  = "Both sides thanked Switzerland for its hospitality and for the support of its diplomats."

		vote     = "The council adopted the resolution by a vote of thirteen in favour, with two abstentions."
		demands  = "It demands an immediate ceasefire."
		calls    = "It also calls for the release of all hostages."
		joined   = "It demands an immediate ceasefire and also calls for the release of all hostages."
		report   = "Members will report on its implementation within thirty days."
		received = "The minister received the ambassador of Japan at the ministry this morning."
		trade    = "They discussed trade between the two countries, which has grown by a fifth since last year, and the preparations for the summit in the autumn."
		trade1   = "They discussed trade between the two countries, which has grown by a fifth since last year."
		trade2   = "They also discussed the preparations for the summit in the autumn."
		invite   = "The ambassador conveyed an invitation from his government."
	)
	tests := []struct {
		name                 string
		original, translated []string
		want                 []bead
	}{
		{"1-0: a sentence dropped", []string{met, monitor, winter, vienna, thanks}, []string{met, monitor, vienna, thanks},
			[]bead{{ints(0), ints(0)}, {ints(1), ints(1)}, {ints(2), ints()}, {ints(3), ints(2)}, {ints(4), ints(3)}}},
		{"0-1: a sentence added", []string{met, monitor, vienna, thanks}, []string{met, monitor, winter, vienna, thanks},
			[]bead{{ints(0), ints(0)}, {ints(1), ints(1)}, {ints(), ints(2)}, {ints(2), ints(3)}, {ints(3), ints(4)}}},
		{"2-1: two sentences joined", []string{vote, demands, calls, report}, []string{vote, joined, report},
			[]bead{{ints(0), ints(0)}, {ints(1, 2), ints(1)}, {ints(3), ints(2)}}},
		{"1-2: a sentence split", []string{received, trade, invite}, []string{received, trade1, trade2, invite},
			[]bead{{ints(0), ints(0)}, {ints(1), ints(1, 2)}, {ints(2), ints(3)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orig, tr := strings.Join(tt.original, " "), strings.Join(tt.translated, " ")
			al := parallel.Align(orig, tr, parallel.Options{})
			if got := beads(al.Links); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("links\n got  %v\n want %v", got, tt.want)
			}
			if al.Ratio != 1 {
				t.Errorf("ratio c = %v; two English texts keep the paper's 1", al.Ratio)
			}
			checkSpans(t, orig, tr, al.Links)
		})
	}
}
