package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/internal/rtl"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
	"github.com/parley-app/parley/ui/textview"
)

// details explains the selected sentence: its topics and the cue words
// that put it there, its commitments, and each aligned counterpart with its
// score, shared terms, commitment difference and word-level difference.
// Buttons beside each item add notes and correct the alignment.
type details struct {
	deps   detailsDeps
	box    *fyne.Container
	scroll *container.Scroll
}

// detailsDeps is what the panel needs besides the analysis it explains:
// the analyst's notes, and the window's actions on a passage, a pair and a
// commitment.
type detailsDeps struct {
	note        func(on string) string       // the note on a passage, pair or commitment; "" for none
	editNote    func(kind, on, about string) // asks for the note on something
	alignWith   func(sentenceID string)      // starts aligning a passage by hand
	moveToTopic func(sentenceID string)      // asks which topic to move a passage to
	unpair      func(a, b string)            // undoes an alignment
	reveal      func(sentenceID string)      // shows a passage side by side, selected
}

func newDetails(deps detailsDeps) *details {
	d := &details{deps: deps, box: container.NewVBox()}
	d.scroll = container.NewVScroll(d.box)
	d.scroll.SetMinSize(fyne.NewSize(0, 150))
	d.clear()
	return d
}

func (d *details) object() fyne.CanvasObject { return d.scroll }

func (d *details) clear() {
	d.box.Objects = []fyne.CanvasObject{paragraph(plain(
		"Select a sentence to see its topic, why it was placed there, its commitments, and the passages aligned with it in the other statements.",
		widget.RichTextStyleInline))}
	d.box.Refresh()
}

// text returns everything the panel shows as plain text (for tests).
func (d *details) text() string {
	var b strings.Builder
	for _, o := range d.box.Objects {
		collectText(o, &b)
	}
	return b.String()
}

func collectText(o fyne.CanvasObject, b *strings.Builder) {
	switch v := o.(type) {
	case *widget.RichText:
		b.WriteString(v.String())
		b.WriteString("\n")
	case *widget.Button:
		b.WriteString("[" + v.Text + "] ")
	case *textview.FlowText:
		b.WriteString(v.Text())
		b.WriteString("\n")
	case *fyne.Container:
		for _, c := range v.Objects {
			collectText(c, b)
		}
	}
}

// show explains sentence id of analysis an.
func (d *details) show(an *compare.Analysis, id string) {
	s := an.Sentence(id)
	ref, _ := an.Locate(id)
	st := an.Statements[ref.Statement]
	sid, _ := statement.ParseSentenceID(id)
	items := []fyne.CanvasObject{paragraph(bold(rtl.Isolate(an.Name(st.ID)) + " — sentence " + strconv.Itoa(sid.N))), quoted(s.Text)}
	if orig := an.OriginalOf(id); len(orig) > 0 && st.Original != nil {
		// The original's words, in their own script and direction
		// (textview: Fyne's rich text cannot lay Persian or Hebrew out).
		var labels []string
		for _, o := range orig {
			oid, _ := statement.ParseSentenceID(o.ID)
			labels = append(labels, oid.Label())
		}
		items = append(items, paragraph(plain(fmt.Sprintf("Original (%s), %s:", st.Original.Language.Name, strings.Join(labels, ", ")), widget.RichTextStyleInline)),
			padded(textview.NewFlowText(textview.Run{Text: originalText(orig)})))
	}
	var lines []widget.RichTextSegment
	for _, tc := range s.Topics {
		lines = append(lines, plain("Topic: "+an.TopicLabel(tc.Topic)+" — "+topicReason(an, tc), widget.RichTextStyleParagraph))
	}
	items = append(items, paragraph(lines...))
	items = append(items, noteLine(d.deps.note(id)), container.NewHBox(
		widget.NewButtonWithIcon("Note on this passage…", theme.DocumentCreateIcon(), func() {
			d.deps.editNote(project.NoteOnPassage, id, "“"+s.Text+"”")
		}),
		widget.NewButtonWithIcon("Align with…", theme.ContentAddIcon(), func() { d.deps.alignWith(id) }),
		widget.NewButtonWithIcon("Move to topic…", theme.NavigateNextIcon(), func() { d.deps.moveToTopic(id) }),
	))
	for _, c := range an.CommitmentsOf(id) {
		items = append(items, paragraph(plain(describeCommitment(c), widget.RichTextStyleParagraph)),
			noteLine(d.deps.note(commitmentNoteKey(c))),
			container.NewHBox(widget.NewButtonWithIcon("Note on this commitment…", theme.DocumentCreateIcon(), func() {
				d.deps.editNote(project.NoteOnCommitment, commitmentNoteKey(c), describeCommitment(c))
			})))
	}
	pairs := 0
	answered := map[string]bool{}
	for _, p := range an.Pairs {
		if p.A != id && p.B != id {
			continue
		}
		pairs++
		answered[statement.StatementOf(p.A)], answered[statement.StatementOf(p.B)] = true, true
		items = append(items, d.pairItem(an, p, id)...)
	}
	for _, line := range versionFate(an, id, answered) {
		items = append(items, paragraph(plain(line, widget.RichTextStyleParagraph)))
	}
	if silent := silentStatements(an, st.ID, answered); len(silent) > 0 {
		text := "Not addressed by " + strings.Join(silent, "; ") + ": no passage there is close enough to align with this one."
		if pairs == 0 {
			text += " Use “Align with…” to pair it yourself."
		}
		items = append(items, paragraph(plain(text, widget.RichTextStyleParagraph)))
	}
	d.box.Objects = items
	d.box.Refresh()
	d.scroll.ScrollToTop()
}

