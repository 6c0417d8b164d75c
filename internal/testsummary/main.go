// Command testsummary reads the events of go test -json on its standard
// input and prints what go test prints without -v — an ok or FAIL line per
// package, and the whole output of every failing test and of every failed
// build — followed by every skipped test with its reason, so that no test
// skips unseen. It exits with status 1 when a test, a package or a build
// failed, or when the input holds no package's result at all:
//
//	go test -json ./... | go run ./internal/testsummary
//
// make test and make race use it (with pipefail, so a go test that fails
// before writing an event fails them too). Lines that are not JSON are
// copied through; one that starts with FAIL counts as a failure.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	failed, err := summarize(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsummary:", err)
		os.Exit(2)
	}
	if failed {
		os.Exit(1)
	}
}

// event is one line of go test -json (go doc test2json), with the build
// events of go build -json (go help buildjson).
type event struct {
	Action      string
	Package     string
	Test        string
	Output      string
	ImportPath  string // build events
	FailedBuild string // a package's fail event: the import path whose build failed
}

// test is what was seen of one test (or subtest) of a package.
type test struct {
	name   string
	output []string
	result string // pass, fail, skip; empty while it runs
}

// pkg is what was seen of one package's tests.
type pkg struct {
	path   string
	tests  map[string]*test
	order  []*test  // in the order they started
	output []string // output outside any test
	done   bool
}

type skip struct{ pkg, test, reason string }

type summary struct {
	w                   io.Writer
	pkgs                map[string]*pkg
	order               []*pkg
	build               map[string][]string // build output by import path
	buildFailed         []string            // import paths, in order
	buildShown          map[string]bool
	failed              bool
	results             int // packages with a result
	passed, failedTests int
	skips               []skip
	failures            []string // "package Test", or "package" when no test failed
}

// summarize reads go test -json from r and writes the summary to w. It
// reports whether anything failed; err is a read error.
func summarize(r io.Reader, w io.Writer) (failed bool, err error) {
	s := &summary{w: w, pkgs: map[string]*pkg{}, build: map[string][]string{}, buildShown: map[string]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64<<20)
	for sc.Scan() {
		line := sc.Text()
		var e event
		if !strings.HasPrefix(line, "{") || json.Unmarshal([]byte(line), &e) != nil {
			fmt.Fprintln(w, line)
			if strings.HasPrefix(line, "FAIL") {
				s.fail(strings.TrimSpace(line))
			}
			continue
		}
		s.event(e)
	}
	if err := sc.Err(); err != nil {
		return true, err
	}
	s.finish()
	return s.failed, nil
}

func (s *summary) fail(what string) {
	s.failed = true
	s.failures = append(s.failures, what)
}

func (s *summary) pkg(path string) *pkg {
	p := s.pkgs[path]
	if p == nil {
		p = &pkg{path: path, tests: map[string]*test{}}
		s.pkgs[path] = p
		s.order = append(s.order, p)
	}
	return p
}

func (s *summary) event(e event) {
	switch e.Action {
	case "build-output":
		s.build[e.ImportPath] = append(s.build[e.ImportPath], e.Output)
		return
	case "build-fail":
		s.buildFailed = append(s.buildFailed, e.ImportPath)
		return
	}
	if e.Package == "" {
		return
	}
	p := s.pkg(e.Package)
	if e.Test == "" {
		switch e.Action {
		case "output":
			p.output = append(p.output, e.Output)
		case "pass", "fail", "skip":
			s.endPackage(p, e)
		}
		return
	}
	t := p.tests[e.Test]
	if t == nil {
		t = &test{name: e.Test}
		p.tests[e.Test] = t
		p.order = append(p.order, t)
	}
	switch e.Action {
	case "output":
		t.output = append(t.output, e.Output)
	case "pass", "fail", "skip":
		t.result = e.Action
	}
}

// endPackage prints a package's result when its last event comes: its ok
// line, or all that explains its failure.
func (s *summary) endPackage(p *pkg, e event) {
	p.done = true
	s.results++
	var failedTests []*test
	for _, t := range p.order {
		switch t.result {
		case "pass":
			s.passed++
		case "fail":
			s.failedTests++
			failedTests = append(failedTests, t)
		case "skip":
			s.skips = append(s.skips, skip{p.path, t.name, skipReason(t.output)})
		}
	}
	if e.Action != "fail" {
		// ok or "[no test files]": the package's own summary line.
		for _, line := range p.output {
			if strings.HasPrefix(line, "ok") || strings.HasPrefix(line, "?") {
				fmt.Fprint(s.w, line)
			}
		}
		return
	}
	if e.FailedBuild != "" {
		s.showBuild(e.FailedBuild)
	}
	for _, t := range p.order {
		// A failing test, or one that never ended: running when the
		// test binary panicked, timed out or exited.
		if t.result == "fail" || t.result == "" {
			for _, line := range t.output {
				fmt.Fprint(s.w, line)
			}
		}
	}
	for _, line := range p.output {
		fmt.Fprint(s.w, line)
	}
	switch {
	case e.FailedBuild != "":
		s.fail(p.path + " [build failed]")
	case len(failedTests) == 0:
		s.fail(p.path)
	}
	for _, t := range failedTests {
		s.fail(p.path + " " + t.name)
	}
}

// showBuild prints the output of a failed build once (a package that does
// not build fails every package whose tests import it).
func (s *summary) showBuild(importPath string) {
	if s.buildShown[importPath] {
		return
	}
	s.buildShown[importPath] = true
	for _, line := range s.build[importPath] {
		fmt.Fprint(s.w, line)
	}
}

// skipReason is a skipped test's output without go test's own lines: the
// message of t.Skip, and what the test logged before it.
func skipReason(output []string) string {
	var parts []string
	for _, line := range output {
		l := strings.TrimSpace(line)
		if l == "" || strings.HasPrefix(l, "=== ") || strings.HasPrefix(l, "--- SKIP: ") {
			continue
		}
		parts = append(parts, l)
	}
	if len(parts) == 0 {
		return "(no reason given)"
	}
	return strings.Join(parts, " ")
}

func (s *summary) finish() {
	for _, path := range s.buildFailed {
		if !s.buildShown[path] {
			s.showBuild(path)
			s.fail(path + " [build failed]")
		}
	}
	for _, p := range s.order {
		if !p.done {
			// The input ended before the package's result: go test was
			// stopped, or its output cut.
			for _, t := range p.order {
				for _, line := range t.output {
					fmt.Fprint(s.w, line)
				}
			}
			for _, line := range p.output {
				fmt.Fprint(s.w, line)
			}
			s.fail(p.path + " [no result]")
		}
	}
	if s.results == 0 && !s.failed {
		s.fail("no test results in the input (is it go test -json?)")
	}

	fmt.Fprintf(s.w, "\n%d tests passed, %d failed, %d skipped\n", s.passed, s.failedTests, len(s.skips))
	if len(s.skips) == 0 {
		fmt.Fprintln(s.w, "Skipped: none")
	} else {
		fmt.Fprintln(s.w, "Skipped:")
		for _, k := range s.skips {
			fmt.Fprintf(s.w, "  %s %s: %s\n", k.pkg, k.test, k.reason)
		}
	}
	if s.failed {
		fmt.Fprintln(s.w, "FAILED:")
		for _, f := range s.failures {
			fmt.Fprintf(s.w, "  %s\n", f)
		}
	}
}
