package ui

import (
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/statement"
)

// Manual alignment: the analyst pairs two passages, undoes a pair, or moves
// a passage to another topic. Each correction is an override kept in the
// project and applied by every later analysis, marked as the analyst's.

// startPairing waits for the analyst to click the passage to align with id.
func (ws *Workspace) startPairing(id string) {
	ws.pairing = id
	ws.trace.mark("pairing")
	ws.status.notify("Click the passage in another statement to align with " + ws.passageName(id) + " (click the same passage to cancel).")
}

// finishPairing aligns the passage chosen during pairing with id.
// It returns false when no pairing was under way.
func (ws *Workspace) finishPairing(id string) bool {
	from := ws.pairing
	if from == "" {
		return false
	}
	ws.pairing = ""
	if from == id || statement.StatementOf(from) == statement.StatementOf(id) {
		ws.status.notify("Alignment cancelled: pick a passage of another statement.")
		return true
	}
	names := ws.passageName(from) + " with " + ws.passageName(id)
	ws.override(statement.Override{Action: statement.OverridePair, A: from, B: id})
	ws.status.notify("Aligned " + names + " (marked as yours).")
	return true
}

func (ws *Workspace) unpair(a, b string) {
	names := ws.passageName(a) + " and " + ws.passageName(b)
	ws.override(statement.Override{Action: statement.OverrideUnpair, A: a, B: b})
	ws.status.notify("Unpaired " + names + ".")
}

// passageName names a sentence of the current analysis for the status line.
func (ws *Workspace) passageName(id string) string {
	if ws.result == nil {
		return id
	}
	return passageName(ws.result, id)
}

// moveToTopicDialog offers the topics of the scheme in use for a passage:
// a move to a topic the analysis does not know would be dropped.
func (ws *Workspace) moveToTopicDialog(id string) {
	scheme := ws.activeTopicScheme()
	labels := make([]string, len(scheme.Topics))
	for i, t := range scheme.Topics {
		labels[i] = t.Label
	}
	choice := widget.NewSelect(labels, nil)
	dialog.ShowForm("Move passage to topic", "Move", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Topic", choice)}, func(ok bool) {
			if i := choice.SelectedIndex(); ok && i >= 0 {
				ws.override(statement.Override{Action: statement.OverrideMove, A: id, Topic: scheme.Topics[i].ID})
			}
		}, ws.window)
}

// activeTopicScheme is the scheme the analysis runs with: the analyst's
// own (Edit → Preferences…), else the built-in one.
func (ws *Workspace) activeTopicScheme() *compare.TopicScheme {
	if ws.topicScheme != nil {
		return ws.topicScheme
	}
	return compare.DefaultTopics()
}

// override records a correction and analyses again; the views keep the
// selection.
func (ws *Workspace) override(o statement.Override) {
	ws.project.Settings.AddOverride(o)
	ws.dirty = true
	ws.updateTitle()
	ws.reanalyze()
}
