package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
	"github.com/parley-app/parley/ui/textview"
)

// sixStatements are six White House statements of 13–18 April 2024 on
// Iran's attack on Israel.
func sixStatements(t *testing.T) *project.Project {
	t.Helper()
	dir := "../testdata/corpus/whitehouse-2024-04/"
	return versionsProject(t,
		dir+"2024-04-13-statement-from-nsc-spokesperson-adrienne-watson-on-attacks-against-israel.txt",
		dir+"2024-04-13-statement-from-president-joe-biden-on-irans-attacks-against-the-state-of-israel.txt",
		dir+"2024-04-14-g7-leaders-statement-on-irans-attack-against-israel.txt",
		dir+"2024-04-14-readout-of-president-bidens-call-with-his-majesty-king-abdullah-ii-of-jordan-4.txt",
		dir+"2024-04-16-statement-by-national-security-advisor-jake-sullivan-on-holding-iran-accountable-for-unprecedented-attack-on-israel.txt",
		dir+"2024-04-18-statement-from-president-joe-biden-on-iran-sanctions.txt")
}

// TestSixPanesKeepReadableWidth: six panes in a 1400×900 window keep their
// minimum width, headers above their bodies, and the pane area scrolls
// sideways instead of squeezing them.
func TestSixPanesKeepReadableWidth(t *testing.T) {
	ws := newTestWorkspace(t, sixStatements(t), "")
	if len(ws.panes.panes) != 6 {
		t.Fatalf("%d panes", len(ws.panes.panes))
	}
	for _, p := range ws.panes.panes {
		body := p.body.Size().Width
		if body < minPaneWidth()-0.5 || body < 200 {
			t.Errorf("%s: pane %.0f px wide, want at least %.0f", p.statement.ID, body, minPaneWidth())
		}
		if !near(p.header.Size().Width, body) || !near(fyne.CurrentApp().Driver().AbsolutePositionForObject(p.header).X, fyne.CurrentApp().Driver().AbsolutePositionForObject(p.body).X) {
			t.Errorf("%s: header %.0f wide at x %.0f, body %.0f at x %.0f", p.statement.ID, p.header.Size().Width,
				fyne.CurrentApp().Driver().AbsolutePositionForObject(p.header).X, body, fyne.CurrentApp().Driver().AbsolutePositionForObject(p.body).X)
		}
	}
	s := ws.panes.scroll
	if s.Content.Size().Width <= s.Size().Width {
		t.Errorf("content %.0f wide in a %.0f-wide area: nothing to scroll", s.Content.Size().Width, s.Size().Width)
	}
}

// TestPaneHeaderShowsDateInFull: the date has a line of its own, first
// after the title and never cut off; the speaker has another.
func TestPaneHeaderShowsDateInFull(t *testing.T) {
	ws := newTestWorkspace(t, sixStatements(t), "")
	for _, p := range ws.panes.panes {
		date := p.statement.Date
		if date == "" || !strings.HasPrefix(p.meta.Text, date) || p.meta.Truncation != fyne.TextTruncateOff {
			t.Errorf("%s: date line %q (truncation %v), want it to begin with %q, whole", p.statement.ID, p.meta.Text, p.meta.Truncation, date)
		}
		if p.speaker.Text != p.statement.Speaker || strings.Contains(p.speaker.Text, date) {
			t.Errorf("%s: speaker line %q", p.statement.ID, p.speaker.Text)
		}
		if w := p.meta.MinSize().Width; p.meta.Size().Width < w-0.5 {
			t.Errorf("%s: date line %.0f px wide, needs %.0f", p.statement.ID, p.meta.Size().Width, w)
		}
	}
}

// TestPaneTitlesAreDistinct: the readout's two versions share a title;
// their headers tell them apart.
func TestPaneTitlesAreDistinct(t *testing.T) {
	ws := newTestWorkspace(t, readoutVersions(t), "")
	a, b := ws.panes.panes[0].title.Text, ws.panes.panes[1].title.Text
	if a == b || !strings.HasSuffix(a, "1 of 2)") || !strings.HasSuffix(b, "2 of 2)") {
		t.Errorf("titles %q and %q: want the shared title with each one's place", a, b)
	}
}

