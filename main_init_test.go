package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestEnvironmentSetBeforeFyneReadsIt: internal/quietlocale and
// internal/fynecache set the environment Fyne reads in its init functions,
// so they must be initialised first; Go's initialisation order (by import
// path, once a package's imports are ready) makes it so, and this checks it
// in the real binary's init trace.
func TestEnvironmentSetBeforeFyneReadsIt(t *testing.T) {
	cmd := exec.Command(binary, "version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1", "HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	order := map[string]int{}
	for i, line := range strings.Split(string(out), "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "init" {
			order[f[1]] = i + 1
		}
	}
	for before, after := range map[string]string{
		"github.com/parley-app/parley/internal/quietlocale": "fyne.io/fyne/v2/lang",
		"github.com/parley-app/parley/internal/fynecache":   "fyne.io/fyne/v2/internal/cache",
	} {
		if order[before] == 0 || order[after] == 0 || order[before] > order[after] {
			t.Errorf("%s initialised at step %d, %s at %d: want it first", before, order[before], after, order[after])
		}
	}
}
