package ui

import "fyne.io/fyne/v2/widget"

// Fyne (2.7) stops an entry's blinking cursor only when the entry loses the
// focus. A dialog that hides with one of its fields focused (Return in the
// save dialog's name field, a click on Save while typing a note) never
// takes it away: the cursor's animation runs on, repainting the window,
// until Fyne's cache drops the entry up to a minute later. scripts/soak.sh
// found it: after 15 saves through the dialog the idle window used a whole
// core for most of that minute.

// onClosed is what a dialog calls when it closes, whichever way.
type onClosed interface{ SetOnClosed(func()) }

// unfocusOnClose takes the focus from the dialog's fields once it closes.
func unfocusOnClose(d onClosed, fields ...*widget.Entry) {
	d.SetOnClosed(func() {
		for _, f := range fields {
			f.FocusLost()
		}
	})
}
