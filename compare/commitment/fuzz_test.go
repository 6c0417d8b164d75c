package commitment

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks Extract's promises on any input, invalid UTF-8
// included: it does not panic, is deterministic, returns valid kinds,
// strengths and polarities, and spans that lie in the sentence, on rune
// boundaries, in order, and hold their cues.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", " ", "we", "We will", "will not", "“", "”", "\"", "U.S.", "U.S.-", "can’t", "n't", "’s",
		"We, , will not hesitate to", "Should", "if", "in response to", "Iran must", "call on to",
		"We call on Iran not to", "“We will,” said", "according to", "our support is ironclad",
		"We will not hesitate to respond if attacked tomorrow.", "\xff\xfe will \xe2\x80", "İİİ will İ",
		"We stand ready to take further measures now and in response to further destabilizing initiatives.",
	} {
		f.Add(s)
	}
	for _, path := range goldFiles {
		for _, r := range loadGold(f, path) {
			f.Add(r.sentence)
		}
	}
	g := DefaultGazetteer()
	f.Fuzz(func(t *testing.T, s string) {
		for _, sp := range []Speaker{g7, narrator, {}} {
			got := Extract(s, sp, g)
			if again := Extract(s, sp, g); !reflect.DeepEqual(got, again) {
				t.Fatalf("Extract(%q) is not deterministic", s)
			}
			checkRecords(t, s, got)
		}
	})
}

// checkRecords checks the invariants of Extract's records for sentence s.
func checkRecords(t *testing.T, s string, cs []Commitment) {
	t.Helper()
	prev := 0
	for _, c := range cs {
		if c.Start < 0 || c.End > len(s) || c.Start >= c.End || c.Start < prev {
			t.Fatalf("Extract(%q): bad span [%d,%d) after %d", s, c.Start, c.End, prev)
		}
		prev = c.Start
		if !utf8.RuneStart(s[c.Start]) || (c.End < len(s) && !utf8.RuneStart(s[c.End])) {
			t.Fatalf("Extract(%q): span [%d,%d) splits a rune", s, c.Start, c.End)
		}
		switch c.Kind {
		case Pledge, Refusal, Demand, Conditional, Condemnation, Support, Hedge, Reaffirmation:
		default:
			t.Fatalf("Extract(%q): kind %q", s, c.Kind)
		}
		if (c.Strength != High && c.Strength != Median && c.Strength != Low) || (c.Polarity != Positive && c.Polarity != Negative) {
			t.Fatalf("Extract(%q): strength %q polarity %q", s, c.Strength, c.Polarity)
		}
		if len(c.Cues) == 0 {
			t.Fatalf("Extract(%q): no cues", s)
		}
		for _, cue := range c.Cues {
			if !strings.Contains(s[c.Start:c.End], cue) {
				t.Fatalf("Extract(%q): cue %q not in span %q", s, cue, s[c.Start:c.End])
			}
		}
		for _, part := range []string{c.Action, c.Condition, c.Time} {
			if !strings.Contains(s, part) {
				t.Fatalf("Extract(%q): %q is not text of the sentence", s, part)
			}
		}
	}
}

// TestPathologicalInputs feeds long runs of
// cues, quotes, frames and coordinations; records must stay valid (a quadratic
// scan would trip the test timeout; Extract bounds its scans, see maxClause).
func TestPathologicalInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for _, unit := range []string{
		"we will and ", "“ ” ", "said that ", "Iran and ", "Iran together with ", "he will ", "We, the G7, ",
		"if ", "according to Iran, ", "call on Iran to ", "President Biden and President Marcos ", "it must ",
		"who warned that Tehran would ", "U.S.-", "the statement denouncing ", "and support ", "must end ",
		"we must remember that ", "We condemn X and ", "not ", "We will not hesitate to ",
	} {
		s := strings.Repeat(unit, 6000)
		checkRecords(t, s, Extract(s, g7, nil))
	}
}