// versionFate says, for each statement that is another version of the
// sentence's own, whether that version removed the sentence or added it
// (compare.VersionEdits), and marks those statements answered: a sentence
// a revision dropped is not "not addressed" by it, it was removed.
func versionFate(an *compare.Analysis, id string, answered map[string]bool) []string {
	own := statement.StatementOf(id)
	var out []string
	for _, other := range an.Statements {
		if other.ID == own || answered[other.ID] {
			continue
		}
		e, ok := an.VersionEdits(own, other.ID)
		if !ok {
			continue
		}
		switch {
		case slices.Contains(e.Removed, id):
			out = append(out, "Removed in "+an.Name(e.Later)+": the later version has no sentence that keeps this one.")
		case slices.Contains(e.Added, id):
			out = append(out, "Added in "+an.Name(e.Later)+": the earlier version, "+an.Name(e.Earlier)+", has no sentence it rewords.")
		default:
			continue
		}
		answered[other.ID] = true
	}
	return out
}

// silentStatements names the statements, other than own, in which the
// sentence has no counterpart.
func silentStatements(an *compare.Analysis, own string, answered map[string]bool) []string {
	var out []string
	for _, st := range an.Statements {
		if st.ID != own && !answered[st.ID] {
			out = append(out, an.Name(st.ID))
		}
	}
	return out
}

// pairItem explains pair p of an, seen from its sentence id.
func (d *details) pairItem(an *compare.Analysis, p compare.Pair, id string) []fyne.CanvasObject {
	other := p.A
	if id == p.A {
		other = p.B
	}
	oref, _ := an.Locate(other)
	madeBy := fmt.Sprintf("belief %.2f", p.Belief)
	if p.Manual {
		madeBy = "aligned by the analyst"
	}
	segs := []widget.RichTextSegment{bold(fmt.Sprintf("Aligned with %s (%s, %s, score %.2f, %s)",
		an.Name(an.Statements[oref.Statement].ID), an.TopicLabel(p.Topic), p.Kind, p.Score, madeBy))}
	if why := p.Why.String(); why != "" {
		segs = append(segs, plain("Why: "+why, widget.RichTextStyleParagraph))
	}
	if p.Commitments != "" {
		segs = append(segs, plain("Commitments: "+p.Commitments, widget.RichTextStyleParagraph))
	}
	key := statement.PairKey(p.A, p.B)
	return []fyne.CanvasObject{
		paragraph(segs...),
		padded(textview.NewFlowText(pairRuns(an, p, id == p.B)...)),
		noteLine(d.deps.note(key)),
		container.NewHBox(
			widget.NewButtonWithIcon("Note on this alignment…", theme.DocumentCreateIcon(), func() {
				d.deps.editNote(project.NoteOnPair, key, fmt.Sprintf("The alignment of %s and %s", passageName(an, p.A), passageName(an, p.B)))
			}),
			widget.NewButtonWithIcon("Unpair", theme.ContentClearIcon(), func() { d.deps.unpair(p.A, p.B) }),
			widget.NewButtonWithIcon("Show", theme.VisibilityIcon(), func() { d.deps.reveal(other) }),
		),
	}
}

func topicReason(an *compare.Analysis, tc compare.TopicCause) string {
	switch {
	case tc.Manual:
		return "placed here by the analyst"
	case len(tc.Cues) > 0:
		return fmt.Sprintf("cue words: %s (weight %.1f)", strings.Join(tc.Cues, ", "), tc.Score)
	case tc.Via != "":
		return "taken from the passage it is aligned with, " + passageName(an, tc.Via)
	}
	return "grouped with similar unclassified sentences"
}

// passageName names a sentence for a reader: its statement's name and its
// place there ("G7 leaders' statement, sentence 3"), never its id.
func passageName(an *compare.Analysis, id string) string {
	sid, err := statement.ParseSentenceID(id)
	if err != nil {
		return id
	}
	return rtl.Isolate(an.Name(sid.Statement)) + ", sentence " + strconv.Itoa(sid.N)
}

// quoted shows a sentence in quotation marks, in Parley's text widget so
// that a right-to-left sentence reads in its direction with its closing
// mark and full stop where its script puts them.
func quoted(text string) fyne.CanvasObject {
	if rtl.MostlyRTL(text) {
		// Straight marks: curly ones are not mirrored, and would face the
		// wrong way at the right-hand start of the sentence.
		return padded(textview.NewFlowText(textview.Run{Text: `"` + text + `"`}))
	}
	return padded(textview.NewFlowText(textview.Run{Text: "“" + text + "”"}))
}

func describeCommitment(c compare.Commitment) string {
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
		line += " · reported"
		if c.Source != "" && c.Source != c.Actor {
			line += " by " + c.Source
		}
		line += ", not said in this statement's own voice"
	}
	return line + " · cues: " + strings.Join(c.Cues, ", ")
}

// noteLine shows a note, or nothing.
func noteLine(note string) fyne.CanvasObject {
	if note == "" {
		return container.NewVBox()
	}
	style := widget.RichTextStyleParagraph
	style.TextStyle.Italic = true
	style.ColorName = theme.ColorNamePrimary
	return paragraph(plain("Note: "+note, style))
}

func paragraph(segs ...widget.RichTextSegment) *widget.RichText {
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// padded keeps Parley's text widget as far from the panel's edges as a
// rich text's paragraphs are.
func padded(o fyne.CanvasObject) fyne.CanvasObject {
	pad := theme.InnerPadding()
	return container.New(layout.NewCustomPaddedLayout(pad/2, pad/2, pad, pad), o)
}

func plain(text string, style widget.RichTextStyle) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: style}
}

func bold(text string) *widget.TextSegment {
	style := widget.RichTextStyleStrong
	style.Inline = false
	return &widget.TextSegment{Text: text, Style: style}
}
