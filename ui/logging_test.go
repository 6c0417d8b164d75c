package ui

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"
)

// logBuffer makes slog's default logger write into a buffer for one test.
func logBuffer(t *testing.T) func() string {
	t.Helper()
	var mu sync.Mutex
	var b bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(lockedWriter{&mu, &b}, nil)))
	t.Cleanup(func() { slog.SetDefault(old) })
	return func() string {
		mu.Lock()
		defer mu.Unlock()
		return b.String()
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *bytes.Buffer
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

// A panic in a background job is logged with its stack, besides the
// dialog TestPanicInBackgroundJobIsReported checks.
func TestPanicInBackgroundJobIsLogged(t *testing.T) {
	logged := logBuffer(t)
	ws := newTestWorkspace(t, demo(t), "")
	ws.bg.run(func() { panic("boom in a job") }, ws.jobFailed)
	ws.bg.settle()
	got := logged()
	for _, want := range []string{"level=ERROR", "background job panicked", "boom in a job", "logging_test.go"} {
		if !strings.Contains(got, want) {
			t.Errorf("log lacks %q:\n%s", want, got)
		}
	}
}

func TestLoadAndSaveErrorsAreLogged(t *testing.T) {
	logged := logBuffer(t)
	ws := newTestWorkspace(t, demo(t), "")
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.parley")
	os.WriteFile(bad, []byte(`{"format":"parley-project","format_version":99}`), 0o600)
	ws.openProject(bad)
	ws.bg.settle()
	ws.loadPaths([]string{filepath.Join(dir, "missing.txt")})
	ws.bg.settle()
	ws.saveTo(filepath.Join(dir, "no-such-folder", "p.parley"))
	got := logged()
	for _, want := range []string{"project not opened", "newer Parley", "file not loaded", "missing.txt", "project not saved", "no-such-folder"} {
		if !strings.Contains(got, want) {
			t.Errorf("log lacks %q:\n%s", want, got)
		}
	}
	if len(ws.project.Statements) != 5 {
		t.Error("a failed load changed the comparison")
	}
}

// A recovery copy that is damaged (a crash while it was written, a full
// disk) is not offered, and starting does not fail.
func TestDamagedRecoveryCopyIsNotOffered(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("Parley")
	ws := newWorkspace(a, w)
	ws.bg.useQueue()
	ws.setProject(demo(t), "")
	dataPath, _ := ws.recoveryFiles()
	os.MkdirAll(filepath.Dir(dataPath), 0o700)
	if err := os.WriteFile(dataPath, []byte(`{"format":"parley-project","format_version":1,"statements":[{"id":"a","te`), 0o600); err != nil {
		t.Fatal(err)
	}
	if ws.offerRecovery() {
		t.Error("a truncated recovery copy was offered")
	}
	if len(ws.project.Statements) != 5 {
		t.Error("the comparison changed")
	}
}
