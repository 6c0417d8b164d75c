package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// TestSidebarHidesAndNarrows: View → Show or Hide Sidebar gives its width to
// the panes and brings it back; shown, it can be dragged narrow.
func TestSidebarHidesAndNarrows(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	if w := ws.sidebar.object().MinSize().Width; w > 180 {
		t.Errorf("the sidebar cannot be narrowed below %.0f px", w)
	}
	before := ws.panes.object().Size().Width
	ws.room.toggleSidebar()
	after := ws.panes.object().Size().Width
	if after < before+150 {
		t.Errorf("hiding the sidebar: panes %.0f px → %.0f px", before, after)
	}
	if onScreen(ws, ws.sidebar.object()) {
		t.Error("the hidden sidebar is still in the window")
	}
	ws.room.toggleSidebar()
	if !onScreen(ws, ws.sidebar.object()) {
		t.Error("the sidebar did not come back")
	}
	if got := ws.panes.object().Size().Width; got != before {
		t.Errorf("showing the sidebar again: panes %.0f px, were %.0f", got, before)
	}
}

// TestDetailsExpand: View → Expand or Shrink Details gives the detail panel
// most of the height, and gives the panes back their share after.
func TestDetailsExpand(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	small := ws.details.object().Size().Height
	if small < 200 {
		t.Errorf("at 1400×900 the detail panel is %.0f px tall: a pair and its evidence need a scroll", small)
	}
	ws.room.toggleDetails()
	if large := ws.details.object().Size().Height; large < 1.8*small {
		t.Errorf("expanded, the detail panel is %.0f px (was %.0f)", large, small)
	}
	ws.room.toggleDetails()
	if got := ws.details.object().Size().Height; got != small {
		t.Errorf("shrunk again, the detail panel is %.0f px, was %.0f", got, small)
	}
}

// onScreen reports whether o is among the objects the window's content holds.
func onScreen(ws *Workspace, o fyne.CanvasObject) bool {
	var walk func(fyne.CanvasObject) bool
	walk = func(c fyne.CanvasObject) bool {
		if c == o {
			return true
		}
		if split, ok := c.(*container.Split); ok {
			return walk(split.Leading) || walk(split.Trailing)
		}
		if box, ok := c.(*fyne.Container); ok {
			for _, child := range box.Objects {
				if walk(child) {
					return true
				}
			}
		}
		return false
	}
	return walk(ws.window.Content())
}
