package ui

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

var pingKey = &desktop.CustomShortcut{KeyName: fyne.KeyF12, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}

// scripts/soak.sh times actions that mark no frame of their own with
// Ctrl+Shift+F12: with tracing on it marks the next frame "ping".
func TestTracePingMarksTheNextFrame(t *testing.T) {
	t.Setenv("PARLEY_TRACE_STARTUP", "1")
	ws := newTestWorkspace(t, demo(t), "")
	var out bytes.Buffer
	ws.trace.out = &out
	ws.trace.painted = true
	ws.trace.pending = nil
	ws.window.Canvas().(fyne.Shortcutable).TypedShortcut(pingKey)
	ws.trace.draw(1, 1)
	if !strings.HasPrefix(out.String(), "trace: ping unix_ms=") {
		t.Fatalf("the frame after Ctrl+Shift+F12 reported %q, want a ping", out.String())
	}
}

// Without tracing there is no probe and the key does nothing.
func TestTracePingOffWithoutTracing(t *testing.T) {
	t.Setenv("PARLEY_TRACE_STARTUP", "")
	ws := newTestWorkspace(t, demo(t), "")
	if ws.trace != nil {
		t.Fatal("a paint probe without PARLEY_TRACE_STARTUP")
	}
	ws.window.Canvas().(fyne.Shortcutable).TypedShortcut(pingKey) // must not panic
}
