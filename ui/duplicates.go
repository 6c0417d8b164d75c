package ui

import (
	"fmt"

	"strings"

	"fyne.io/fyne/v2"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

// confirmDuplicates says which statements repeat a text already open, or
// one added with them, and leaves them out unless the analyst adds them as
// copies on purpose.
func (ws *Workspace) confirmDuplicates(sts []statement.Statement, pairs []statement.TranslationPair, dups []project.Duplicate) {
	lines := make([]string, len(dups))
	for i, d := range dups {
		where := "already open"
		if d.OfIndex >= 0 {
			where = "among the statements you chose"
		}
		lines[i] = fmt.Sprintf("“%s” has the same text as “%s”, %s.", sts[d.Index].DisplayTitle(), d.Of, where)
	}
	msg := widget.NewLabel(strings.Join(lines, "\n") + "\n\nComparing a text with itself doubles every pane and pair.")
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("The same text twice", "Add as a copy", "Leave it out", msg, func(copies bool) {
		if !copies {
			sts, pairs = project.WithoutDuplicates(sts, pairs, dups)
			ws.status.notify(fmt.Sprintf("Left out %s: the same text is already open.", plural(len(dups), "statement")))
		}
		ws.addLinkedNow(sts, pairs)
	}, ws.window)
	d.Show()
}
