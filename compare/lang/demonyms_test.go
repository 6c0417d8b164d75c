package lang

import "testing"

func TestDemonymBase(t *testing.T) {
	names := map[string]bool{"kestria": true, "ukraine": true, "haiti": true, "zahran": true, "sudan": true, "libya": true, "hungary": true}
	known := func(n string) bool { return names[n] }
	for word, want := range map[string]string{
		"kestrian": "kestria", "ukrainian": "ukraine", "haitian": "haiti", "zahrani": "zahran",
		"sudanese": "sudan", "libyan": "libya", "hungarian": "hungary", "ostran": "", "kestria": "", "an": "",
	} {
		if got := DemonymBase(word, known); got != want {
			t.Errorf("DemonymBase(%q) = %q, want %q", word, got, want)
		}
	}
}
