package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/internal/clip"
	"github.com/parley-app/parley/statement"
)

// markSigns and markWords show a timeline cell's mark.
var (
	markSigns = map[string]string{
		compare.MarkFirst: "+", compare.MarkReturned: "↺", compare.MarkUnchanged: "=", compare.MarkReworded: "~",
		compare.MarkStrengthened: "▲", compare.MarkWeakened: "▼", compare.MarkDropped: "−",
	}
	markWords = map[string]string{
		compare.MarkFirst: "first said", compare.MarkReturned: "said again", compare.MarkUnchanged: "unchanged",
		compare.MarkReworded: "reworded", compare.MarkStrengthened: "strengthened", compare.MarkWeakened: "weakened",
		compare.MarkDropped: "dropped",
	}
	strengthBars = map[string]string{"high": "▇ high", "median": "▅ median", "low": "▂ low"}
)

// timelineLines are the rows of the Timeline view: the phrases the analyst
// tracks, then the topics and subjects (those that change, or all), then
// each actor's commitments, then the formulas Parley found.
func timelineLines(an *compare.Analysis, tracked []string, every bool) []timelineLine {
	tl := an.Timeline
	var lines []timelineLine
	for _, p := range tracked {
		lines = append(lines, phraseLine(an, an.TrackPhrase(p), "Tracked: “"+p+"”"))
	}
	for _, r := range tl.Rows {
		if every || r.Changes() {
			lines = append(lines, rowLine(an, r))
		}
	}
	for _, r := range tl.Actors {
		lines = append(lines, actorLine(an, r))
	}
	for _, p := range tl.Phrases {
		lines = append(lines, phraseLine(an, p, fmt.Sprintf("Formula: “%s” (%s)", p.Phrase, counted(p.Uses, "use", "uses"))))
	}
	return lines
}

func rowLine(an *compare.Analysis, r compare.TimelineRow) timelineLine {
	label := "Topic: " + r.Label
	if r.Kind == compare.RowSubject {
		label = "Subject: " + r.Label
	}
	return timelineLine{label: label, cell: func(k int) (string, string) {
		c := r.Cells[k]
		if c.Mark == compare.MarkSilent {
			return "", ""
		}
		head := markSigns[c.Mark] + " " + markWords[c.Mark]
		if c.Strength != "" {
			head += " · " + c.Strength
		}
		if len(c.Passages) == 0 {
			return head, ""
		}
		return head + "\n" + clip.Words(an.Sentence(c.Passages[0]).Text, 60), c.Passages[0]
	}}
}

func actorLine(an *compare.Analysis, r compare.ActorSeries) timelineLine {
	return timelineLine{label: "Commitments: " + r.Actor, cell: func(k int) (string, string) {
		c := r.Cells[k]
		if len(c.Commitments) == 0 {
			return "", ""
		}
		return strengthBars[c.Strength] + "\n" + strings.Join(c.Kinds, ", "), commitmentSentence(an, c.Commitments[0])
	}}
}

// phraseLine marks where a phrase is used; its cell leads to the first
// sentence of that statement that uses it.
func phraseLine(an *compare.Analysis, p compare.TrackedPhrase, label string) timelineLine {
	return timelineLine{label: label, cell: func(k int) (string, string) {
		id := an.Timeline.Statements[k]
		if !slices.Contains(p.Statements, id) {
			return "", ""
		}
		for _, s := range p.Sentences {
			if statement.StatementOf(s) == id {
				text := "✓ used"
				if p.First == id {
					text = "✓ first used"
				} else if p.Last == id {
					text = "✓ last used"
				}
				return text + "\n" + clip.Words(an.Sentence(s).Text, 55), s
			}
		}
		return "✓ used", ""
	}}
}

// commitmentSentence is the sentence of commitment id.
func commitmentSentence(an *compare.Analysis, id string) string {
	for _, c := range an.Commitments {
		if c.ID == id {
			return c.Sentence
		}
	}
	return ""
}
