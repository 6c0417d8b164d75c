package ui

import (
	"fmt"
	"math"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/statement"
)

// settings are the analyst's preferences, kept with Fyne's preferences API
// (per user, not per project): the analysis thresholds, a topic scheme of
// their own, and which statement is the baseline when a project names none.
type settings struct {
	thresholds compare.Thresholds
	topicsFile string // "" for the built-in scheme
	baseline   string // one of the baseline rules below
}

// Baseline rules: which included statement the others are compared with
// when the analyst has not picked one.
const (
	baselineFirst  = "First included statement"
	baselineOldest = "Oldest, by date"
	baselineNewest = "Newest, by date"
)

var baselineRules = []string{baselineFirst, baselineOldest, baselineNewest}

// baselineRule is the analysis's name for the rule the analyst chose.
func (s settings) baselineRule() compare.BaselineRule {
	switch s.baseline {
	case baselineOldest:
		return compare.BaselineOldest
	case baselineNewest:
		return compare.BaselineNewest
	}
	return compare.BaselineFirst
}

// Preference keys.
const (
	prefPairThreshold       = "threshold.pair"
	prefParaphraseThreshold = "threshold.paraphrase"
	prefTopicsFile          = "topics.file"
	prefBaselineRule        = "baseline.rule"
)

func loadSettings(p fyne.Preferences) settings {
	d := compare.DefaultThresholds
	s := settings{
		thresholds: compare.Thresholds{
			Pair:       p.FloatWithFallback(prefPairThreshold, d.Pair),
			Paraphrase: p.FloatWithFallback(prefParaphraseThreshold, d.Paraphrase),
		},
		topicsFile: p.String(prefTopicsFile),
		baseline:   p.StringWithFallback(prefBaselineRule, baselineFirst),
	}
	return s
}

func (s settings) save(p fyne.Preferences) {
	p.SetFloat(prefPairThreshold, s.thresholds.Pair)
	p.SetFloat(prefParaphraseThreshold, s.thresholds.Paraphrase)
	p.SetString(prefTopicsFile, s.topicsFile)
	p.SetString(prefBaselineRule, s.baseline)
}

// readTopics loads a topic scheme file; "" is the built-in scheme (nil).
func readTopics(path string) (*compare.TopicScheme, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("the topic scheme could not be read: %w", err)
	}
	return compare.ParseTopics(filepath.Base(path), data)
}

// applySettings loads the preferences at start: a topic scheme that no
// longer reads is reported, and the built-in one used meanwhile.
func (ws *Workspace) applySettings() {
	ws.settings = loadSettings(ws.app.Preferences())
	scheme, err := readTopics(ws.settings.topicsFile)
	if err != nil {
		ws.status.notify(err.Error() + " — using the built-in topics (Edit → Preferences…)")
	}
	ws.topicScheme = scheme
}

// analysisOptions are the options of the next analysis: the preferences
// and the project's manual alignments.
func (ws *Workspace) analysisOptions() compare.Options {
	return compare.Options{
		Topics:     ws.topicScheme,
		Thresholds: ws.settings.thresholds,
		Overrides:  append([]statement.Override(nil), ws.project.Settings.Overrides...),
		Actors:     compare.ActorsWith(ws.project.Settings.Actors), // a copy: later edits do not reach a running analysis
		// The rule, not baselineID(): the analysis applies it to the very
		// statements it is given.
		Baseline:     ws.project.Settings.Baseline,
		BaselineRule: ws.settings.baselineRule(),
	}
}

// baselineID is the statement the others are compared with: the one the
// analyst picked (a translation for its original), else the one the
// baseline rule chooses among the panes' statements ("" when none is
// included). The analysis, the export
// dialog and parley report choose it by the same rule (compare.ChooseBaseline).
func (ws *Workspace) baselineID() string {
	picked := ws.project.Settings.Baseline
	statements := columnStatements(ws.columns())
	for _, c := range ws.columns() { // an original is compared through its translation
		if c.Original != nil && c.Original.ID == picked {
			picked = c.ID
		}
	}
	return compare.ChooseBaseline(statements, picked, ws.settings.baselineRule())
}

// preferencesDialog edits the settings and the project's actors; saving
// them re-runs the analysis.
func (ws *Workspace) preferencesDialog() { ws.showPreferences() }

