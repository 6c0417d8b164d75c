package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

func TestCounted(t *testing.T) {
	for _, c := range []struct {
		n         int
		one, many string
		want      string
	}{
		{0, "change", "changes", "0 changes"},
		{1, "change", "changes", "1 change"},
		{2, "match", "matches", "2 matches"},
		{1, "match", "matches", "1 match"},
		{12345, "word", "words", "12,345 words"},
	} {
		if got := counted(c.n, c.one, c.many); got != c.want {
			t.Errorf("counted(%d, %q, %q) = %q, want %q", c.n, c.one, c.many, got, c.want)
		}
	}
}

// TestCountLabelsOfOne: labels that count one thing say it in the
// singular: the Wording view's summary, the find bar, the status bar.
func TestCountLabelsOfOne(t *testing.T) {
	p := &project.Project{}
	p.Add(statement.Statement{Title: "Draft", Text: "We condemn the attack on the port."},
		statement.Statement{Title: "Final", Text: "We strongly condemn the attack on the port."})
	ws := newTestWorkspace(t, p, "")
	if got, want := ws.wording.summary.Text, "1 word inserted · 0 deleted · 0 moved · 7 unchanged"; got != want {
		t.Errorf("Wording summary %q, want %q", got, want)
	}
	ws.find.show()
	test.Type(ws.find.entry, "strongly")
	if got := ws.find.position.Text; got != "1 match" {
		t.Errorf("find bar %q, want “1 match”", got)
	}
	p1 := &project.Project{}
	p1.Add(statement.Statement{Title: "Alone", Text: "We condemn."})
	ws1 := newTestWorkspace(t, p1, "")
	if got, want := ws1.status.summary.Text, "1 of 1 statement shown · 2 words · 1 topic · 0 aligned pairs"; got != want {
		t.Errorf("status bar %q, want %q", got, want)
	}
}
