package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/report"
	"github.com/parley-app/parley/statement"
)

// exportSettings are the choices of the export dialog.
type exportSettings struct {
	title, analyst string
	paper          report.Paper
	baseline       string // statement id, "" for none
	detail         report.Detail
	format         report.Format
}

// formatChoices are the export dialog's file formats.
var formatChoices = []choice{
	{"PDF", string(report.FormatPDF)},
	{"HTML: one file, opens offline", string(report.FormatHTML)},
	{"Word document (DOCX)", string(report.FormatDOCX)},
}

// choiceSelect offers choices, the one the preference key remembers
// selected, else the one at fallback.
func (ws *Workspace) choiceSelect(choices []choice, key string, fallback int) *widget.Select {
	labels := make([]string, len(choices))
	for i, c := range choices {
		labels[i] = c.label
	}
	s := widget.NewSelect(labels, nil)
	s.SetSelectedIndex(fallback)
	for i, c := range choices {
		if c.value == ws.app.Preferences().String(key) {
			s.SetSelectedIndex(i)
		}
	}
	return s
}

// chosen is the value of the selected choice, remembered under key.
func (ws *Workspace) chosen(s *widget.Select, choices []choice, key string) string {
	i := s.SelectedIndex()
	if i < 0 {
		return ""
	}
	ws.app.Preferences().SetString(key, choices[i].value)
	return choices[i].value
}

// choice is an option of the export dialog: its label and the value it
// stands for (a detail level, a format).
type choice struct{ label, value string }

// detailChoices are the export dialog's detail levels, as it words them.
var detailChoices = []choice{
	{"Summary: key findings and figures", string(report.DetailSummary)},
	{"Standard: sized for reading", string(report.DetailStandard)},
	{"Full: every passage, redline and text", string(report.DetailFull)},
}

// exportDialog asks for the report's title, analyst, paper and baseline,
// then where to save it (File → Export Report…, Ctrl+E).
func (ws *Workspace) exportDialog() {
	if ws.result == nil || len(ws.result.Statements) == 0 {
		ws.showError(fmt.Errorf("there is nothing to report yet: include statements and wait for the analysis"))
		return
	}
	title := widget.NewEntry()
	title.SetText(ws.project.Title)
	title.SetPlaceHolder("Comparison of " + counted(len(ws.result.Statements), "statement", "statements"))
	analyst := widget.NewEntry()
	analyst.SetText(ws.app.Preferences().String("analyst"))
	paper := widget.NewSelect([]string{"A4", "US Letter"}, nil)
	paper.SetSelected(ws.app.Preferences().StringWithFallback("paper", "A4"))
	baselines := []string{"None (aligned passages only)"}
	for _, st := range ws.result.Statements {
		baselines = append(baselines, ws.result.Name(st.ID))
	}
	detail := ws.choiceSelect(detailChoices, "reportDetail", 1)
	format := ws.choiceSelect(formatChoices, "reportFormat", 0)
	baseline := widget.NewSelect(baselines, nil)
	baseline.SetSelectedIndex(0)
	chosen := ws.result.ReportBaseline(ws.project.Settings.Baseline) // as parley report chooses
	for i, st := range ws.result.Statements {
		if st.ID == chosen {
			baseline.SetSelectedIndex(i + 1)
		}
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Title", title),
		widget.NewFormItem("Analyst", analyst),
		widget.NewFormItem("Paper", paper),
		widget.NewFormItem("Detail", detail),
		widget.NewFormItem("Format", format),
		widget.NewFormItem("Version diff against", baseline),
	}
	d := dialog.NewForm("Export comparison report", "Choose file…", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		set := exportSettings{title: title.Text, analyst: analyst.Text, paper: report.A4}
		if paper.Selected == "US Letter" {
			set.paper = report.Letter
		}
		if i := baseline.SelectedIndex(); i > 0 {
			set.baseline = ws.result.Statements[i-1].ID
		}
		set.detail = report.Detail(ws.chosen(detail, detailChoices, "reportDetail"))
		set.format = report.Format(ws.chosen(format, formatChoices, "reportFormat"))
		ws.app.Preferences().SetString("analyst", set.analyst)
		ws.app.Preferences().SetString("paper", paper.Selected)
		ws.chooseReportFile(set)
	}, ws.window)
	d.Resize(fyne.NewSize(520, 0))
	unfocusOnClose(d, title, analyst)
	d.Show()
	ws.trace.mark("export-dialog")
}

func (ws *Workspace) chooseReportFile(set exportSettings) {
	ext := set.format.Extension()
	if set.format == "" {
		ext = report.FormatPDF.Extension()
	}
	ws.chooseSaveFile(ext, statement.Slug(set.title), "parley-report", func(path string) { ws.exportTo(path, set) })
}

// exportTo writes the report in the background, with progress.
func (ws *Workspace) exportTo(path string, set exportSettings) {
	a := ws.result
	p := ws.project.Clone()
	sts := p.Included()
	opt := report.ProjectOptions(p, a)
	opt.Title, opt.Analyst, opt.Paper, opt.Baseline, opt.Detail, opt.Format = set.title, set.analyst, set.paper, set.baseline, set.detail, set.format
	opt.Version = ws.app.Metadata().Version
	opt.Progress = func(done float64) { ws.bg.post(func() { ws.status.working("Writing the report…", done) }) }
	ws.status.working("Writing the report…", 0)
	ctx, cancel := context.WithCancel(context.Background())
	ws.status.cancellable(cancel)
	ws.bg.run(func() {
		defer cancel()
		var buf bytes.Buffer
		err := report.WriteContext(ctx, &buf, a, sts, opt)
		if err == nil {
			err = project.WriteFileAtomic(path, buf.Bytes(), false)
		}
		ws.bg.post(func() {
			ws.status.done()
			switch {
			case errors.Is(err, context.Canceled):
				ws.status.notify("Export cancelled: no file was written")
				return
			case err != nil:
				slog.Error("report not written", "path", path, "err", err)
				ws.showError(fmt.Errorf("the report was not written: %w", err))
				return
			}
			ws.status.notify(fmt.Sprintf("Report written: %s (%d KB)", path, buf.Len()/1024))
			ws.trace.mark("exported")
		})
	}, ws.jobFailed)
}
