package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/compare/worddiff"
)

// details explains the selected sentence: its topics and the cue words
// that put it there, and each aligned counterpart with its score, the
// shared terms and the word-level difference.
type details struct {
	text   *widget.RichText
	scroll *container.Scroll
}

func newDetails() *details {
	d := &details{text: widget.NewRichText()}
	d.text.Wrapping = fyne.TextWrapWord
	d.scroll = container.NewVScroll(d.text)
	d.scroll.SetMinSize(fyne.NewSize(0, 150))
	d.clear()
	return d
}

func (d *details) object() fyne.CanvasObject { return d.scroll }

func (d *details) clear() {
	d.text.Segments = []widget.RichTextSegment{
		plain("Select a sentence to see its topic, why it was placed there, and the passages aligned with it in the other statements.", widget.RichTextStyleInline),
	}
	d.text.Refresh()
}

// show explains sentence id of analysis an.
func (d *details) show(an *compare.Analysis, id string, titles map[string]string) {
	s := an.Sentence(id)
	ref, _ := an.Locate(id)
	st := an.Statements[ref.Statement]
	segs := []widget.RichTextSegment{
		bold(st.Title + " — sentence " + strings.TrimPrefix(id[strings.LastIndex(id, ":")+1:], "s")),
		plain("  “"+s.Text+"”", widget.RichTextStyleParagraph),
	}
	for _, tc := range s.Topics {
		label := topicLabel(an, tc.Topic)
		why := "grouped with similar unclassified sentences"
		switch {
		case len(tc.Cues) > 0:
			why = fmt.Sprintf("cue words: %s (weight %.1f)", strings.Join(tc.Cues, ", "), tc.Score)
		case tc.Via != "":
			why = "taken from the near-identical sentence " + tc.Via
		}
		segs = append(segs, plain("Topic: "+label+" — "+why, widget.RichTextStyleParagraph))
	}
	for _, c := range an.CommitmentsOf(id) {
		line := fmt.Sprintf("Commitment: %s — %s: “%s”", c.Actor, compare.Describe(c.Commitment), c.Action)
		if c.Target != "" {
			line += " · toward " + c.Target
		}
		if c.Condition != "" {
			line += " · condition: " + c.Condition
		}
		if c.Time != "" {
			line += " · when: " + c.Time
		}
		if c.Reported {
			line += " · reported speech"
		}
		line += " · cues: " + strings.Join(c.Cues, ", ")
		segs = append(segs, plain(line, widget.RichTextStyleParagraph))
	}
	pairs := 0
	for _, p := range an.Pairs {
		other := ""
		switch id {
		case p.A:
			other = p.B
		case p.B:
			other = p.A
		default:
			continue
		}
		pairs++
		oref, _ := an.Locate(other)
		segs = append(segs, bold(fmt.Sprintf("Aligned with %s (%s, score %.2f) — shared: %s",
			an.Statements[oref.Statement].Title, topicLabel(an, p.Topic), p.Score, p.Reason())))
		if p.Commitments != "" {
			segs = append(segs, plain("Commitments: "+p.Commitments, widget.RichTextStyleParagraph))
		}
		segs = append(segs, diffSegments(p.Diff, id == p.B)...)
	}
	if pairs == 0 {
		segs = append(segs, plain("No passage in the other statements is close enough to align with this one.", widget.RichTextStyleParagraph))
	}
	d.text.Segments = segs
	d.text.Refresh()
	d.scroll.ScrollToTop()
}

func topicLabel(an *compare.Analysis, id string) string {
	for _, t := range an.Topics {
		if t.ID == id {
			return t.Label
		}
	}
	return id
}

// diffSegments renders a word diff as one paragraph: deletions in red,
// insertions in green and bold. When reversed, the selected sentence is
// the pair's B side, so insertions and deletions swap to read from it.
func diffSegments(ops []worddiff.Op, reversed bool) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for i, op := range ops {
		kind := op.Op
		if reversed && kind == worddiff.Insert {
			kind = worddiff.Delete
		} else if reversed && kind == worddiff.Delete {
			kind = worddiff.Insert
		}
		text := op.Text
		if i < len(ops)-1 {
			text += " "
		}
		style := widget.RichTextStyleInline
		switch kind {
		case worddiff.Insert:
			style.ColorName = theme.ColorNameSuccess
			style.TextStyle.Bold = true
		case worddiff.Delete:
			style.ColorName = theme.ColorNameError
			style.TextStyle.Italic = true
		}
		segs = append(segs, &widget.TextSegment{Text: text, Style: style})
	}
	if len(segs) > 0 {
		last := segs[len(segs)-1].(*widget.TextSegment)
		last.Style.Inline = false // end the paragraph
	}
	return segs
}

func plain(text string, style widget.RichTextStyle) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: style}
}

func bold(text string) *widget.TextSegment {
	style := widget.RichTextStyleStrong
	style.Inline = false
	return &widget.TextSegment{Text: text, Style: style}
}
