package ui

import (
	"os"
	"testing"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
)

// TestWordingViewScrollsToEachChange: in a 19,000-word communiqué and its
// revision, every change F7 steps to is on screen, in both layouts.
func TestWordingViewScrollsToEachChange(t *testing.T) {
	p := &project.Project{}
	for _, f := range []string{"../compare/worddiff/testdata/hiroshima-original.txt", "../compare/worddiff/testdata/hiroshima-revised.txt"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		st, err := compare.ParseStatement(f, data)
		if err != nil {
			t.Fatal(err)
		}
		st.ID = ""
		p.Add(st)
	}
	ws := newTestWorkspace(t, p, "")
	ws.tabs.SelectIndex(wordingTab)
	v := ws.wording
	for _, layout := range []string{inlineLayout, sideBySideLayout} {
		v.layout.SetSelected(layout)
		for range v.changes {
			v.next()
			c := v.changes[v.current]
			y := v.rows[c.paragraph].Position().Y + v.changeTop(c)
			top, bottom := v.scroll.Offset.Y, v.scroll.Offset.Y+v.scroll.Size().Height
			if y < top || y > bottom {
				t.Errorf("%s, change %d (%s): its line at %.0f, the view shows %.0f–%.0f", layout, v.current+1, describeChange(c.op), y, top, bottom)
			}
		}
	}
}