// TestRightToLeftHeader: a Hebrew statement's header is right-aligned, its
// Hebrew speaker on a line of its own (joined with the date, Fyne's
// left-to-right layout loses the space between them); an English one's
// stays left-aligned.
func TestRightToLeftHeader(t *testing.T) {
	p := &project.Project{}
	p.Add(
		statement.Statement{ID: "he", Title: "הודעת משרד ראש הממשלה", Speaker: "משרד ראש הממשלה", Date: "2024-04-14", Language: "he",
			Text: "ישראל תגן על עצמה ותגיב בזמן שתבחר. אנחנו לא מחפשים הסלמה."},
		statement.Statement{ID: "fa", Title: "بیانیه", Speaker: "Hossein Salami", Date: "2024-04-14",
			Text: "ما فوراً پاسخ خواهیم داد اگر اسرائیل تلافی کند."},
		statement.Statement{ID: "en", Title: "Kirby briefing", Speaker: "John Kirby", Date: "2024-04-14",
			Text: "We do not seek a wider war with Iran."},
	)
	ws := newTestWorkspace(t, p, "")
	for k, rightToLeft := range []bool{true, true, false} {
		pane := ws.panes.panes[k]
		want := fyne.TextAlignLeading
		if rightToLeft {
			want = fyne.TextAlignTrailing
		}
		for name, l := range map[string]fyne.TextAlign{"title": pane.title.Alignment, "date": pane.meta.Alignment, "speaker": pane.speaker.Alignment, "counts": pane.counts.Alignment} {
			if l != want {
				t.Errorf("%s: %s aligned %v, want %v", pane.statement.ID, name, l, want)
			}
		}
		if pane.speaker.Text != pane.statement.Speaker || !strings.HasPrefix(pane.meta.Text, "2024-04-14 · ") {
			t.Errorf("%s: speaker %q, date line %q", pane.statement.ID, pane.speaker.Text, pane.meta.Text)
		}
	}
}

// TestRevealScrollsToItsPane: a passage of the sixth pane, revealed from
// another view, brings that pane into view sideways.
func TestRevealScrollsToItsPane(t *testing.T) {
	ws := newTestWorkspace(t, sixStatements(t), "")
	last := ws.panes.panes[5]
	s := ws.panes.scroll
	if s.Offset.X != 0 {
		t.Fatalf("the pane area starts scrolled to %.0f", s.Offset.X)
	}
	ws.reveal(last.items[0].id)
	x0 := last.body.Position().X
	if s.Offset.X > x0 || x0+last.body.Size().Width > s.Offset.X+s.Size().Width+0.5 {
		t.Errorf("after revealing its passage, pane 6 (%.0f–%.0f) is not within the view (%.0f–%.0f)",
			x0, x0+last.body.Size().Width, s.Offset.X, s.Offset.X+s.Size().Width)
	}
}

// TestDemoFitsAt1400: the demo's five panes fit beside the sidebar in a
// 1400 px window, without a sideways scroll.
func TestDemoFitsAt1400(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	if s := ws.panes.scroll; s.Content.Size().Width > s.Size().Width+0.5 {
		t.Errorf("the demo's panes take %.0f px of the %.0f px in view", s.Content.Size().Width, s.Size().Width)
	}
}

// TestLongTitlesTakeThreeLines: six panes side by side, a White House title
// is cut at a word to three lines with an ellipsis; a short one is whole,
// and a closing parenthesis that tells versions apart stays.
func TestLongTitlesTakeThreeLines(t *testing.T) {
	test.NewTempApp(t)
	bold := fyne.TextStyle{Bold: true}
	long := "Biden-Harris Administration Announces Historic $20 Billion in Awards to Expand Access to Clean Energy and Climate Solutions and Lower Energy Costs for Communities Across the Nation"
	line := textview.WrappedHeight([]textview.Run{{Text: "M", Style: bold}}, 200)
	for _, c := range []struct {
		in, prefix, suffix string
		whole              bool
	}{
		{in: long, prefix: "Biden-Harris Administration Announces", suffix: "…"},
		{in: "Readout of a Call", whole: true},
		{in: long + " (2 of 2)", prefix: "Biden-Harris", suffix: "… (2 of 2)"},
	} {
		got := clampLines(c.in, bold, 200, titleLines)
		if c.whole {
			if got != c.in {
				t.Errorf("clampLines(%q) = %q, want it whole", c.in, got)
			}
			continue
		}
		if !strings.HasPrefix(got, c.prefix) || !strings.HasSuffix(got, c.suffix) || len(got) >= len(c.in) {
			t.Errorf("clampLines(%q) = %q, want it cut, starting %q and ending %q", c.in, got, c.prefix, c.suffix)
		}
		if h := textview.WrappedHeight([]textview.Run{{Text: got, Style: bold}}, 200); h > titleLines*line+0.5 {
			t.Errorf("clampLines(%q) = %q takes %.0f px, more than %d lines of %.0f", c.in, got, h, titleLines, line)
		}
		if rest := strings.TrimSuffix(got, c.suffix); !strings.HasPrefix(c.in, rest) {
			t.Errorf("clampLines(%q) = %q: not cut at a word of the title", c.in, got)
		}
	}
}
