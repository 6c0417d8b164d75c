package logfile

import (
	"bytes"
	"log"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// restoreDefault puts slog's and log's defaults back after a test that
// replaced them.
func restoreDefault(t *testing.T) {
	old := slog.Default()
	flags, out := log.Flags(), log.Writer()
	t.Cleanup(func() {
		slog.SetDefault(old)
		log.SetFlags(flags)
		log.SetOutput(out)
	})
}

func TestPathIsInTheConfigFolder(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	p, err := Path()
	if err != nil || p != filepath.Join(dir, "parley", "parley.log") {
		t.Errorf("Path() = %q, %v", p, err)
	}
}

func TestStartWritesInfoNotDebug(t *testing.T) {
	restoreDefault(t)
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	var stderr bytes.Buffer
	logger, done, err := Start(Options{Stderr: &stderr})
	if err != nil {
		t.Fatal(err)
	}
	logger.Debug("hidden detail")
	slog.Error("save failed", "path", "x.parley")
	log.Print("a message through the log package, as Fyne writes") // caught by SetDefault
	done()
	path, _ := Path()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := string(data)
	for _, want := range []string{"level=ERROR", `msg="save failed"`, "path=x.parley", "as Fyne writes"} {
		if !strings.Contains(got, want) {
			t.Errorf("log lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "hidden detail") {
		t.Error("a Debug record was logged without --debug")
	}
	if stderr.Len() != 0 {
		t.Errorf("without --debug nothing goes to stderr, got %q", stderr.String())
	}
	if info, _ := os.Stat(path); info.Mode().Perm()&0o077 != 0 {
		t.Errorf("log file mode %v: others may read it", info.Mode())
	}
}

func TestDebugLogsDetailToFileAndStderr(t *testing.T) {
	restoreDefault(t)
	path := filepath.Join(t.TempDir(), "sub", "p.log")
	var stderr bytes.Buffer
	logger, done, err := Start(Options{Debug: true, Stderr: &stderr, Path: path})
	if err != nil {
		t.Fatal(err)
	}
	logger.With("job", "analysis").Debug("detail")
	done()
	data, _ := os.ReadFile(path)
	for name, got := range map[string]string{"file": string(data), "stderr": stderr.String()} {
		if !strings.Contains(got, "level=DEBUG") || !strings.Contains(got, "job=analysis") {
			t.Errorf("%s lacks the debug record: %q", name, got)
		}
	}
}

// A log that cannot be written must not stop Parley: the logger still
// works, and the error says which file.
func TestUnwritableLogStillGivesALogger(t *testing.T) {
	restoreDefault(t)
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, nil, 0o600)
	var stderr bytes.Buffer
	logger, done, err := Start(Options{Debug: true, Stderr: &stderr, Path: filepath.Join(blocker, "p.log")})
	defer done()
	if err == nil || !strings.Contains(err.Error(), "p.log") {
		t.Errorf("error %v should name the log file", err)
	}
	logger.Info("still here")
	if !strings.Contains(stderr.String(), "still here") {
		t.Errorf("debug logging to stderr lost: %q", stderr.String())
	}
}

// The log is rotated by size and keeps MaxBackups old files.
func TestRotationKeepsThreeOldFiles(t *testing.T) {
	restoreDefault(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "parley.log")
	logger, done, err := Start(Options{Path: path, maxSizeMB: 1})
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Repeat("x", 1000)
	for i := 0; i < 6*1100; i++ { // about 6.6 MB: six rotations
		logger.Info("filler", "i", i, "text", line)
		if i%1100 == 0 {
			time.Sleep(2 * time.Millisecond) // backups are named to the millisecond
		}
	}
	done()
	// Old files are removed by a goroutine of the rotation library; give it
	// a moment (this waits for an outcome, it does not time anything).
	var old []string
	for range 200 {
		old, _ = filepath.Glob(filepath.Join(dir, "parley-*.log"))
		if len(old) <= MaxBackups {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(old) == 0 || len(old) > MaxBackups {
		t.Errorf("%d old log files %v; want 1..%d", len(old), old, MaxBackups)
	}
	if info, err := os.Stat(path); err != nil {
		t.Error(err)
	} else if info.Size() > 1<<20 {
		t.Errorf("current log is %d bytes; want at most 1 MB", info.Size())
	}
}
