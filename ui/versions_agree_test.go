package ui

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/parley-app/parley/cli"
	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/report"
)

// TestVersionCountsAgree: the Wording view, the PDF report and `parley
// diff --json` give the same change counts for the readout and its
// revision, because all three read one computation; the window's diff is
// the very one the analysis keeps for the report.
func TestVersionCountsAgree(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	v := ws.wording
	if len(v.diffs) != 1 {
		t.Fatalf("the Wording view shows %d diffs, want the original against its revision", len(v.diffs))
	}
	window := v.diffs[0].res
	sts := ws.project.Included()
	kept, err := ws.result.VersionDiff(t.Context(), sts[0].ID, sts[1].ID, compare.DiffOptions{})
	if err != nil || kept != window {
		t.Fatalf("the analysis keeps %p (%v), the window shows %p: not one computation", kept, err, window)
	}

	fromCLI := diffJSON(t, "../testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v1_original.txt",
		"../testdata/corpus/versions/us_readout_biden_netanyahu_2023-03-19_v2_revised.txt")
	if fromCLI != window.Summary {
		t.Errorf("parley diff --json counts %+v, the Wording view %+v", fromCLI, window.Summary)
	}

	fromPDF := reportCounts(t, ws)
	if fromPDF != window.Summary {
		t.Errorf("the report counts %+v, the Wording view %+v", fromPDF, window.Summary)
	}
	if window.Summary.Deleted != 12 {
		t.Errorf("the revision drops one 12-word sentence; all three say %+v", window.Summary)
	}
}

func diffJSON(t *testing.T, a, b string) compare.DiffSummary {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := cli.Run([]string{"diff", "--json", a, b}, cli.Env{Stdout: &stdout, Stderr: &stderr}); code != 0 {
		t.Fatalf("parley diff: exit %d, %s", code, stderr.String())
	}
	var out compare.VersionDiff
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out.Summary
}

// versionLine is the report's sentence under each version redline.
var versionLine = regexp.MustCompile(`(\d+) words deleted, (\d+) inserted, (\d+) moved, (\d+) unchanged`)

// reportCounts writes the workspace's report with the original as the
// baseline, as the export dialog would, and reads the counts it prints.
func reportCounts(t *testing.T, ws *Workspace) compare.DiffSummary {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; make test installs it")
	}
	baseline := ws.result.ReportBaseline(ws.project.Settings.Baseline)
	if baseline != ws.project.Included()[0].ID {
		t.Fatalf("the export dialog's baseline is %q, want the original", baseline)
	}
	opt := report.ProjectOptions(ws.project, ws.result)
	opt.Baseline = baseline
	path := filepath.Join(t.TempDir(), "r.pdf")
	var buf bytes.Buffer
	if err := report.Write(&buf, ws.result, ws.project.Included(), opt); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	m := versionLine.FindSubmatch(bytes.Join(bytes.Fields(text), []byte(" ")))
	if m == nil {
		t.Fatalf("the report prints no version counts:\n%s", text)
	}
	n := func(i int) int { v, _ := strconv.Atoi(string(m[i])); return v }
	return compare.DiffSummary{Deleted: n(1), Inserted: n(2), Moved: n(3), Unchanged: n(4)}
}
