package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/ui/textview"
)

// pairSegments shows how two aligned passages differ: for two versions of
// one sentence the word redline; for a paraphrase or a related pair, whose
// redline would strike one sentence whole and underline the other, each
// passage with the phrases both share marked, the rest being what each
// adds. fromB: the pair is seen from its B passage, which then comes first.
func pairSegments(an *compare.Analysis, p compare.Pair, fromB bool) []widget.RichTextSegment {
	if p.Kind == compare.KindVersion {
		return diffSegments(an.PairDiff(p), fromB)
	}
	this, other := sideSpans(p.Phrases, true), sideSpans(p.Phrases, false)
	thisText, otherText := an.Sentence(p.A).Text, an.Sentence(p.B).Text
	if fromB {
		this, other = other, this
		thisText, otherText = otherText, thisText
	}
	segs := []widget.RichTextSegment{plain("This passage (shared phrases marked): ", widget.RichTextStyleInline)}
	segs = append(segs, markedSegments(thisText, this)...)
	segs = append(segs, plain("Its counterpart: ", widget.RichTextStyleInline))
	return append(segs, markedSegments(otherText, other)...)
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

// markedSegments is text as a paragraph with the spans in bold primary
// colour: what both passages say, against what only this one says.
func markedSegments(text string, spans [][2]int) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	at := 0
	for _, sp := range spans {
		if sp[0] < at || sp[1] > len(text) {
			continue // malformed offsets: show the text unmarked rather than cut it
		}
		if sp[0] > at {
			segs = append(segs, plain(text[at:sp[0]], widget.RichTextStyleInline))
		}
		style := widget.RichTextStyleInline
		style.ColorName = theme.ColorNamePrimary
		style.TextStyle.Bold = true
		segs = append(segs, &widget.TextSegment{Text: text[sp[0]:sp[1]], Style: style})
		at = sp[1]
	}
	segs = append(segs, plain(text[at:], widget.RichTextStyleParagraph))
	return segs
}

// markedRuns is text as runs of a textview.FlowText with the spans marked
// as shared phrases (sharedRun): the Wording view's pair rows, measured
// like its redline.
func markedRuns(text string, spans [][2]int) []textview.Run {
	var runs []textview.Run
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
