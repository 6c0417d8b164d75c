package compare

import "testing"

func TestTopicLabel(t *testing.T) {
	a := &Analysis{Topics: []Topic{{ID: "condemnation", Label: "Condemnation"}, {ID: "emergent-1", Label: "Other: grain, prices"}, {ID: "bare"}}}
	for id, want := range map[string]string{
		"condemnation": "Condemnation",
		"emergent-1":   "Other: grain, prices",
		"bare":         "bare",
		"gone":         "gone",
	} {
		if got := a.TopicLabel(id); got != want {
			t.Errorf("TopicLabel(%q) = %q, want %q", id, got, want)
		}
	}
}
