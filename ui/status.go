package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
)

// statusBar shows what the comparison holds, background progress and
// short notices.
type statusBar struct {
	summary  *widget.Label
	notice   *widget.Label
	progress *widget.ProgressBar
	cancel   *widget.Button // stops the work under way, when it can be stopped
	onCancel func()
	box      *fyne.Container
}

func newStatusBar() *statusBar {
	s := &statusBar{
		summary:  widget.NewLabel(""),
		notice:   widget.NewLabel(""),
		progress: widget.NewProgressBar(),
	}
	s.cancel = widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), s.cancelWork)
	s.cancel.Importance = widget.LowImportance
	s.notice.Truncation = fyne.TextTruncateEllipsis
	s.progress.Hide()
	s.cancel.Hide()
	work := container.NewHBox(container.NewGridWrap(fyne.NewSize(160, s.progress.MinSize().Height), s.progress), s.cancel)
	s.box = container.NewBorder(nil, nil, s.summary, work, s.notice)
	return s
}

// cancellable offers a Cancel button for the work under way; cancel is
// called once, on the UI goroutine, if the analyst presses it.
func (s *statusBar) cancellable(cancel func()) {
	s.onCancel = cancel
	s.cancel.Show()
}

func (s *statusBar) cancelWork() {
	f := s.onCancel
	s.done()
	if f != nil {
		f()
	}
}

func (s *statusBar) object() fyne.CanvasObject { return s.box }

func (s *statusBar) working(what string, done float64) {
	s.progress.SetValue(done)
	s.progress.TextFormatter = func() string { return what }
	s.progress.Show()
}

func (s *statusBar) done() {
	s.progress.Hide()
	s.cancel.Hide()
	s.onCancel = nil
}

func (s *statusBar) failed(err error) {
	s.done()
	s.notify(err.Error())
}

func (s *statusBar) notify(msg string) { s.notice.SetText(msg) }

func (s *statusBar) showAnalysis(a *compare.Analysis, total int) {
	topics := 0
	for _, t := range a.Topics {
		if !t.Emergent && len(t.Passages) > 0 {
			topics++
		}
	}
	shown := len(a.Statements)
	for _, st := range a.Statements {
		if st.Original != nil { // shown in its translation's pane
			shown++
		}
	}
	text := fmt.Sprintf("%d of %s shown · %s · %s · %s", shown, counted(total, "statement", "statements"),
		counted(a.TotalWords, "word", "words"), counted(topics, "topic", "topics"), counted(len(a.Pairs), "aligned pair", "aligned pairs"))
	s.summary.SetText(text)
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
