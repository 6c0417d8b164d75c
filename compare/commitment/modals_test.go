package commitment

import "testing"

// Every modal the predicate reader opens a commitment with has a value on
// the modal scale (assets/lang/modal-scale.txt): a word missing there would
// make a commitment of no strength.
func TestModalScaleCoversTheReader(t *testing.T) {
	for _, w := range []string{"will", "shall", "would", "must", "should", "ought", "need", "needs", "may", "might", "could",
		"can", "seek", "seeks", "seeking", "hope", "hopes", "aim", "aims", "intend", "intends", "plan", "plans", "refuse", "refuses", "refused"} {
		if modalValue(w) == "" {
			t.Errorf("%q has no value on the modal scale", w)
		}
	}
}
