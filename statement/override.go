package statement

import "strings"

// Override is an analyst's correction of the alignment. Overrides are kept
// in the project and applied to every analysis, so they survive re-analysis
// as long as the sentences they name still exist.
type Override struct {
	Action string `json:"action"`          // OverridePair, OverrideUnpair or OverrideMove
	A      string `json:"a"`               // a sentence id
	B      string `json:"b,omitempty"`     // pair, unpair: the other sentence
	Topic  string `json:"topic,omitempty"` // move: the scheme topic to put A in; pair: the topic (optional)
}

// The override actions.
const (
	OverridePair   = "pair"   // align A and B, whatever their similarity
	OverrideUnpair = "unpair" // never align A and B
	OverrideMove   = "move"   // A is on Topic, and only on it
)

// PairKey names a pair for notes: "a|b".
func PairKey(a, b string) string { return strings.Join([]string{a, b}, "|") }
