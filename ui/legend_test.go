package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestLegendShowsEveryTopic: at 1400×900 the legend shows every topic the
// statements address, none cut off or scrolled away, each with a count that
// says what it counts.
func TestLegendShowsEveryTopic(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	ws.window.Resize(fyne.NewSize(1400, 900))
	ws.bg.settle()
	want := 0
	for _, tp := range ws.result.Topics {
		if !tp.Emergent && len(tp.Passages) > 0 {
			want++
		}
	}
	if want < 6 {
		t.Fatalf("the demo addresses %d scheme topics; the test needs more than fit one row", want)
	}
	area := ws.legend.Size()
	if visible := ws.panes.object().Size().Width; area.Width > visible+0.5 {
		t.Errorf("the legend is %.0f px wide, wider than the %.0f px it is seen in", area.Width, visible)
	}
	items := 0
	for _, o := range ws.legend.Objects {
		if o.Position().X+o.Size().Width > area.Width+0.5 || o.Position().Y+o.Size().Height > area.Height+0.5 {
			t.Errorf("a legend entry at %v (%v) falls outside the legend's %v", o.Position(), o.Size(), area)
		}
		item := o.(*legendItem)
		if item.colour == nil {
			if !strings.Contains(item.text, "in how many statements") {
				t.Errorf("the legend's caption %q does not say what its counts count", item.text)
			}
			continue
		}
		items++
		if !strings.HasSuffix(item.text, "/5") {
			t.Errorf("legend entry %q has no count out of the 5 statements", item.text)
		}
	}
	if items != want {
		t.Errorf("the legend shows %d topics, want %d", items, want)
	}
}
