package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// sidebar lists every statement of the project: include or exclude it from
// the panes, reorder it, remove it, or add more.
type sidebar struct {
	ws       *Workspace
	list     *widget.List
	selected int // -1: none
	remove   *widget.Button
	up, down *widget.Button
	edit     *widget.Button
	baseline *widget.Button
	box      fyne.CanvasObject
}

func newSidebar(ws *Workspace) *sidebar {
	s := &sidebar{ws: ws, selected: -1}
	s.list = widget.NewList(s.length, s.newRow, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) { s.selected = id; s.updateButtons() }
	s.list.OnUnselected = func(widget.ListItemID) { s.selected = -1; s.updateButtons() }

	add := widget.NewButtonWithIcon("", theme.ContentAddIcon(), ws.openStatementsDialog)
	paste := widget.NewButtonWithIcon("", theme.ContentPasteIcon(), ws.pasteStatementDialog)
	s.remove = widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), s.removeSelected)
	s.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { s.move(-1) })
	s.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { s.move(1) })
	s.edit = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { ws.editMetadataDialog(s.selected) })
	s.baseline = widget.NewButtonWithIcon("", theme.RadioButtonCheckedIcon(), func() { ws.setBaseline(s.selected) })
	s.updateButtons()

	heading := widget.NewLabelWithStyle("Statements", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	buttons := container.NewGridWithColumns(7, add, paste, s.edit, s.baseline, s.remove, s.up, s.down)
	s.box = container.NewBorder(heading, buttons, nil, nil, s.list)
	return s
}

func (s *sidebar) object() fyne.CanvasObject { return s.box }

func (s *sidebar) length() int { return len(s.ws.project.Statements) }

func (s *sidebar) newRow() fyne.CanvasObject {
	check := widget.NewCheck("", nil)
	title := widget.NewLabelWithStyle("Statement title", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("Speaker · date")
	detail.Truncation = fyne.TextTruncateEllipsis
	detail.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, check, nil, container.NewVBox(title, detail))
}

func (s *sidebar) updateRow(id widget.ListItemID, row fyne.CanvasObject) {
	if id >= len(s.ws.project.Statements) {
		return
	}
	e := s.ws.project.Statements[id]
	border := row.(*fyne.Container)
	text := border.Objects[0].(*fyne.Container)
	check := border.Objects[1].(*widget.Check)
	text.Objects[0].(*widget.Label).SetText(e.DisplayTitle())
	base := ""
	if e.Included && e.ID == s.ws.baselineID() {
		base = "baseline"
	}
	text.Objects[1].(*widget.Label).SetText(joinNonEmpty(" · ", base, e.Speaker, e.Date))
	check.OnChanged = nil // SetChecked must not count as the analyst's click
	check.SetChecked(e.Included)
	check.OnChanged = func(on bool) { s.setIncluded(id, on, check) }
}

func (s *sidebar) setIncluded(id int, on bool, check *widget.Check) {
	if on && len(s.ws.project.Included()) >= MaxPanes {
		check.OnChanged = nil
		check.SetChecked(false)
		check.OnChanged = func(on bool) { s.setIncluded(id, on, check) }
		s.ws.status.notify(fmt.Sprintf("At most %d statements fit side by side: exclude one before including another.", MaxPanes))
		return
	}
	s.ws.project.Statements[id].Included = on
	s.ws.changed()
}

func (s *sidebar) updateButtons() {
	n := len(s.ws.project.Statements)
	setEnabled(s.remove, s.selected >= 0 && s.selected < n)
	setEnabled(s.edit, s.selected >= 0 && s.selected < n)
	setEnabled(s.baseline, s.selected >= 0 && s.selected < n)
	setEnabled(s.up, s.selected > 0 && s.selected < n)
	setEnabled(s.down, s.selected >= 0 && s.selected < n-1)
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func (s *sidebar) refresh() {
	if s.selected >= len(s.ws.project.Statements) {
		s.selected = -1
		s.list.UnselectAll()
	}
	s.list.Refresh()
	s.updateButtons()
}

func (s *sidebar) move(delta int) {
	i, j := s.selected, s.selected+delta
	sts := s.ws.project.Statements
	if i < 0 || j < 0 || j >= len(sts) {
		return
	}
	sts[i], sts[j] = sts[j], sts[i]
	s.ws.changed()
	s.list.Select(j)
}

func (s *sidebar) removeSelected() {
	i := s.selected
	if i < 0 || i >= len(s.ws.project.Statements) {
		return
	}
	title := s.ws.project.Statements[i].DisplayTitle()
	dialog.ShowConfirm("Remove statement?",
		fmt.Sprintf("Remove “%s” from this comparison? The file on disk is not touched.", title),
		func(ok bool) {
			if ok {
				s.removeAt(i)
			}
		}, s.ws.window)
}

func (s *sidebar) removeAt(i int) {
	sts := s.ws.project.Statements
	s.ws.project.Statements = append(sts[:i:i], sts[i+1:]...)
	s.selected = -1
	s.list.UnselectAll()
	s.ws.changed()
}
