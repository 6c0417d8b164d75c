package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/internal/clip"
	"github.com/parley-app/parley/statement"
)

func runAnalyze(env Env, args []string) int {
	fs := newFlags("analyze")
	asJSON := fs.Bool("json", false, "print JSON")
	topicsFile := fs.String("topics", "", "topic scheme (TOML) instead of the built-in one")
	actorsFile := addActorsFlag(fs)
	base := addBaselineFlags(fs)
	if !parseFlags(env, fs, args) {
		return ExitUsage
	}
	if fs.NArg() == 0 {
		return usageError(env, "analyze: name at least one statement file or a project")
	}
	opt := compare.Options{}
	if *topicsFile != "" {
		data, err := os.ReadFile(*topicsFile)
		if err != nil {
			env.fail(err)
			return ExitUsage
		}
		if opt.Topics, err = compare.ParseTopics(*topicsFile, data); err != nil {
			env.fail(err)
			return ExitUsage
		}
	}
	actors, err := actorsFile.read()
	if err != nil {
		env.fail(err)
		return ExitUsage
	}
	w, err := LoadFiles(fs.Args())
	if err != nil {
		env.fail(err)
		return ExitUsage
	}
	env.notify(w)
	if _, err := actorsFile.addTo(&w, actors); err != nil {
		env.fail(err)
		return ExitUsage
	}
	opt.Overrides = w.Project.Settings.Overrides
	opt.Actors = compare.ActorsWith(w.Project.Settings.Actors)
	if opt.Baseline, opt.BaselineRule, err = base.choice(w.Project); err != nil {
		return usageError(env, "analyze: %v", err)
	}
	a, err := compare.Analyze(context.Background(), w.Project.Included(), opt, nil)
	if err != nil {
		env.fail(err)
		return ExitError
	}
	if *asJSON {
		return writeJSON(env, a.WithDiffs())
	}
	return writeText(env, func(w io.Writer) { printAnalysis(w, a, newPalette(env.Stdout)) })
}

// writeText runs print on a buffer of stdout, so that a long listing is
// written in a few system calls rather than one a line.
func writeText(env Env, print func(io.Writer)) int {
	w := bufio.NewWriterSize(env.Stdout, 64<<10)
	print(w)
	if err := w.Flush(); err != nil {
		env.fail(err)
		return ExitError
	}
	return ExitOK
}

// writeJSON prints v as JSON: indented for a person at a terminal, compact
// for a pipe or a file (as gh and kubectl do), where indenting would be
// a second pass over every byte that a script or jq does not need.
func writeJSON(env Env, v any) int {
	enc := json.NewEncoder(env.Stdout)
	if isTerminal(env.Stdout) {
		enc.SetIndent("", "  ")
	}
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		env.fail(err)
		return ExitError
	}
	return ExitOK
}

func printAnalysis(w io.Writer, a *compare.Analysis, c palette) {
	fmt.Fprintln(w, c.bold("Statements"))
	for _, st := range a.Statements {
		fmt.Fprintf(w, "  %-14s %s — %s, %s · %d words, %d sentences\n", st.ID, st.Title,
			st.Speaker, st.Date, st.Words, len(st.Sentences))
		if o := st.Original; o != nil {
			fmt.Fprintf(w, "  %-14s %s\n", "", c.dim(fmt.Sprintf("%s translation of %s (%s, %s original): %d sentence links",
				st.Language.Name, o.ID, clip.Text(o.Title, 60), o.Language.Name, len(o.Links))))
		}
	}
	fmt.Fprintln(w)
	if len(a.Findings) > 0 {
		fmt.Fprintln(w, c.bold("Key findings"))
		for _, f := range a.Findings {
			fmt.Fprintf(w, "  • %s %s\n", f.Text, c.dim("["+strings.Join(f.Evidence, ", ")+"]"))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, c.bold("Topics"))
	for _, t := range a.Topics {
		if len(t.Passages) == 0 {
			continue
		}
		fmt.Fprintf(w, "  %s\n", c.bold(t.Label))
		for _, st := range a.Statements {
			ids := t.Passages[st.ID]
			if len(ids) == 0 {
				fmt.Fprintf(w, "    %-14s %s\n", st.ID, c.dim("not addressed"))
				continue
			}
			for _, id := range ids {
				fmt.Fprintf(w, "    %-14s %s %s\n", st.ID, c.dim(shortID(id)), clip.Text(a.Sentence(id).Text, 100))
			}
		}
	}
	printUnaligned(w, a, c)
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.bold("Aligned pairs"))
	for _, p := range a.Pairs {
		fmt.Fprintf(w, "  [%s] %s ↔ %s  %s %.2f (belief %.2f)  shared: %s\n", p.Topic, p.A, p.B, p.Kind, p.Score, p.Belief, p.Reason())
		if why := p.Why.String(); why != "" {
			fmt.Fprintf(w, "    %s\n", c.dim("why: "+why))
		}
		if p.Kind == compare.KindVersion {
			fmt.Fprintf(w, "    %s\n", redline(a.PairDiff(p), c))
		} else {
			fmt.Fprintf(w, "    %s\n", sharedPhrases(a, p, c))
		}
	}
	printCommitmentGaps(w, a, c)
	printVersions(w, a, c)
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.bold("Distinctive vocabulary"))
	for _, st := range a.Statements {
		var terms []string
		for _, t := range a.Terms[st.ID] {
			terms = append(terms, fmt.Sprintf("%s (%.1f)", t.Term, t.Score))
		}
		fmt.Fprintf(w, "  %-14s %s\n", st.ID, strings.Join(terms, ", "))
	}
}

