package project

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parley-app/parley/statement"
)

// saveLoopEnv makes the test binary, run as a subprocess, save a large
// project in a loop at the path it names instead of running the tests (see
// TestMain and saveLoop).
const saveLoopEnv = "PARLEY_TEST_SAVE_LOOP"

func TestMain(m *testing.M) {
	if path := os.Getenv(saveLoopEnv); path != "" {
		saveLoop(path)
	}
	os.Exit(m.Run())
}

// bigProject is a project of about 4 MB in which every statement carries
// the version, so a file mixing two saves would show it.
func bigProject(version int) *Project {
	p := &Project{Title: fmt.Sprintf("version %d", version)}
	para := strings.Repeat("We call on all parties to exercise restraint. ", 200)
	for i := range 400 {
		p.Statements = append(p.Statements, Entry{Included: true, Statement: statement.Statement{
			ID: fmt.Sprintf("s%d", i), Title: fmt.Sprintf("Statement %d", i),
			Text: fmt.Sprintf("[v%d] %s[v%d]", version, para, version),
		}})
	}
	return p
}

// versionOf loads path and returns its version, failing the test unless
// the file is whole and every statement is of that same version.
func versionOf(t *testing.T, path string) int {
	t.Helper()
	p, err := Load(path)
	if err != nil {
		t.Fatalf("%s does not load after a kill: %v", filepath.Base(path), err)
	}
	v, err := strconv.Atoi(strings.TrimPrefix(p.Title, "version "))
	if err != nil {
		t.Fatalf("%s: title %q", filepath.Base(path), p.Title)
	}
	tag := fmt.Sprintf("[v%d]", v)
	if len(p.Statements) != 400 {
		t.Fatalf("%s: %d statements, want 400", filepath.Base(path), len(p.Statements))
	}
	for _, e := range p.Statements {
		if !strings.HasPrefix(e.Text, tag) || !strings.HasSuffix(e.Text, tag) {
			t.Fatalf("%s mixes versions: version %d holds statement %s %q…", filepath.Base(path), v, e.ID, e.Text[:12])
		}
	}
	return v
}

// saveLoop is what the test binary does when TestKillDuringSave runs it
// with saveLoopEnv set: it saves version after version of the project at
// path until it is killed, printing each version once its save has
// returned. It never returns.
func saveLoop(path string) {
	p, err := Load(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	v, _ := strconv.Atoi(strings.TrimPrefix(p.Title, "version "))
	// Save's own steps after encoding: the file's bytes are made once
	// and stamped with each version, so most of the loop is spent writing,
	// where a kill is worth testing, not in encoding JSON.
	template, err := bigProject(-1).Marshal()
	if err != nil {
		os.Exit(3)
	}
	for {
		v++
		data := bytes.ReplaceAll(template, []byte("version -1"), []byte(fmt.Sprintf("version %d", v)))
		data = bytes.ReplaceAll(data, []byte("[v-1]"), []byte(fmt.Sprintf("[v%d]", v)))
		if err := WriteFileAtomic(path, data, true); err != nil {
			fmt.Println("error", err)
			os.Exit(3)
		}
		fmt.Println("saved", v)
	}
}

// TestKillDuringSave kills a process that is saving a 4 MB project at
// random moments, 20 times: each time the project must hold the last
// version saved or the one being saved, whole, and the .bak the one before
// it. Recovery of unsaved work at the next start is tested in ui
// (TestAutosaveAndRecovery).
func TestKillDuringSave(t *testing.T) {
	if testing.Short() {
		t.Skip("kills subprocesses")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "big.parley")
	for v := range 2 { // a project and its backup, as after two saves
		if err := bigProject(v).Save(path); err != nil {
			t.Fatal(err)
		}
	}
	killedMidSave := 0
	for round := range 20 {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), saveLoopEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// Kill after two or three saves, at a random moment of the next
		// one: the delay is drawn from the time one save took (this waits;
		// nothing is timed or asserted on time).
		saves := 2 + rand.IntN(2)
		last := -1
		var first, prev time.Time
		for line := range lines {
			if strings.HasPrefix(line, "error") {
				t.Fatalf("round %d: the saving process failed: %s", round, line)
			}
			if n, ok := strings.CutPrefix(line, "saved "); ok {
				last, _ = strconv.Atoi(n)
				prev = time.Now()
				if first.IsZero() {
					first = prev
				}
				if saves--; saves == 0 {
					break
				}
			}
		}
		period := prev.Sub(first) / 2
		time.Sleep(time.Duration(rand.Int64N(int64(period) + 1)))
		cmd.Process.Signal(syscall.SIGKILL)
		for line := range lines { // saves reported before the kill
			if n, ok := strings.CutPrefix(line, "saved "); ok {
				last, _ = strconv.Atoi(n)
			}
		}
		cmd.Wait()
		if last < 0 {
			t.Fatalf("round %d: the saving process never saved", round)
		}

		cur := versionOf(t, path)
		bak := versionOf(t, path+".bak")
		if cur != last && cur != last+1 {
			t.Fatalf("round %d: killed after saving version %d, the file holds version %d", round, last, cur)
		}
		if bak != cur-1 && bak != cur {
			t.Fatalf("round %d: the file holds version %d, its backup %d", round, cur, bak)
		}
		if cur == last+1 || bak == cur {
			killedMidSave++
		}
		t.Logf("round %d: killed after version %d: file %d, backup %d", round, last, cur, bak)
	}
	t.Logf("%d of 20 kills fell inside a save's last steps (backup written or file renamed)", killedMidSave)
	// Killed saves leave their temporary files (hidden, .big.parley.*.tmp);
	// they never replace the project, and the next save removes them.
	tmps, _ := filepath.Glob(filepath.Join(dir, ".big.parley.*.tmp"))
	t.Logf("%d temporary files left by killed saves", len(tmps))
	if err := bigProject(1000).Save(path); err != nil {
		t.Fatal(err)
	}
	if tmps, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(tmps) != 0 {
		t.Errorf("the next save left %d temporary files: %v", len(tmps), tmps)
	}
	if versionOf(t, path) != 1000 {
		t.Error("the last save was lost")
	}
}
