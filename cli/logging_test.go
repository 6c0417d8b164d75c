package cli

import (
	"bytes"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
)

// runLogged runs the command line with a log that the test can read.
func runLogged(args ...string) (r run, debug bool, logged string) {
	var out, errb, logb bytes.Buffer
	closed := false
	env := Env{Stdout: &out, Stderr: &errb, Info: testInfo,
		OpenWindow: func(w Window) error { r.opened = append(r.opened, w); return nil },
		StartLog: func(d bool) (*slog.Logger, func()) {
			debug = d
			level := slog.LevelInfo
			if d {
				level = slog.LevelDebug
			}
			return slog.New(slog.NewTextHandler(&logb, &slog.HandlerOptions{Level: level})), func() { closed = true }
		}}
	r.code = Run(args, env)
	if !closed {
		r.code = -1 // the log was not closed
	}
	r.stdout, r.stderr = out.String(), errb.String()
	return r, debug, logb.String()
}

func TestDebugFlagBeforeTheCommand(t *testing.T) {
	r, debug, logged := runLogged("--debug", "version")
	if r.code != ExitOK || !debug || r.stdout != "Parley 1.2.3 (build 7, io.example.parley)\n" {
		t.Errorf("--debug version: exit %d, debug %v, stdout %q", r.code, debug, r.stdout)
	}
	if !strings.Contains(logged, "level=DEBUG") || !strings.Contains(logged, "command=version") {
		t.Errorf("debug log lacks the command: %q", logged)
	}
	r, debug, _ = runLogged("-debug")
	if r.code != ExitOK || !debug || len(r.opened) != 1 {
		t.Errorf("-debug alone should open the window with debug logging: %+v", r)
	}
	if _, debug, logged = runLogged("version"); debug || strings.Contains(logged, "DEBUG") {
		t.Errorf("without --debug: debug %v, log %q", debug, logged)
	}
	// After the command, --debug is that command's (unknown) flag.
	if r, _, _ := runLogged("version", "--debug"); r.code != ExitUsage {
		t.Errorf("version --debug: exit %d", r.code)
	}
}

// A failed command is logged as well as reported on stderr.
func TestFailuresAreLogged(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	r, _, logged := runLogged("analyze", missing)
	if r.code != ExitUsage || !strings.Contains(r.stderr, "missing.txt") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if !strings.Contains(logged, "level=ERROR") || !strings.Contains(logged, "missing.txt") {
		t.Errorf("the failure is not in the log: %q", logged)
	}
}
