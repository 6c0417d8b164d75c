package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/internal/rtl"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

// sidebar lists every statement of the project: include or exclude it from
// the panes, reorder it, remove it, or add more.
type sidebar struct {
	deps     sidebarDeps
	list     *widget.List
	selected int // -1: none
	remove   *widget.Button
	up, down *widget.Button
	edit     *widget.Button
	baseline *widget.Button
	box      fyne.CanvasObject
}

// sidebarDeps is what the sidebar needs: the project's statements, and the
// window's actions on them. The sidebar changes nothing itself: it asks,
// and the window changes the project and shows the change.
type sidebarDeps struct {
	statements    func() []project.Entry    // the project's statements, in order
	baseline      func() string             // the id of the statement the others are compared with
	partner       func(i int) int           // the index of statement i's translation or original, or -1
	add, paste    func()                    // open statement files; paste text as a new statement
	edit          func(i int)               // edit statement i's details
	useAsBaseline func(i int)               // compare the others with statement i
	include       func(i int, on bool) bool // include or exclude statement i; false when refused
	swap          func(i, j int)            // exchange statements i and j
	remove        func(i int)               // remove statement i from the comparison
	window        fyne.Window               // the parent of the sidebar's dialog
}

func newSidebar(deps sidebarDeps) *sidebar {
	s := &sidebar{deps: deps, selected: -1}
	s.list = widget.NewList(s.length, s.newRow, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) { s.selected = id; s.updateButtons() }
	s.list.OnUnselected = func(widget.ListItemID) { s.selected = -1; s.updateButtons() }

	add := widget.NewButtonWithIcon("", theme.ContentAddIcon(), deps.add)
	paste := widget.NewButtonWithIcon("", theme.ContentPasteIcon(), deps.paste)
	s.remove = widget.NewButtonWithIcon("", theme.ContentRemoveIcon(), s.removeSelected)
	s.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { s.move(-1) })
	s.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { s.move(1) })
	s.edit = widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { deps.edit(s.selected) })
	s.baseline = widget.NewButtonWithIcon("", theme.RadioButtonCheckedIcon(), func() { deps.useAsBaseline(s.selected) })
	s.updateButtons()

	heading := widget.NewLabelWithStyle("Statements", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	// A row that scrolls rather than holds the sidebar at seven buttons' width.
	buttons := container.NewHScroll(container.NewHBox(add, paste, s.edit, s.baseline, s.remove, s.up, s.down))
	s.box = container.NewBorder(heading, buttons, nil, nil, s.list)
	return s
}

func (s *sidebar) object() fyne.CanvasObject { return s.box }

func (s *sidebar) length() int { return len(s.deps.statements()) }

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
	sts := s.deps.statements()
	if id >= len(sts) {
		return
	}
	e := sts[id]
	border := row.(*fyne.Container)
	text := border.Objects[0].(*fyne.Container)
	check := border.Objects[1].(*widget.Check)
	text.Objects[0].(*widget.Label).SetText(entryName(sts, id))
	base := ""
	if e.Included && e.ID == s.deps.baseline() {
		base = "baseline"
	}
	// The date first, where truncation does not reach it: it tells a
	// series apart. Each field isolated: a Hebrew speaker must not carry
	// the separators and spaces around it into its own direction.
	text.Objects[1].(*widget.Label).SetText(joinNonEmpty(" · ", e.Date, samePlace(sts, id), base, rtl.Isolate(s.link(id)), rtl.Isolate(e.Speaker)))
	check.OnChanged = nil // SetChecked must not count as the analyst's click
	check.SetChecked(e.Included)
	check.OnChanged = func(on bool) { s.setIncluded(id, on, check) }
}

// link names statement i's translation or original: an original and its
// translation share one pane, and are included or excluded together.
func (s *sidebar) link(i int) string {
	sts := s.deps.statements()
	j := -1
	if s.deps.partner != nil {
		j = s.deps.partner(i)
	}
	if j < 0 || j >= len(sts) {
		return ""
	}
	if sts[i].Translation == sts[j].ID || sts[j].TranslationOf == sts[i].ID {
		return "translated as “" + entryName(sts, j) + "”"
	}
	return "translation of “" + entryName(sts, j) + "”"
}

// setIncluded asks to include or exclude statement id; when that is
// refused, its box is set back.
func (s *sidebar) setIncluded(id int, on bool, check *widget.Check) {
	if s.deps.include(id, on) {
		return
	}
	check.OnChanged = nil
	check.SetChecked(!on)
	check.OnChanged = func(on bool) { s.setIncluded(id, on, check) }
}

func (s *sidebar) updateButtons() {
	n := s.length()
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
	if s.selected >= s.length() {
		s.selected = -1
		s.list.UnselectAll()
	}
	s.list.Refresh()
	s.updateButtons()
}

// toggleSelected includes the selected statement, or excludes it.
func (s *sidebar) toggleSelected() {
	sts := s.deps.statements()
	if s.selected < 0 || s.selected >= len(sts) {
		return
	}
	if s.deps.include(s.selected, !sts[s.selected].Included) {
		s.list.RefreshItem(s.selected)
	}
}

func (s *sidebar) move(delta int) {
	i, j := s.selected, s.selected+delta
	if i < 0 || j < 0 || j >= s.length() {
		return
	}
	s.deps.swap(i, j)
	s.list.Select(j)
}

func (s *sidebar) removeSelected() {
	i := s.selected
	sts := s.deps.statements()
	if i < 0 || i >= len(sts) {
		return
	}
	title := entryName(sts, i)
	dialog.ShowConfirm("Remove statement?",
		fmt.Sprintf("Remove “%s” from this comparison? The file on disk is not touched.", title),
		func(ok bool) {
			if ok {
				s.removeAt(i)
			}
		}, s.deps.window)
}

func (s *sidebar) removeAt(i int) {
	s.selected = -1
	s.list.UnselectAll()
	s.deps.remove(i)
}

// entryName names entry i so that no two entries read the same
// (statement.DistinctTitle).
func entryName(sts []project.Entry, i int) string {
	return statement.DistinctTitle(entryStatements(sts), i)
}

// entryStatements are the entries' statements.
func entryStatements(sts []project.Entry) []statement.Statement {
	plain := make([]statement.Statement, len(sts))
	for k, e := range sts {
		plain[k] = e.Statement
	}
	return plain
}

// samePlace is "1 of 2 so titled" for an entry that shares its title and
// date with others (a readout and its revision), else "": the title line
// is cut before the place its distinct name ends with, the detail line
// shows it.
func samePlace(sts []project.Entry, i int) string {
	if k, n := statement.SamePlace(entryStatements(sts), i); n > 1 {
		return fmt.Sprintf("%d of %d so titled", k, n)
	}
	return ""
}
