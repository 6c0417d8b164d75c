package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/ui/textview"
)

// rowEdit marks a sentence that a neighbouring version of its text lacks
// (compare.VersionEdits): its row says so above its text, with a bar in
// the mark's colour, and the gutter draws it as a wedge to the gap.
type rowEdit uint8

const (
	editRemoved rowEdit = 1 << iota // the later version removed it
	editAdded                       // the earlier version did not have it
)

func (e rowEdit) caption() string {
	switch e {
	case editRemoved:
		return "− Removed in the later version"
	case editAdded:
		return "+ Added in this version"
	case editRemoved | editAdded:
		return "± Added in this version, removed in the later one"
	}
	return ""
}

func (e rowEdit) colour() fyne.ThemeColorName {
	switch e {
	case editRemoved:
		return theme.ColorNameError
	case editAdded:
		return theme.ColorNameSuccess
	}
	return theme.ColorNameWarning
}

// editRuns is the caption line above an edited sentence's text.
func editRuns(e rowEdit) []textview.Run {
	if e == 0 {
		return nil
	}
	return []textview.Run{{Text: e.caption() + "\n", Style: fyne.TextStyle{Bold: true}, Color: e.colour(), Size: theme.SizeNameCaptionText}}
}

// versionEdits finds, for each two neighbouring panes, what the later
// version removed and added when they are versions of one text (ok false
// for the other neighbours), and the mark of each edited sentence.
func (a *paneArea) versionEdits(an *compare.Analysis) (edits []compare.VersionEdits, ok []bool, marks map[string]rowEdit) {
	marks = map[string]rowEdit{}
	for i := 1; i < len(a.panes); i++ {
		e, versions := an.VersionEdits(a.panes[i-1].statement.ID, a.panes[i].statement.ID)
		edits, ok = append(edits, e), append(ok, versions)
		for _, id := range e.Removed {
			marks[id] |= editRemoved
		}
		for _, id := range e.Added {
			marks[id] |= editAdded
		}
	}
	return edits, ok, marks
}
