package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
)

// statusBar shows what the comparison holds, background progress and
// short notices.
type statusBar struct {
	summary  *widget.Label
	notice   *widget.Label
	progress *widget.ProgressBar
	box      *fyne.Container
}

func newStatusBar() *statusBar {
	s := &statusBar{
		summary:  widget.NewLabel(""),
		notice:   widget.NewLabel(""),
		progress: widget.NewProgressBar(),
	}
	s.notice.Truncation = fyne.TextTruncateEllipsis
	s.progress.Hide()
	s.box = container.NewBorder(nil, nil, s.summary, container.NewGridWrap(fyne.NewSize(160, s.progress.MinSize().Height), s.progress), s.notice)
	return s
}

func (s *statusBar) object() fyne.CanvasObject { return s.box }

func (s *statusBar) working(what string, done float64) {
	s.progress.SetValue(done)
	s.progress.TextFormatter = func() string { return what }
	s.progress.Show()
}

func (s *statusBar) done() { s.progress.Hide() }

func (s *statusBar) failed(err error) {
	s.progress.Hide()
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
	text := fmt.Sprintf("%d of %d statements shown · %s words · %d topics · %d aligned pairs",
		len(a.Statements), total, thousands(a.TotalWords), topics, len(a.Pairs))
	s.summary.SetText(text)
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
