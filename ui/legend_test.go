package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
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

// TestLegendOfManyTopics: two communiqués address 25 topics; the legend
// lists the most addressed and a button for all of them, which lists every
// one.
func TestLegendOfManyTopics(t *testing.T) {
	ws := newTestWorkspace(t, versionsProject(t, "../testdata/corpus/versions/g7_hiroshima_communique_2023-05-20_middle-east-iran-excerpt.txt",
		"../testdata/corpus/versions/g7_apulia_communique_2024-06-14_middle-east-iran-excerpt.txt",
		"../testdata/corpus/communiques/g7-communique-2021-carbis-bay.txt"), "")
	topics := 0
	for _, tp := range ws.result.Topics {
		if !tp.Emergent && len(tp.Passages) > 0 {
			topics++
		}
	}
	if topics <= collapsedLegend {
		t.Fatalf("only %d topics: the test needs more than %d", topics, collapsedLegend)
	}
	count := func() (items int, button *widget.Button) {
		for _, o := range ws.legend.Objects {
			switch v := o.(type) {
			case *legendItem:
				if v.colour != nil {
					items++
				}
			case *widget.Button:
				button = v
			}
		}
		return
	}
	items, button := count()
	if items != collapsedLegend || button == nil || button.Text != fmt.Sprintf("All %d topics", topics) {
		t.Fatalf("collapsed: %d items, button %v", items, button)
	}
	test.Tap(button)
	if items, button = count(); items != topics || button == nil || button.Text != "Fewer topics" {
		t.Errorf("expanded: %d of %d items, button %v", items, topics, button)
	}
}
