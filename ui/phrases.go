package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/ui/textview"
)

// pairRuns shows how two aligned passages differ: for two versions of one
// sentence the word redline, marked as the Wording view marks it; for a
// paraphrase or a related pair, whose redline would strike one sentence
// whole and underline the other, each passage with the phrases both share
// marked, the rest being what each adds. fromB: the pair is seen from its B
// passage, which then comes first.
func pairRuns(an *compare.Analysis, p compare.Pair, fromB bool) []textview.Run {
	if p.Kind == compare.KindVersion {
		return diffRuns(an.PairDiff(p), fromB)
	}
	this, other := sideSpans(p.Phrases, true), sideSpans(p.Phrases, false)
	thisText, otherText := an.Sentence(p.A).Text, an.Sentence(p.B).Text
	if fromB {
		this, other = other, this
		thisText, otherText = otherText, thisText
	}
	runs := []textview.Run{{Text: "This passage (shared phrases marked): "}}
	runs = append(runs, markedRuns(thisText, this)...)
	runs = append(runs, textview.Run{Text: "\nIts counterpart: "})
	return append(runs, markedRuns(otherText, other)...)
}

// diffRuns renders a word diff as one paragraph, marked as the redline is
// (redlineStyle: deletions struck, insertions underlined). When reversed,
// the selected sentence is the pair's B side, so insertions and deletions
// swap to read from it.
func diffRuns(ops []compare.DiffOp, reversed bool) []textview.Run {
	runs := make([]textview.Run, 0, len(ops))
	for i, op := range ops {
		if reversed && op.Op == compare.DiffInsert {
			op.Op = compare.DiffDelete
		} else if reversed && op.Op == compare.DiffDelete {
			op.Op = compare.DiffInsert
		}
		run := redlineStyle(op)
		run.Text = op.Text
		if i < len(ops)-1 {
			run.Text += " "
		}
		runs = append(runs, run)
	}
	return runs
}

// sideSpans are the byte ranges of the shared phrases in passage A (or B),
// in text order.
func sideSpans(list []compare.SharedPhrase, a bool) [][2]int {
	out := make([][2]int, 0, len(list))
	for _, ph := range list {
		if a {
			out = append(out, [2]int{ph.AStart, ph.AEnd})
		} else {
			out = append(out, [2]int{ph.BStart, ph.BEnd})
		}
	}
	slices.SortFunc(out, func(x, y [2]int) int { return x[0] - y[0] })
	return out
}

// markedRuns is text as runs of a textview.FlowText with the spans marked
// as shared phrases (sharedRun): the Wording view's pair rows, measured
// like its redline.
func markedRuns(text string, spans [][2]int) []textview.Run {
	// Sized for every span and the text around each: the Wording view keeps
	// the runs of all its pairs, and appending had left up to half of each
	// slice unused (3 MB with the two communiqués).
	runs := make([]textview.Run, 0, 2*len(spans)+1)
	at := 0
	for _, sp := range spans {
		if sp[0] < at || sp[1] > len(text) || sp[0] >= sp[1] {
			continue // malformed or overlapping: the text stays, unmarked
		}
		if sp[0] > at {
			runs = append(runs, textview.Run{Text: text[at:sp[0]]})
		}
		runs = append(runs, sharedRun(text[sp[0]:sp[1]]))
		at = sp[1]
	}
	if at < len(text) {
		runs = append(runs, textview.Run{Text: text[at:]})
	}
	return runs
}

// sharedRun is a phrase both passages of a pair use: bold, on a tint of
// the primary colour, as with a highlighter (readable in either theme, and
// on a selected row); what one passage alone says stays plain.
func sharedRun(text string) textview.Run {
	return textview.Run{Text: text, Style: fyne.TextStyle{Bold: true}, Highlight: theme.ColorNamePrimary}
}