// showPreferences shows the Preferences dialog and returns its Actors row.
func (ws *Workspace) showPreferences() *actorsRow {
	cur := ws.settings
	pair := thresholdSlider(cur.thresholds.Pair, 0.02, 0.6)
	paraphrase := thresholdSlider(cur.thresholds.Paraphrase, 0.05, 0.9)
	topicsPath := widget.NewLabel(schemeName(cur.topicsFile))
	topicsPath.Truncation = fyne.TextTruncateEllipsis
	topicsFile := cur.topicsFile
	choose := widget.NewButton("Choose…", func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			r.Close()
			topicsFile = r.URI().Path()
			topicsPath.SetText(schemeName(topicsFile))
		}, ws.window)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".toml"}))
		d.Show()
	})
	builtIn := widget.NewButton("Built-in", func() {
		topicsFile = ""
		topicsPath.SetText(schemeName(""))
	})
	rule := widget.NewSelect(baselineRules, nil)
	rule.SetSelected(cur.baseline)
	actors := ws.newActorsRow(ws.project.Settings.Actors)
	looks := loadAppearance(ws.app.Preferences())
	appearance := newAppearanceRows(looks)
	defaults := widget.NewButton("Restore Defaults", func() {
		d := compare.DefaultThresholds
		pair.set(d.Pair)
		paraphrase.set(d.Paraphrase)
		topicsFile = ""
		topicsPath.SetText(schemeName(""))
		rule.SetSelected(baselineFirst)
		appearance.set(defaultAppearance)
	})
	items := []*widget.FormItem{
		widget.NewFormItem("Pair threshold", pair.row),
		widget.NewFormItem("Paraphrase threshold", paraphrase.row),
		widget.NewFormItem("Topic scheme", container.NewBorder(nil, nil, nil, container.NewHBox(choose, builtIn), topicsPath)),
		widget.NewFormItem("Default baseline", rule),
		widget.NewFormItem("Actors", actors.row),
	}
	items = append(items, appearance.items()...)
	items = append(items, widget.NewFormItem("", defaults))
	items[0].HintText = "least similarity for two passages to be aligned"
	items[1].HintText = "least similarity for an aligned pair in other words to count as a paraphrase"
	items[3].HintText = "used when the project names no baseline"
	items[4].HintText = "kept in this project; an actors file has one actor a line: \"Name: alias; alias\""
	d := dialog.NewForm("Preferences", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		if ap := appearance.value(); ap != looks {
			ws.setAppearance(ap)
		}
		next := settings{
			thresholds: compare.Thresholds{Pair: pair.value(), Paraphrase: paraphrase.value()},
			topicsFile: topicsFile,
			baseline:   rule.Selected,
		}
		if err := ws.setPreferences(next, actors.actors); err != nil {
			ws.showError(err)
		}
	}, ws.window)
	d.Resize(fyne.NewSize(620, 0))
	d.Show()
	return actors
}

// setSettings checks, saves and applies new settings. A topic scheme that
// does not load is refused, and the settings stay as they were.
func (ws *Workspace) setSettings(next settings) error {
	return ws.setPreferences(next, ws.project.Settings.Actors)
}

// setPreferences is setSettings that also puts actors in the project,
// marking it changed if they differ; a refused topic scheme changes
// neither.
func (ws *Workspace) setPreferences(next settings, actors []statement.Actor) error {
	scheme, err := readTopics(next.topicsFile)
	if err != nil {
		return fmt.Errorf("the preferences were not changed: %w", err)
	}
	ws.settings, ws.topicScheme = next, scheme
	next.save(ws.app.Preferences())
	ws.setActors(actors)
	ws.status.notify("Preferences saved; analysing again")
	ws.refresh()
	return nil
}

func schemeName(path string) string {
	if path == "" {
		return "Built-in (14 foreign-policy topics)"
	}
	return path
}

// slider is a threshold slider with its value shown beside it.
type slider struct {
	s     *widget.Slider
	label *widget.Label
	row   fyne.CanvasObject
}

func thresholdSlider(v, lo, hi float64) *slider {
	sl := &slider{s: widget.NewSlider(lo, hi), label: widget.NewLabel("")}
	sl.s.Step = 0.01
	sl.s.OnChanged = func(f float64) { sl.label.SetText(fmt.Sprintf("%.2f", f)) }
	sl.row = container.NewBorder(nil, nil, nil, sl.label, sl.s)
	sl.set(v)
	return sl
}

func (sl *slider) set(v float64) {
	sl.s.SetValue(v)
	sl.label.SetText(fmt.Sprintf("%.2f", v))
}

// value is the slider's value to two decimals, as shown: float steps
// drift (0.12000000000000001).
func (sl *slider) value() float64 { return math.Round(sl.s.Value*100) / 100 }
