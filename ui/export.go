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
var formatChoices = []struct {
	label  string
	format report.Format
}{
	{"PDF", report.FormatPDF},
	{"HTML: one file, opens offline", report.FormatHTML},
	{"Word document (DOCX)", report.FormatDOCX},
}

// detailChoices are the export dialog's detail levels, as it words them.
var detailChoices = []struct {
	label  string
	detail report.Detail
}{
	{"Summary: key findings and figures", report.DetailSummary},
	{"Standard: sized for reading", report.DetailStandard},
	{"Full: every passage, redline and text", report.DetailFull},
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
	title.SetPlaceHolder(fmt.Sprintf("Comparison of %d statements", len(ws.result.Statements)))
	analyst := widget.NewEntry()
	analyst.SetText(ws.app.Preferences().String("analyst"))
	paper := widget.NewSelect([]string{"A4", "US Letter"}, nil)
	paper.SetSelected(ws.app.Preferences().StringWithFallback("paper", "A4"))
	baselines := []string{"None (aligned passages only)"}
	for _, st := range ws.result.Statements {
		baselines = append(baselines, st.Title)
	}
	var detailLabels []string
	for _, c := range detailChoices {
		detailLabels = append(detailLabels, c.label)
	}
	detail := widget.NewSelect(detailLabels, nil)
	detail.SetSelectedIndex(1)
	for i, c := range detailChoices {
		if string(c.detail) == ws.app.Preferences().String("reportDetail") {
			detail.SetSelectedIndex(i)
		}
	}
	var formatLabels []string
	for _, c := range formatChoices {
		formatLabels = append(formatLabels, c.label)
	}
	format := widget.NewSelect(formatLabels, nil)
	format.SetSelectedIndex(0)
	for i, c := range formatChoices {
		if string(c.format) == ws.app.Preferences().String("reportFormat") {
			format.SetSelectedIndex(i)
		}
	}
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
		if i := detail.SelectedIndex(); i >= 0 {
			set.detail = detailChoices[i].detail
			ws.app.Preferences().SetString("reportDetail", string(set.detail))
		}
		if i := format.SelectedIndex(); i >= 0 {
			set.format = formatChoices[i].format
			ws.app.Preferences().SetString("reportFormat", string(set.format))
		}
		ws.app.Preferences().SetString("analyst", set.analyst)
		ws.app.Preferences().SetString("paper", paper.Selected)
		ws.chooseReportFile(set)
	}, ws.window)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
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
		})
	}, ws.jobFailed)
}
