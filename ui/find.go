package ui

import (
	"fmt"
	"iter"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// findBar searches every pane's sentences (Ctrl+F). Enter or "Next" selects
// the next sentence that contains the words, scrolling its pane to it.
type findBar struct {
	deps     findDeps
	entry    *widget.Entry
	position *widget.Label
	matches  []string // sentence ids, in pane order
	current  int
	box      *fyne.Container
}

// findDeps is what the find bar needs: the sentences to search, and the
// window's ways to show them.
type findDeps struct {
	sentences      iter.Seq2[string, string] // the id and text of every sentence in the panes, in pane order
	reveal         func(sentenceID string)   // shows a match side by side, selected
	showSideBySide func()                    // brings the side-by-side view forward
	focus          func(fyne.Focusable)      // gives the keyboard to the search field
}

func newFindBar(deps findDeps) *findBar {
	f := &findBar{deps: deps, current: -1}
	f.entry = widget.NewEntry()
	f.entry.SetPlaceHolder("Find in all statements…")
	f.entry.OnChanged = func(string) { f.search() }
	f.entry.OnSubmitted = func(string) { f.next() }
	f.position = widget.NewLabel("")
	closeButton := widget.NewButtonWithIcon("", theme.CancelIcon(), f.hide)
	prev := widget.NewButtonWithIcon("", theme.MoveUpIcon(), f.previous)
	next := widget.NewButtonWithIcon("", theme.MoveDownIcon(), f.next)
	f.box = container.NewBorder(nil, nil, widget.NewIcon(theme.SearchIcon()),
		container.NewHBox(f.position, prev, next, closeButton), f.entry)
	f.box.Hide()
	return f
}

func (f *findBar) object() fyne.CanvasObject { return f.box }

func (f *findBar) show() {
	f.deps.showSideBySide()
	f.box.Show()
	f.deps.focus(f.entry)
	f.search()
}

func (f *findBar) hide() {
	f.box.Hide()
	f.matches, f.current = nil, -1
}

// search finds the sentences holding every word of the query.
func (f *findBar) search() {
	f.matches, f.current = f.matches[:0], -1
	words := strings.Fields(strings.ToLower(f.entry.Text))
	if len(words) > 0 {
		for id, text := range f.deps.sentences {
			if matchesAll(strings.ToLower(text), words) {
				f.matches = append(f.matches, id)
			}
		}
	}
	f.update()
}

func (f *findBar) update() {
	switch {
	case strings.TrimSpace(f.entry.Text) == "":
		f.position.SetText("")
	case len(f.matches) == 0:
		f.position.SetText("no match")
	case f.current < 0:
		f.position.SetText(counted(len(f.matches), "match", "matches"))
	default:
		f.position.SetText(fmt.Sprintf("%d of %d", f.current+1, len(f.matches)))
	}
}

func (f *findBar) next()     { f.step(1) }
func (f *findBar) previous() { f.step(-1) }

func (f *findBar) step(delta int) {
	if len(f.matches) == 0 {
		return
	}
	if f.current < 0 && delta < 0 {
		f.current = len(f.matches) - 1
	} else {
		f.current = (f.current + delta + len(f.matches)) % len(f.matches)
	}
	f.update()
	f.deps.reveal(f.matches[f.current])
}
