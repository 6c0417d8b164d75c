package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
)

// paneArea lays the included statements side by side, one scrolling pane
// each.
type paneArea struct {
	box   *fyne.Container
	panes []*pane
}

// pane shows one statement: a header with its metadata, then its text,
// wrapped and selectable so the analyst can copy a quote.
type pane struct {
	statement compare.Statement
	title     *widget.Label
	meta      *widget.Label
	counts    *widget.Label
	text      *widget.Label
	scroll    *container.Scroll
	header    fyne.CanvasObject
	body      fyne.CanvasObject
}

func newPaneArea() *paneArea {
	return &paneArea{box: container.NewStack()}
}

func (a *paneArea) object() fyne.CanvasObject { return a.box }

// show rebuilds the panes for statements (at most MaxPanes of them).
func (a *paneArea) show(statements []compare.Statement) {
	if len(statements) > MaxPanes {
		statements = statements[:MaxPanes]
	}
	a.panes = a.panes[:0]
	if len(statements) == 0 {
		a.box.Objects = []fyne.CanvasObject{emptyHint()}
		a.box.Refresh()
		return
	}
	// Headers share one row so that every pane's text starts at the same height.
	headers := make([]fyne.CanvasObject, 0, len(statements))
	bodies := make([]fyne.CanvasObject, 0, len(statements))
	for _, st := range statements {
		p := newPane(st)
		a.panes = append(a.panes, p)
		headers = append(headers, p.header)
		bodies = append(bodies, p.body)
	}
	a.box.Objects = []fyne.CanvasObject{container.NewBorder(
		container.NewVBox(container.NewGridWithColumns(len(headers), headers...), widget.NewSeparator()), nil, nil, nil,
		container.NewGridWithColumns(len(bodies), bodies...))}
	a.box.Refresh()
}

func emptyHint() fyne.CanvasObject {
	hint := widget.NewLabel("No statements to compare yet.\n\nOpen statement files (Ctrl+O), paste text as a new statement (Ctrl+Shift+V),\nor drop .txt, .md or .parley files on this window.")
	hint.Alignment = fyne.TextAlignCenter
	return container.NewCenter(hint)
}

func newPane(st compare.Statement) *pane {
	p := &pane{statement: st}
	p.title = widget.NewLabelWithStyle(st.DisplayTitle(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Wrapping = fyne.TextWrapWord
	p.meta = widget.NewLabel(joinNonEmpty(" · ", st.Speaker, st.Organization, st.Date))
	p.meta.Wrapping = fyne.TextWrapWord
	p.meta.Importance = widget.LowImportance
	p.counts = widget.NewLabel("")
	p.counts.Importance = widget.LowImportance
	p.text = widget.NewLabel(st.Text)
	p.text.Wrapping = fyne.TextWrapWord
	p.text.Selectable = true
	p.scroll = container.NewVScroll(p.text)
	p.header = container.NewVBox(p.title, p.meta, p.counts)
	p.body = p.scroll
	return p
}

func (a *paneArea) showAnalysis(an *compare.Analysis) {
	byID := make(map[string]compare.StatementStats, len(an.Stats))
	for _, s := range an.Stats {
		byID[s.ID] = s
	}
	for _, p := range a.panes {
		if s, ok := byID[p.statement.ID]; ok {
			p.counts.SetText(plural(s.Words, "word") + " · " + plural(s.Paragraphs, "paragraph"))
		}
	}
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return thousands(n) + " " + unit + "s"
}