// printUnaligned lists the sentences on no topic: no cue word put them on
// one and no other statement has a counterpart.
func printUnaligned(w io.Writer, a *compare.Analysis, c palette) {
	header := false
	for _, st := range a.Statements {
		for _, s := range st.Sentences {
			if len(s.Topics) > 0 {
				continue
			}
			if !header {
				fmt.Fprintf(w, "  %s\n", c.bold("No counterpart and no topic"))
				header = true
			}
			fmt.Fprintf(w, "    %-14s %s %s\n", st.ID, c.dim(shortID(s.ID)), clip.Text(s.Text, 100))
		}
	}
}

// sharedPhrases writes passage A with the phrases both passages use
// marked as «shared»; the rest is what A says that B does not.
func sharedPhrases(a *compare.Analysis, p compare.Pair, c palette) string {
	text := a.Sentence(p.A).Text
	var b strings.Builder
	at := 0
	for _, ph := range compare.InOrderOfA(p.Phrases) {
		b.WriteString(text[at:ph.AStart])
		b.WriteString(c.bold("«" + text[ph.AStart:ph.AEnd] + "»"))
		at = ph.AEnd
	}
	b.WriteString(text[at:])
	return b.String()
}

func shortID(id string) string {
	sid, _ := statement.ParseSentenceID(id)
	return sid.Label()
}

// redline writes a diff the way git's --word-diff does: [-deleted-],
// {+inserted+}, and moves as [>moved<] at their new place.
func redline(ops []compare.DiffOp, c palette) string {
	parts := make([]string, 0, len(ops))
	for _, op := range ops {
		switch {
		case op.Op == compare.DiffInsert:
			parts = append(parts, c.green("{+"+op.Text+"+}"))
		case op.Op == compare.DiffDelete:
			parts = append(parts, c.red("[-"+op.Text+"-]"))
		case op.Op == compare.DiffMove && op.Side == "from":
			parts = append(parts, c.blue(fmt.Sprintf("[moved #%d from here]", op.MoveID)))
		case op.Op == compare.DiffMove:
			parts = append(parts, c.blue(fmt.Sprintf("[>#%d ", op.MoveID))+redline(op.Edits, c)+c.blue("<]"))
		default:
			parts = append(parts, op.Text)
		}
	}
	return strings.Join(parts, " ")
}

// palette colours terminal output; it is plain when stdout is not a
// terminal or NO_COLOR is set.
type palette struct{ on bool }

func newPalette(w io.Writer) palette {
	return palette{on: os.Getenv("NO_COLOR") == "" && isTerminal(w)}
}

// isTerminal reports whether w is a terminal a person reads (not merely a
// character device: /dev/null is one too).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (p palette) wrap(code, s string) string {
	if !p.on {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (p palette) bold(s string) string  { return p.wrap("1", s) }
func (p palette) dim(s string) string   { return p.wrap("2", s) }
func (p palette) red(s string) string   { return p.wrap("31", s) }
func (p palette) green(s string) string { return p.wrap("32", s) }
func (p palette) blue(s string) string  { return p.wrap("34", s) }
