package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/assets"
)

// These tests run the real binary, as a script or an analyst would.

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "parley-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "parley")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "LANG=C", "HOME="+t.TempDir()) // the bare locale of CI machines
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func demoFiles(t *testing.T) []string {
	dir := t.TempDir()
	var paths []string
	for _, f := range assets.DemoStatements() {
		p := filepath.Join(dir, filepath.Base(f.Name))
		if err := os.WriteFile(p, f.Data, 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestBinaryVersionAndErrors(t *testing.T) {
	out, errOut, code := run(t, "version")
	if code != 0 || !strings.HasPrefix(out, "Parley ") || errOut != "" {
		t.Errorf("version: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	_, errOut, code = run(t, "--no-such-flag")
	if code != 2 || strings.Count(errOut, "\n") != 1 {
		t.Errorf("bad flag: exit %d, stderr %q (want status 2 and one line)", code, errOut)
	}
	_, errOut, code = run(t, "open", "/no/such/file.txt")
	if code != 2 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "file.txt") {
		t.Errorf("unreadable file: exit %d, stderr %q", code, errOut)
	}
}

func TestBinaryAnalyzeJSON(t *testing.T) {
	out, errOut, code := run(t, append([]string{"analyze", "--json"}, demoFiles(t)...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Statements []struct {
			ID        string
			Sentences []struct{ ID, Text string }
		}
		Topics []struct {
			ID       string
			Passages map[string][]string
		}
		Pairs []struct {
			Topic, A, B string
			Score       float64
			SharedTerms []string `json:"shared_terms"`
			Diff        []struct{ Op, Text string }
		}
		Terms map[string][]struct{ Term string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(got.Statements) != 5 || len(got.Topics) == 0 || len(got.Pairs) == 0 || len(got.Terms) != 5 {
		t.Errorf("analysis incomplete: %d statements, %d topics, %d pairs, %d term lists",
			len(got.Statements), len(got.Topics), len(got.Pairs), len(got.Terms))
	}
	for _, p := range got.Pairs {
		if len(p.Diff) == 0 || len(p.SharedTerms) == 0 {
			t.Errorf("pair %s–%s lacks a diff or shared terms", p.A, p.B)
		}
	}
}

func TestBinaryDiffJSON(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "draft.txt")
	b := filepath.Join(dir, "final.txt")
	os.WriteFile(a, []byte("We shall not waver. We will help defend Israel."), 0o600)
	os.WriteFile(b, []byte("We will not waver. We will help defend Israel."), 0o600)
	out, errOut, code := run(t, "diff", "--json", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Summary struct{ Inserted, Deleted, Moved, Unchanged int }
		Ops     []struct{ Op, Text string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Summary.Inserted != 1 || got.Summary.Deleted != 1 || got.Summary.Unchanged != 8 {
		t.Errorf("summary %+v, want 1 inserted (will), 1 deleted (shall), 8 unchanged", got.Summary)
	}
}
