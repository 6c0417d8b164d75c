package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// ev is one line of go test -json.
func ev(action, pkg, test, output string) string {
	b, err := json.Marshal(event{Action: action, Package: pkg, Test: test, Output: output})
	if err != nil {
		panic(err)
	}
	return string(b)
}

// run is the events of one test that runs, prints and ends with result.
func run(pkg, test, result string, output ...string) []string {
	lines := []string{ev("run", pkg, test, ""), ev("output", pkg, test, "=== RUN   "+test+"\n")}
	for _, o := range output {
		lines = append(lines, ev("output", pkg, test, o+"\n"))
	}
	lines = append(lines, ev("output", pkg, test, "--- "+strings.ToUpper(result)+": "+test+" (0.00s)\n"))
	return append(lines, ev(result, pkg, test, ""))
}

// passed is the end of a package whose tests passed.
func passed(pkg string) []string {
	return []string{ev("output", pkg, "", "PASS\n"), ev("output", pkg, "", "ok  \t"+pkg+"\t0.012s\n"), ev("pass", pkg, "", "")}
}

// failed is the end of a package whose tests failed.
func failed(pkg string) []string {
	return []string{ev("output", pkg, "", "FAIL\n"), ev("output", pkg, "", "FAIL\t"+pkg+"\t0.012s\n"), ev("fail", pkg, "", "")}
}

func cat(parts ...[]string) string {
	var all []string
	for _, p := range parts {
		all = append(all, p...)
	}
	return strings.Join(all, "\n") + "\n"
}

