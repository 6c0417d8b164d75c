package segment

import (
	"strings"
	"testing"
)

// A line of words with no sentence end is cut into sentences of at most
// MaxSentenceBytes, at gaps between words, with every word kept.
func TestLongRunIsSplitAtWordGaps(t *testing.T) {
	text := strings.Repeat("we call on all parties to show restraint ", 20000) // 840 KB
	sents := Sentences(text)
	if len(sents) < len(text)/MaxSentenceBytes {
		t.Fatalf("%d sentences from %d bytes", len(sents), len(text))
	}
	for i, s := range sents {
		if s.End-s.Start > MaxSentenceBytes {
			t.Fatalf("sentence %d is %d bytes", i, s.End-s.Start)
		}
		if i > 0 && text[s.Start-1] != ' ' {
			t.Fatalf("sentence %d starts inside a word", i)
		}
	}
	checkInvariants(t, text)
	// One token past the bound stays whole.
	word := strings.Repeat("x", 2*MaxSentenceBytes)
	if got := Sentences("Hello. " + word + " end."); len(got) != 3 || got[1].End-got[1].Start != len(word) {
		t.Errorf("a long token: %+v", got)
	}
}

// Ordinary long sentences are not touched.
func TestSentencesUnderTheBoundAreKept(t *testing.T) {
	long := strings.Repeat("and the parties, ", 250) + "end." // about 4,250 bytes
	if got := Sentences(long + " Next one."); len(got) != 2 {
		t.Errorf("%d sentences, want 2", len(got))
	}
}
