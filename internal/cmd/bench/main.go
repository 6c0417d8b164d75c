// Command bench prints Parley's performance figures in one run (make bench):
// whole processes timed side by side with their yardsticks, git for the
// diff, and the Go benchmarks of the analysis, so that anyone can
// reproduce the README's performance table on their machine.
//
//	go run ./internal/cmd/bench [-runs 21] [-window] [-gobench=false]
//
// Each row's commands run in alternation (a, b, a, b, …), so that whatever
// else the machine does weighs on both alike; a row gives the median wall
// time of each and their ratio, and the peak memory (maximum resident set)
// of the slower. The binaries are built first, into a temporary folder.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"
)

// The inputs, all in the repository.
const (
	hiroshima = "testdata/corpus/communiques/g7-communique-2023-hiroshima.txt"
	apulia    = "testdata/corpus/communiques/g7-communique-2024-apulia.txt"
	revised   = "compare/worddiff/testdata/hiroshima-revised.txt"
	april     = "testdata/corpus/whitehouse-2024-04"
)

func main() {
	runs := flag.Int("runs", 21, "runs of each command in a row")
	window := flag.Bool("window", true, "build the window binary and time its diff command too (needs cgo, X11 and GL headers)")
	gobench := flag.Bool("gobench", true, "run the Go benchmarks of the analysis")
	flag.Parse()
	if err := run(*runs, *window, *gobench); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(runs int, window, gobench bool) error {
	bin, err := os.MkdirTemp("", "parley-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(bin)
	cli := filepath.Join(bin, "parley-cli")
	gui := filepath.Join(bin, "parley")
	fmt.Println("building…")
	// The CLI as make build and make package build it: without cgo
	// (the Makefile's CLI_ENV).
	if err := goCmdEnv([]string{"CGO_ENABLED=0"}, "build", "-o", cli, "./cmd/parley-cli"); err != nil {
		return err
	}
	floor := filepath.Join(bin, "difffloor")
	if err := goCmdEnv([]string{"CGO_ENABLED=0"}, "build", "-o", floor, "./internal/cmd/difffloor"); err != nil {
		return err
	}
	if window {
		if err := goCmd("build", "-o", gui, "."); err != nil {
			return err
		}
	}
	aprilFiles, err := filepath.Glob(filepath.Join(april, "*.txt"))
	if err != nil || len(aprilFiles) == 0 {
		return fmt.Errorf("no statements in %s", april)
	}
	printMachine()
	fmt.Printf("\nWhole processes: median wall time of %d alternating runs each\n\n", runs)
	fmt.Printf("| %-66s | %9s | %9s | %6s | %8s |\n", "command (yardstick)", "Parley", "yardstick", "ratio", "peak MB")
	fmt.Printf("|%s|%s|%s|%s|%s|\n", dashes(68), dashes(11), dashes(11), dashes(8), dashes(10))
	git := []string{"git", "diff", "--no-index", "--word-diff=porcelain", hiroshima, revised}
	rows := []row{
		{"parley-cli diff --json, communiqué and revision (git word-diff)", args(cli, "diff", "--json", hiroshima, revised), git},
		{"parley-cli diff, communiqué and revision (git word-diff)", args(cli, "diff", hiroshima, revised), git},
		// The floors: the diff engine alone in a Go process, and each
		// binary's start-up doing nothing.
		{"floor: the engine alone, internal/cmd/difffloor (git word-diff)", args(floor, hiroshima, revised), git},
		{"floor: parley-cli version (git word-diff)", args(cli, "version"), git},
	}
	if window {
		rows = append(rows,
			row{"parley diff --json, the window binary (git word-diff)", args(gui, "diff", "--json", hiroshima, revised), git},
			row{"floor: parley version, the window binary (git word-diff)", args(gui, "version"), git})
	}
	version := args(cli, "version")
	rows = append(rows,
		row{"parley-cli analyze --json, G7 2023 + 2024 (parley-cli version)", args(cli, "analyze", "--json", hiroshima, apulia), version},
		row{"parley-cli analyze, G7 2023 + 2024 (parley-cli version)", args(cli, "analyze", hiroshima, apulia), version},
		row{"parley-cli analyze, 149 April statements (parley-cli version)", args(cli, append([]string{"analyze"}, aprilFiles...)...), version},
	)
	for _, r := range rows {
		n := runs
		if strings.Contains(r.name, "April") {
			n = max(3, runs/4) // a second each: fewer runs
		}
		if err := r.measure(n); err != nil {
			return fmt.Errorf("%s: %w", r.name, err)
		}
	}
	if gobench {
		fmt.Println("\nGo benchmarks (go test -bench, in-process)")
		fmt.Println()
		return goCmd("test", "-run", "^$", "-benchmem", "-count", "3", "-bench",
			"AnalyzeDemo|AnalyzeCommuniquePair|AnalyzeWhiteHouseApril2024|CommitmentsWhiteHouseApril2024|Versions$|DiffCommand",
			"./compare/", "./compare/worddiff/", "./cli/")
	}
	return nil
}

// row is a command timed against its yardstick.
type row struct {
	name      string
	cmd, yard []string
}

func (r row) measure(runs int) error {
	var mine, theirs []time.Duration
	var peak int64
	for range runs {
		d, rss, err := timeOnce(r.cmd)
		if err != nil {
			return err
		}
		mine, peak = append(mine, d), max(peak, rss)
		if d, _, err = timeOnce(r.yard); err != nil {
			return err
		}
		theirs = append(theirs, d)
	}
	a, b := median(mine), median(theirs)
	ratio := fmt.Sprintf("%5.2f×", float64(a)/float64(b))
	if r.yard[0] != "git" {
		ratio = "" // the yardstick is the start-up of a process, not a rival
	}
	fmt.Printf("| %-66s | %6.1f ms | %6.1f ms | %6s | %8.0f |\n", r.name, ms(a), ms(b), ratio, float64(peak)/1024)
	return nil
}

// timeOnce runs a command to its end, output discarded, and returns its wall
// time and its peak resident memory in KB.
func timeOnce(argv []string) (time.Duration, int64, error) {
	c := exec.Command(argv[0], argv[1:]...)
	c.Env = append(os.Environ(), "HOME="+os.TempDir()) // no user's settings or log
	var stderr strings.Builder
	c.Stderr = &stderr
	start := time.Now()
	err := c.Run()
	d := time.Since(start)
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 1 && argv[0] == "git" {
		err = nil // git diff exits 1 when the files differ
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %v: %s", strings.Join(argv, " "), err, stderr.String())
	}
	var rss int64
	if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss
	}
	return d, rss, nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func args(bin string, a ...string) []string { return append([]string{bin}, a...) }

func dashes(n int) string { return strings.Repeat("-", n) }

func goCmd(a ...string) error { return goCmdEnv(nil, a...) }

// goCmdEnv runs go with env added to this process's environment.
func goCmdEnv(env []string, a ...string) error {
	c := exec.Command("go", a...)
	c.Env = append(os.Environ(), env...)
	c.Stdout, c.Stderr = os.Stdout, os.Stderr
	return c.Run()
}

// printMachine says what the figures were measured on.
func printMachine() {
	model := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	load := "?"
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Join(strings.Fields(string(data))[:3], " ")
	}
	fmt.Printf("\n%s, %d cores, %s/%s, %s; load average %s; %s\n", model, runtime.NumCPU(), runtime.GOOS, runtime.GOARCH,
		runtime.Version(), load, time.Now().Format("2006-01-02 15:04"))
}
