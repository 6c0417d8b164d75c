package worddiff

import (
	"context"
	"testing"
)

func TestVersionsContextStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := "We condemn the attack. We call for restraint.\n\nAid must reach Gaza."
	b := "We condemn the attack in the strongest terms. We urge restraint.\n\nAid must reach Gaza now."
	if _, err := VersionsContext(ctx, a, b, Options{}); err != context.Canceled {
		t.Errorf("cancelled diff: err = %v, want context.Canceled", err)
	}
	r, err := VersionsContext(context.Background(), a, b, Options{})
	if err != nil || r.Summary != Versions(a, b, Options{}).Summary {
		t.Errorf("VersionsContext = %+v, %v; want Versions' result", r.Summary, err)
	}
}
