package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/internal/clip"
	"github.com/parley-app/parley/project"
)

// notesView lists the analyst's notes; clicking one shows what it is on.
type notesView struct {
	deps notesDeps
	list *widget.List
	box  fyne.CanvasObject
}

// notesDeps is what the Notes view needs: the notes, the analysis that
// says what they are on, and where a click on one leads.
type notesDeps struct {
	notes    func() []project.Note    // the project's notes, as they are now
	analysis func() *compare.Analysis // the analysis shown; nil before the first
	reveal   func(sentenceID string)  // shows a sentence side by side, selected
}

func newNotesView(deps notesDeps) *notesView {
	v := &notesView{deps: deps}
	v.list = widget.NewList(v.length, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		o.(*widget.Label).SetText(v.describe(deps.notes()[i]))
		v.list.SetItemHeight(i, o.MinSize().Height)
	})
	v.list.OnSelected = func(i widget.ListItemID) {
		v.list.UnselectAll()
		notes := deps.notes()
		if i < len(notes) {
			deps.reveal(sentenceOfNote(notes[i]))
		}
	}
	hint := widget.NewLabel("Notes on passages, aligned pairs and commitments. Add one with Passage → Note on Passage… (Ctrl+Shift+N), from a sentence's right-click menu, or from the panel below the panes; they are saved with the project and printed in the report.")
	hint.Wrapping = fyne.TextWrapWord
	v.box = container.NewBorder(hint, nil, nil, nil, v.list)
	return v
}

func (v *notesView) object() fyne.CanvasObject { return v.box }

func (v *notesView) length() int { return len(v.deps.notes()) }

func (v *notesView) show() { v.list.Refresh() }

// describe says what a note is on, then the note.
func (v *notesView) describe(n project.Note) string {
	what := n.On
	if a := v.deps.analysis(); a != nil {
		switch n.Kind {
		case project.NoteOnPassage:
			what = "On " + passageName(a, n.On) + ": “" + clip.Words(a.Sentence(n.On).Text, 80) + "”"
		case project.NoteOnPair:
			x, y, _ := strings.Cut(n.On, "|")
			what = fmt.Sprintf("On the alignment of %s and %s", passageName(a, x), passageName(a, y))
		case project.NoteOnCommitment:
			what = "On the commitment in " + passageName(a, sentenceOfNote(n))
		}
	}
	return what + "\n" + n.Text
}

// sentenceOfNote is the sentence a note leads back to.
func sentenceOfNote(n project.Note) string {
	switch n.Kind {
	case project.NoteOnPair:
		a, _, _ := strings.Cut(n.On, "|")
		return a
	case project.NoteOnCommitment:
		rest := strings.TrimPrefix(n.On, "commitment:")
		if i := strings.Index(rest, ":"); i >= 0 {
			if j := strings.Index(rest[i+1:], ":"); j >= 0 {
				return rest[:i+1+j]
			}
		}
		return rest
	}
	return n.On
}

// commitmentNoteKey names a commitment stably across re-analysis: its
// sentence, actor and kind (commitment ids are renumbered).
func commitmentNoteKey(c compare.Commitment) string {
	return "commitment:" + c.Sentence + ":" + c.Actor + ":" + string(c.Kind)
}

// editNote asks for the note on target and stores it; an empty note
// removes it.
func (ws *Workspace) editNote(kind, on, about string) {
	entry := widget.NewMultiLineEntry()
	entry.Wrapping = fyne.TextWrapWord
	entry.SetMinRowsVisible(5)
	entry.SetText(ws.project.Settings.Note(on))
	label := widget.NewLabel(about + "\n(Shift+Enter saves)")
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Note", "Save", "Cancel", container.NewBorder(label, nil, nil, nil, entry), func(ok bool) {
		if ok {
			ws.setNote(kind, on, strings.TrimSpace(entry.Text))
		}
	}, ws.window)
	entry.OnSubmitted = func(string) { d.Confirm() } // Shift+Enter saves, from the keyboard
	d.Resize(fyne.NewSize(560, 320))
	unfocusOnClose(d, entry)
	d.Show()
	ws.window.Canvas().Focus(entry)
	ws.trace.mark("note-dialog")
}

func (ws *Workspace) setNote(kind, on, text string) {
	ws.project.Settings.SetNote(kind, on, text)
	ws.trace.mark("note")
	ws.dirty = true
	ws.updateTitle()
	ws.notes.show()
	if ws.selected != "" && ws.result != nil {
		ws.details.show(ws.result, ws.selected)
	}
}
