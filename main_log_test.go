package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The real binary logs to parley.log in the configuration folder; --debug
// adds Debug records and copies them to stderr.
func TestLogFileAndDebugFlag(t *testing.T) {
	config := t.TempDir()
	runIn := func(args ...string) (string, string) {
		cmd := exec.Command(binary, args...)
		cmd.Env = append(os.Environ(), "LANG=C", "HOME="+t.TempDir(), "XDG_CONFIG_HOME="+config)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		cmd.Run()
		return out.String(), errb.String()
	}
	out, stderr := runIn("--debug", "version")
	if !strings.HasPrefix(out, "Parley ") || !strings.Contains(stderr, "level=DEBUG") {
		t.Errorf("--debug version: stdout %q, stderr %q", out, stderr)
	}
	_, stderr = runIn("analyze", filepath.Join(t.TempDir(), "missing.txt"))
	if strings.Count(stderr, "\n") != 1 {
		t.Errorf("without --debug stderr should hold only the error line: %q", stderr)
	}
	data, err := os.ReadFile(filepath.Join(config, "parley", "parley.log"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"level=DEBUG", "command=version", "level=ERROR", "missing.txt"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("parley.log lacks %q:\n%s", want, data)
		}
	}
}
