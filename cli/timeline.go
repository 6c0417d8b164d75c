package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/parley-app/parley/compare"
)

// runTimeline prints the statements as a series in date order: each topic
// and subject statement by statement, marked as first said, unchanged,
// reworded, strengthened, weakened or dropped, and the formulas that recur
// with their first and last use.
func runTimeline(env Env, args []string) int {
	fs := newFlags("timeline")
	asJSON := fs.Bool("json", false, "print the timeline as JSON")
	all := fs.Bool("all", false, "print every row, not only those that change")
	var track phraseList
	fs.Var(&track, "track", "a phrase to follow through the series (repeat for more)")
	if !parseFlags(env, fs, args) {
		return ExitUsage
	}
	if fs.NArg() < 2 {
		return usageError(env, "timeline: name two statement files or more, or a project")
	}
	w, err := LoadFiles(fs.Args())
	if err != nil {
		env.fail(err)
		return ExitUsage
	}
	env.notify(w)
	a, err := compare.Analyze(context.Background(), w.Project.Included(),
		compare.Options{Overrides: w.Project.Settings.Overrides, Actors: compare.ActorsWith(w.Project.Settings.Actors)}, nil)
	if err != nil {
		env.fail(err)
		return ExitError
	}
	for _, p := range track {
		a.Timeline.Phrases = append([]compare.TrackedPhrase{a.TrackPhrase(p)}, a.Timeline.Phrases...)
	}
	if *asJSON {
		return writeJSON(env, a.Timeline)
	}
	return writeText(env, func(out io.Writer) { printTimeline(out, a, *all, newPalette(env.Stdout)) })
}

// markSigns are the one-character marks of the text output.
var markSigns = map[string]string{
	compare.MarkFirst: "+", compare.MarkReturned: "↺", compare.MarkUnchanged: "=", compare.MarkReworded: "~",
	compare.MarkStrengthened: "▲", compare.MarkWeakened: "▼", compare.MarkDropped: "−", compare.MarkSilent: "·",
}

func printTimeline(w io.Writer, a *compare.Analysis, all bool, c palette) {
	tl := a.Timeline
	fmt.Fprintln(w, c.bold("Series"))
	for k, id := range tl.Statements {
		st := a.Statement(id)
		fmt.Fprintf(w, "  %2d  %-10s %s\n", k+1, st.Date, a.ShortName(id))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.bold("Topics and subjects")+c.dim("  + first  = unchanged  ~ reworded  ▲ strengthened  ▼ weakened  − dropped  ↺ returned  · silent"))
	for _, r := range tl.Rows {
		if !all && !r.Changes() {
			continue
		}
		signs := make([]string, len(r.Cells))
		for i, cell := range r.Cells {
			signs[i] = markSigns[cell.Mark]
		}
		label := r.Label
		if r.Kind == compare.RowSubject {
			label += c.dim(" (subject)")
		}
		fmt.Fprintf(w, "  %s  %s\n", strings.Join(signs, " "), label)
	}
	if len(tl.Actors) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, c.bold("Commitments by actor")+c.dim("  strongest in each statement: ▇ high  ▅ median  ▂ low  · none"))
		for _, r := range tl.Actors {
			bars := make([]string, len(r.Cells))
			for i, cell := range r.Cells {
				bars[i] = strengthBars[cell.Strength]
			}
			fmt.Fprintf(w, "  %s  %s\n", strings.Join(bars, " "), r.Actor)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.bold("Recurring formulas"))
	for _, p := range tl.Phrases {
		mine := ""
		if p.Analyst {
			mine = c.dim(" (tracked)")
		}
		if len(p.Statements) == 0 {
			fmt.Fprintf(w, "  %-40s not used in these statements%s\n", "“"+p.Phrase+"”", mine)
			continue
		}
		fmt.Fprintf(w, "  %-40s %d statements, %d uses · first %s, last %s%s\n", "“"+p.Phrase+"”", len(p.Statements), p.Uses,
			nonEmptyOr(p.FirstDate, p.First), nonEmptyOr(p.LastDate, p.Last), mine)
	}
}

// strengthBars draw a commitment's strength as a bar of the text output.
var strengthBars = map[string]string{"high": "▇", "median": "▅", "low": "▂", "": "·"}

// phraseList collects a repeated flag.
type phraseList []string

func (l *phraseList) String() string     { return strings.Join(*l, "; ") }
func (l *phraseList) Set(v string) error { *l = append(*l, v); return nil }

func nonEmptyOr(s, fallback string) string {
	if s != "" {
		return s
	}
	return fallback
}
