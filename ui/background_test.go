package ui

import "testing"

// TestBackgroundLater: later hands f back to the UI goroutine in a later
// turn, never at once.
func TestBackgroundLater(t *testing.T) {
	b := newBackground()
	b.useQueue()
	var ran []int
	b.later(func() { ran = append(ran, 1) })
	b.later(func() { ran = append(ran, 2) })
	if len(ran) != 0 {
		t.Fatalf("ran at once: %v", ran)
	}
	b.settle()
	if len(ran) != 2 {
		t.Fatalf("after settling, ran %v; want both", ran)
	}
}
