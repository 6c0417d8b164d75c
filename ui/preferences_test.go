package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

// TestPreferencesChangeTheAnalysis: a stricter pair threshold leaves fewer
// aligned pairs, the setting survives into a new window of the same app,
// and Restore Defaults' values give the original analysis back.
func TestPreferencesChangeTheAnalysis(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	before := len(ws.result.Pairs)
	strict := ws.settings
	strict.thresholds.Pair = 0.3
	if err := ws.setSettings(strict); err != nil {
		t.Fatal(err)
	}
	ws.bg.settle()
	if after := len(ws.result.Pairs); after >= before || after == 0 && before == 0 {
		t.Errorf("pair threshold 0.3: %d pairs, default: %d", after, before)
	}
	for _, p := range ws.result.Pairs {
		if p.Score < 0.3 {
			t.Errorf("pair %s–%s scored %.2f below the threshold", p.A, p.B, p.Score)
		}
	}
	if got := loadSettings(ws.app.Preferences()).thresholds.Pair; got != 0.3 {
		t.Errorf("saved pair threshold %v", got)
	}
	restored := ws.settings
	restored.thresholds = compare.DefaultThresholds
	if err := ws.setSettings(restored); err != nil {
		t.Fatal(err)
	}
	ws.bg.settle()
	if len(ws.result.Pairs) != before {
		t.Errorf("defaults again: %d pairs, want %d", len(ws.result.Pairs), before)
	}
}

// TestPreferencesTopicScheme: an analyst's own scheme replaces the built-in
// topics; a broken one is refused with the file named, nothing changed.
func TestPreferencesTopicScheme(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	dir := t.TempDir()
	good := filepath.Join(dir, "mine.toml")
	os.WriteFile(good, []byte("threshold = 3\n[[topic]]\nid = \"air\"\nlabel = \"Air defence\"\ndescription = \"Interceptions\"\n[topic.cues]\nintercept = 3\nmissile = 3\ndrone = 3\n"), 0o644)
	bad := filepath.Join(dir, "broken.toml")
	os.WriteFile(bad, []byte("[[topic]\nid = "), 0o644)

	next := ws.settings
	next.topicsFile = bad
	err := ws.setSettings(next)
	if err == nil || !strings.Contains(err.Error(), "broken.toml") {
		t.Errorf("broken scheme: error %v, want one naming broken.toml", err)
	}
	if ws.settings.topicsFile != "" || ws.topicScheme != nil {
		t.Errorf("a refused scheme changed the settings: %+v", ws.settings)
	}

	next.topicsFile = good
	if err := ws.setSettings(next); err != nil {
		t.Fatal(err)
	}
	ws.bg.settle()
	labels := map[string]bool{}
	for _, tp := range ws.result.Topics {
		if !tp.Emergent {
			labels[tp.Label] = true
		}
	}
	if !labels["Air defence"] || labels["Condemnation"] {
		t.Errorf("scheme topics %v, want the analyst's Air defence and none of the built-in ones", labels)
	}
}

// TestBaselineRule: without a baseline picked, the rule chooses one among
// the included statements; the analyst's pick wins over it.
func TestBaselineRule(t *testing.T) {
	p := &project.Project{}
	p.Add(statement.Statement{Title: "Mid", Date: "2023-05-20", Text: "We condemn the attack."},
		statement.Statement{Title: "New", Date: "2024-06-14", Text: "We condemn the attacks."},
		statement.Statement{Title: "Old", Date: "2021-06-13", Text: "We condemn attacks."},
		statement.Statement{Title: "Undated", Text: "We condemn it."})
	ws := newTestWorkspace(t, p, "")
	title := func() string {
		for _, st := range ws.project.Statements {
			if st.ID == ws.baselineID() {
				return st.Title
			}
		}
		return ""
	}
	for rule, want := range map[string]string{baselineFirst: "Mid", baselineOldest: "Old", baselineNewest: "New"} {
		s := ws.settings
		s.baseline = rule
		if err := ws.setSettings(s); err != nil {
			t.Fatal(err)
		}
		ws.bg.settle()
		if got := title(); got != want {
			t.Errorf("%s: baseline %q, want %q", rule, got, want)
		}
		if !strings.Contains(ws.wording.selA.Selected, want) {
			t.Errorf("%s: the Wording view compares %q first", rule, ws.wording.selA.Selected)
		}
	}
	ws.setBaseline(3)
	ws.bg.settle()
	if got := title(); got != "Undated" {
		t.Errorf("picked baseline %q, want Undated", got)
	}
}

// TestPreferencesDialogFromMenu: Edit → Preferences… opens the dialog.
func TestPreferencesDialogFromMenu(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	var item func()
	for _, it := range ws.menu.edit.Items {
		if it.Label == "Preferences…" {
			item = it.Action
		}
	}
	if item == nil {
		t.Fatal("no Preferences… item in the Edit menu")
	}
	item()
	if ws.window.Canvas().Overlays().Top() == nil {
		t.Error("Preferences… showed no dialog")
	}
}

// TestMenusNameEveryFeature: each feature can be found from the menus
// alone, and the Passage menu acts on the selected sentence.
func TestMenusNameEveryFeature(t *testing.T) {
	ws := newTestWorkspace(t, demo(t), "")
	items := map[string]*fyne.MenuItem{}
	for _, m := range ws.menu.main.Items {
		for _, it := range m.Items {
			items[m.Label+" → "+it.Label] = it
		}
	}
	for _, want := range []string{
		"File → Open Statements…", "File → Paste as New Statement…", "File → Import Article…", "File → Open Web Address…", "File → Open Project…",
		"File → Save Project", "File → Export Report…", "Edit → Find…", "Edit → Statement Details…", "Edit → Use as Baseline",
		"Edit → Preferences…", "Passage → Copy with Citation", "Passage → Note on Passage…", "Passage → Align With…",
		"Passage → Move to Topic…", "View → Side by Side", "View → Topics", "View → Wording", "View → Commitments",
		"View → Vocabulary", "View → Notes", "View → Next Change", "View → Wording: Side by Side",
	} {
		if items[want] == nil {
			t.Errorf("no menu item %q", want)
		}
	}
	items["Passage → Copy with Citation"].Action()
	if !strings.Contains(ws.status.notice.Text, "Select a passage first") {
		t.Errorf("with nothing selected: notice %q", ws.status.notice.Text)
	}
	id := ws.result.Statements[0].Sentences[0].ID
	ws.selectSentence(id)
	items["Passage → Copy with Citation"].Action()
	if got := ws.app.Clipboard().Content(); !strings.Contains(got, ws.result.Sentence(id).Text) || !strings.Contains(got, "—") {
		t.Errorf("clipboard %q, want the sentence with its citation", got)
	}
	items["View → Wording: Side by Side"].Action()
	if ws.tabs.SelectedIndex() != wordingTab || ws.wording.layout.Selected != sideBySideLayout {
		t.Errorf("View → Wording: Side by Side left tab %d, layout %q", ws.tabs.SelectedIndex(), ws.wording.layout.Selected)
	}
}

func TestTrimFileName(t *testing.T) {
	for in, want := range map[string]string{
		"/home/a/ report.pdf":  "/home/a/report.pdf",
		"/home/a/report.pdf ":  "/home/a/report.pdf",
		"/home/a/report.pdf":   "/home/a/report.pdf",
		"/home/a b/report.pdf": "/home/a b/report.pdf",
		"/home/a/ ":            "/home/a/ ",
	} {
		if got := trimFileName(in); got != want {
			t.Errorf("trimFileName(%q) = %q, want %q", in, got, want)
		}
	}
}
