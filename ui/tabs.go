package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// lazyViews fills a view with the newest analysis only when it is on
// screen: the view shown takes it at once, each other one when it is next
// selected. Filling a table or a list of every commitment for two
// communiqués costs the UI goroutine time the analyst would wait for at
// start-up, for views that are often never opened.
type lazyViews struct {
	tabs   *container.AppTabs
	update map[int]func() // by tab index: brings the view up to date
	stale  map[int]bool   // views that have not taken the newest analysis
}

func newLazyViews(tabs *container.AppTabs, update map[int]func()) *lazyViews {
	return &lazyViews{tabs: tabs, update: update, stale: map[int]bool{}}
}

// changed records a new analysis: the view on screen takes it now.
func (l *lazyViews) changed() {
	for i := range l.update {
		l.stale[i] = true
	}
	l.shown(l.tabs.SelectedIndex())
}

// shown brings tab i up to date if it is stale; the tabs call it when
// one is selected.
func (l *lazyViews) shown(i int) {
	if f, ok := l.update[i]; ok && l.stale[i] {
		l.stale[i] = false
		f()
	}
}

// quietTab holds a view as a tab's content. Fyne's AppTabs refreshes the
// content of every tab, shown or not, each time one is selected (2.7:
// baseTabsRenderer.applyTheme), which re-wrapped and re-drew all six views
// at every switch. The views refresh their own widgets when their data
// changes, so a quietTab passes a refresh on only when the theme changed.
type quietTab struct {
	widget.BaseWidget
	content fyne.CanvasObject
	theme   fyne.Theme
	variant fyne.ThemeVariant
}

func newQuietTab(content fyne.CanvasObject) *quietTab {
	q := &quietTab{content: content}
	q.theme, q.variant = currentTheme()
	q.ExtendBaseWidget(q)
	return q
}

func (q *quietTab) Refresh() {
	th, v := currentTheme()
	if v == q.variant && sameTheme(th, q.theme) {
		return
	}
	q.theme, q.variant = th, v
	q.content.Refresh()
}

func (q *quietTab) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(q.content)
}

func currentTheme() (fyne.Theme, fyne.ThemeVariant) {
	s := fyne.CurrentApp().Settings()
	return s.Theme(), s.ThemeVariant()
}

// sameTheme compares two themes; one of a type that cannot be compared
// counts as changed.
func sameTheme(a, b fyne.Theme) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return a == b
}
