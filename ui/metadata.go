package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// editMetadataDialog edits the selected statement's title, speaker,
// organization, date, source and language. The text itself is not edited
// here: a statement is evidence, and changing it silently would defeat the
// SHA-256 the report prints.
func (ws *Workspace) editMetadataDialog(i int) {
	if i < 0 || i >= len(ws.project.Statements) {
		return
	}
	st := &ws.project.Statements[i].Statement
	fields := []struct {
		label string
		value *string
	}{
		{"Title", &st.Title}, {"Speaker", &st.Speaker}, {"Organization", &st.Organization},
		{"Date", &st.Date}, {"Source", &st.Source}, {"Language", &st.Language},
	}
	entries := make([]*widget.Entry, len(fields))
	items := make([]*widget.FormItem, len(fields))
	for k, f := range fields {
		entries[k] = widget.NewEntry()
		entries[k].SetText(*f.value)
		items[k] = widget.NewFormItem(f.label, entries[k])
	}
	entries[3].SetPlaceHolder("YYYY-MM-DD")
	entries[5].SetPlaceHolder("en, fa, he, ar…")
	d := dialog.NewForm("Statement details", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		for k, f := range fields {
			*f.value = entries[k].Text
		}
		ws.changed()
	}, ws.window)
	d.Resize(fyne.NewSize(560, 0))
	unfocusOnClose(d, entries...)
	d.Show()
}

// setBaseline makes statement i the one the others are compared with.
func (ws *Workspace) setBaseline(i int) {
	if i < 0 || i >= len(ws.project.Statements) {
		return
	}
	ws.project.Settings.Baseline = ws.project.Statements[i].ID
	ws.status.notify("Baseline: " + ws.project.Statements[i].DisplayTitle())
	ws.changed()
}