func TestSummarize(t *testing.T) {
	const a, b = "example.com/m/a", "example.com/m/b"
	for _, tc := range []struct {
		name    string
		in      string
		failed  bool
		want    []string // in the output, in this order
		notWant []string
	}{
		{
			name:    "all pass",
			in:      cat(run(a, "TestOne", "pass", "    a_test.go:3: a log line"), passed(a), []string{ev("output", b, "", "?   \t"+b+"\t[no test files]\n"), ev("skip", b, "", "")}),
			want:    []string{"ok  \t" + a + "\t0.012s\n", "?   \t" + b + "\t[no test files]\n", "1 tests passed, 0 failed, 0 skipped\n", "Skipped: none\n"},
			notWant: []string{"a log line", "=== RUN", "PASS\n", "FAILED"},
		},
		{
			name: "a skip and its reason",
			in: cat(run(a, "TestPDF", "skip", "    report_test.go:79: pdftotext is not installed"),
				run(a, "TestSub", "pass"), run(a, "TestSub/quiet", "skip"), passed(a)),
			want: []string{"ok  \t" + a, "1 tests passed, 0 failed, 2 skipped\n", "Skipped:\n",
				"  " + a + " TestPDF: report_test.go:79: pdftotext is not installed\n",
				"  " + a + " TestSub/quiet: (no reason given)\n"},
			notWant: []string{"FAILED", "--- SKIP"},
		},
		{
			name: "a failing test: its whole output, the package's FAIL line and the list",
			in: cat(run(a, "TestGood", "pass", "    quiet"),
				run(a, "TestBad", "fail", "    a_test.go:7: some log", "    a_test.go:8: boom"), failed(a),
				run(b, "TestFine", "pass"), passed(b)),
			failed: true,
			want: []string{"=== RUN   TestBad\n    a_test.go:7: some log\n    a_test.go:8: boom\n--- FAIL: TestBad (0.00s)\n",
				"FAIL\t" + a + "\t0.012s\n", "ok  \t" + b, "2 tests passed, 1 failed, 0 skipped\n", "FAILED:\n  " + a + " TestBad\n"},
			notWant: []string{"quiet", "TestGood", "TestFine"},
		},
		{
			name: "a failing subtest: parent first, then the subtest",
			in: cat([]string{ev("run", a, "TestP", ""), ev("output", a, "TestP", "=== RUN   TestP\n")},
				run(a, "TestP/one", "skip", "    p_test.go:9: later"), run(a, "TestP/two", "fail", "    p_test.go:10: sub failed"),
				[]string{ev("output", a, "TestP", "--- FAIL: TestP (0.00s)\n"), ev("fail", a, "TestP", "")}, failed(a)),
			failed: true,
			want: []string{"=== RUN   TestP\n--- FAIL: TestP (0.00s)\n", "=== RUN   TestP/two\n    p_test.go:10: sub failed\n",
				"Skipped:\n  " + a + " TestP/one: p_test.go:9: later\n", "FAILED:\n  " + a + " TestP\n  " + a + " TestP/two\n"},
		},
		{
			name: "a panic: the output of the test that was running",
			in: cat([]string{ev("run", a, "TestPanic", ""), ev("output", a, "TestPanic", "=== RUN   TestPanic\n"),
				ev("output", a, "TestPanic", "panic: oh no\n"), ev("output", a, "", "FAIL\t"+a+"\t0.017s\n"), ev("fail", a, "", "")}),
			failed: true,
			want:   []string{"=== RUN   TestPanic\npanic: oh no\n", "FAIL\t" + a + "\t0.017s\n", "FAILED:\n  " + a + "\n"},
		},
		{
			name: "a build failure, shown once for the two packages it fails",
			in: cat([]string{
				`{"ImportPath":"example.com/m/c","Action":"build-output","Output":"# example.com/m/c\n"}`,
				`{"ImportPath":"example.com/m/c","Action":"build-output","Output":"c/c.go:5:32: undefined: x\n"}`,
				`{"ImportPath":"example.com/m/c","Action":"build-fail"}`,
				ev("start", a, "", ""), ev("output", a, "", "FAIL\t"+a+" [build failed]\n"),
				`{"Action":"fail","Package":"` + a + `","FailedBuild":"example.com/m/c"}`,
				ev("start", b, "", ""), ev("output", b, "", "FAIL\t"+b+" [build failed]\n"),
				`{"Action":"fail","Package":"` + b + `","FailedBuild":"example.com/m/c"}`,
			}),
			failed: true,
			want: []string{"# example.com/m/c\nc/c.go:5:32: undefined: x\nFAIL\t" + a + " [build failed]\nFAIL\t" + b + " [build failed]\n",
				"FAILED:\n  " + a + " [build failed]\n  " + b + " [build failed]\n"},
		},
		{
			name: "a vet failure in go test's build, its package never started",
			in: cat([]string{`{"ImportPath":"example.com/m/d [example.com/m/d.test]","Action":"build-output","Output":"d/d_test.go:5:42: fmt.Printf format %d has arg \"x\" of wrong type string\n"}`,
				`{"ImportPath":"example.com/m/d [example.com/m/d.test]","Action":"build-fail"}`}, run(a, "TestOK", "pass"), passed(a)),
			failed: true,
			want:   []string{"ok  \t" + a, "d/d_test.go:5:42: fmt.Printf format %d", "FAILED:\n  example.com/m/d [example.com/m/d.test] [build failed]\n"},
		},
		{
			name:   "a line that is not JSON and says FAIL",
			in:     "FAIL\texample.com/m/e [setup failed]\n" + cat(run(a, "TestOK", "pass"), passed(a)),
			failed: true,
			want:   []string{"FAIL\texample.com/m/e [setup failed]\n", "ok  \t" + a, "FAILED:\n  FAIL\texample.com/m/e [setup failed]\n"},
		},
		{
			name:   "cut off before the package's result",
			in:     cat(run(a, "TestOK", "pass"), []string{ev("run", a, "TestSlow", ""), ev("output", a, "TestSlow", "=== RUN   TestSlow\n")}),
			failed: true,
			want:   []string{"=== RUN   TestSlow\n", "FAILED:\n  " + a + " [no result]\n"},
		},
		{
			name:   "no input",
			in:     "",
			failed: true,
			want:   []string{"0 tests passed, 0 failed, 0 skipped\n", "FAILED:\n  no test results in the input"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			failed, err := summarize(strings.NewReader(tc.in), &out)
			if err != nil {
				t.Fatal(err)
			}
			got := out.String()
			if failed != tc.failed {
				t.Errorf("failed = %v, want %v; output:\n%s", failed, tc.failed, got)
			}
			rest := got
			for _, w := range tc.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("%q is not in the output (after what came before); output:\n%s", w, got)
					continue
				}
				rest = rest[i+len(w):]
			}
			for _, w := range tc.notWant {
				if strings.Contains(got, w) {
					t.Errorf("%q should not be in the output:\n%s", w, got)
				}
			}
		})
	}
}
