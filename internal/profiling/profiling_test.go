package profiling

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStartWritesAProfileOnlyWhenAsked(t *testing.T) {
	var errs bytes.Buffer
	t.Setenv(EnvVar, "")
	Start(&errs)()
	path := filepath.Join(t.TempDir(), "cpu.out")
	t.Setenv(EnvVar, path)
	Start(&errs)()
	fi, err := os.Stat(path)
	if err != nil || fi.Size() == 0 {
		t.Fatalf("no profile written: %v", err)
	}
	if errs.Len() != 0 {
		t.Errorf("errors reported: %s", errs.String())
	}
}

func TestStartReportsAnUnwritableFile(t *testing.T) {
	var errs bytes.Buffer
	t.Setenv(EnvVar, filepath.Join(t.TempDir(), "missing", "cpu.out"))
	Start(&errs)()
	if !strings.Contains(errs.String(), EnvVar) {
		t.Errorf("error output %q does not name %s", errs.String(), EnvVar)
	}
}
