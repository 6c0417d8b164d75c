package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/report"
)

func TestExportPDF(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.setNote(project.NoteOnPassage, "kirby:s4", "Softer line")
	test.Tap(findToolbarExport(t, ws))
	dlg := ws.window.Canvas().Overlays().Top()
	if dlg == nil || findButton(dlg, "Choose file…") == nil {
		t.Fatal("Export Report… did not open its dialog")
	}
	// The dialog offers the three detail levels, standard first chosen.
	var selects []*widget.Select
	collectSelects(dlg, &selects)
	detail := -1
	for i, s := range selects {
		if len(s.Options) == len(detailChoices) && strings.HasPrefix(s.Options[2], "Full") {
			detail = i
		}
	}
	if detail < 0 || selects[detail].SelectedIndex() != 1 {
		t.Fatalf("no detail choice with Standard selected among %d selects", len(selects))
	}
	path := filepath.Join(t.TempDir(), "demo.pdf")
	ws.exportTo(path, exportSettings{title: "Demo report", paper: report.Letter, baseline: "white-house", detail: report.DetailFull})
	ws.bg.settle()
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	if !strings.Contains(ws.status.notice.Text, "Report written") {
		t.Errorf("status %q", ws.status.notice.Text)
	}
}

func findToolbarExport(t *testing.T, ws *Workspace) *widget.Button {
	t.Helper()
	items := ws.toolbar.Items
	action := items[len(items)-1].(*widget.ToolbarAction)
	if action.Disabled() {
		t.Fatal("the Export Report toolbar button is disabled")
	}
	return action.ToolbarObject().(*widget.Button)
}

func collectSelects(o fyne.CanvasObject, out *[]*widget.Select) {
	switch v := o.(type) {
	case *widget.Select:
		*out = append(*out, v)
	case *fyne.Container:
		for _, c := range v.Objects {
			collectSelects(c, out)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			collectSelects(c, out)
		}
	}
}
