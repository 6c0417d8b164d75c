package ui

import (
	"fmt"
	"os"
	"time"
)

// ProcessStart is when the program started; main sets it first thing, so
// that start-up can be measured to the moment the analysis is on screen.
var ProcessStart = time.Now()

// traceStartup prints, once, how long the window took to show the first
// analysis when PARLEY_TRACE_STARTUP is set (scripts/startup-time.sh).
func (ws *Workspace) traceStartup() {
	if ws.startupTraced || os.Getenv("PARLEY_TRACE_STARTUP") == "" {
		return
	}
	ws.startupTraced = true
	fmt.Fprintf(os.Stderr, "startup: first analysis on screen after %d ms\n", time.Since(ProcessStart).Milliseconds())
}
