package cli

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/report"
)

func runReport(env Env, args []string) int {
	fs := newFlags("report")
	out := fs.String("o", "", "the file to write (default parley-report.pdf, .html or .docx)")
	formatFlag := fs.String("format", "", "pdf (default), html (one self-contained file) or docx; default from -o's extension")
	actorsFile := addActorsFlag(fs)
	base := addBaselineFlags(fs)
	paper := fs.String("paper", "a4", "paper size: a4 or letter")
	title := fs.String("title", "", "report title")
	analyst := fs.String("analyst", "", "analyst name for the cover and the PDF metadata")
	detailFlag := fs.String("detail", "standard", "how much the report holds: summary (findings and summary), standard (sized for reading) or full (every passage, redline and commitment, the full texts)")
	if !parseFlags(env, fs, args) {
		return ExitUsage
	}
	detail, detailErr := report.ParseDetail(*detailFlag)
	if detailErr != nil {
		return usageError(env, "report: %v", detailErr)
	}
	format, formatErr := reportFormat(*formatFlag, *out)
	if formatErr != nil {
		return usageError(env, "report: %v", formatErr)
	}
	if *out == "" {
		*out = "parley-report" + format.Extension()
	}
	if fs.NArg() == 0 {
		return usageError(env, "report: name statement files or a project")
	}
	if *paper != string(report.A4) && *paper != string(report.Letter) {
		return usageError(env, "report: --paper must be a4 or letter, not %q", *paper)
	}
	actors, err := actorsFile.read()
	if err != nil {
		env.fail(err)
		return ExitUsage
	}
	w, err := LoadFiles(fs.Args())
	if err != nil {
		env.fail(err)
		return ExitUsage
	}
	env.notify(w)
	if _, err := actorsFile.addTo(&w, actors); err != nil {
		env.fail(err)
		return ExitUsage
	}
	p := w.Project
	if err := report.CheckStatements(len(p.Included())); err != nil {
		env.fail(err) // before the analysis: nothing would come of it
		return ExitUsage
	}
	picked, rule, err := base.choice(p)
	if err != nil {
		return usageError(env, "report: %v", err)
	}
	a, err := compare.Analyze(context.Background(), p.Included(),
		compare.Options{Overrides: p.Settings.Overrides, Actors: compare.ActorsWith(p.Settings.Actors), Baseline: picked, BaselineRule: rule}, nil)
	if err != nil {
		env.fail(err)
		return ExitError
	}
	baseline := a.ReportBaseline(picked)
	if *title == "" {
		*title = p.Title
	}
	opt := report.ProjectOptions(p, a)
	opt.Date = time.Now()
	opt.Title, opt.Analyst, opt.Paper, opt.Baseline, opt.Version = *title, *analyst, report.Paper(*paper), baseline, env.Info.Version
	opt.Detail, opt.Format = detail, format
	var buf bytes.Buffer
	if err := report.Write(&buf, a, p.Included(), opt); err != nil {
		env.fail(fmt.Errorf("%s: %w", *out, err))
		return ExitError
	}
	if err := project.WriteFileAtomic(*out, buf.Bytes(), false); err != nil {
		env.fail(err)
		return ExitError
	}
	fmt.Fprintf(env.Stderr, "wrote %s (%d KB)\n", *out, buf.Len()/1024)
	return ExitOK
}

// reportFormat is the --format given, else the one -o's extension names,
// else PDF.
func reportFormat(flag, out string) (report.Format, error) {
	if flag != "" {
		return report.ParseFormat(flag)
	}
	switch ext := strings.ToLower(filepath.Ext(out)); ext {
	case ".html", ".htm":
		return report.FormatHTML, nil
	case ".docx":
		return report.FormatDOCX, nil
	}
	return report.FormatPDF, nil
}
