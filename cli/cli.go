// Package cli is Parley's command line: small functions over the same
// packages the desktop front end uses. It never imports Fyne; opening the
// window is a function handed in by main.
package cli

import (
	"cmp"
	"slices"

	"github.com/parley-app/parley/importer/web"
	"github.com/parley-app/parley/internal/appinfo"
	"github.com/parley-app/parley/internal/profiling"
	"github.com/parley-app/parley/statement"

	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-app/parley/importer"
	"github.com/parley-app/parley/project"
)

// Exit statuses.
const (
	ExitOK    = 0
	ExitError = 1 // the command ran and failed
	ExitUsage = 2 // bad arguments or unreadable input
)

// Window describes what the desktop window should open with.
type Window struct {
	Project     *project.Project // nil: the last project, else the demo
	ProjectPath string           // where Project was loaded from, if it is a saved project
	// Changed: Project differs from the file at ProjectPath (open --actors
	// added actors to it), so the window shows it unsaved.
	Changed bool
	// Notices say what loading left out: a file given twice, or the same
	// text under two names, is read once.
	Notices []string
}

// OpenWindow starts the desktop front end and returns when it closes.
type OpenWindow func(Window) error

// Env is what a command may use besides its arguments.
type Env struct {
	Stdout, Stderr io.Writer
	Info           appinfo.AppInfo
	OpenWindow     OpenWindow
	// StartLog opens the log for this run (nil: nothing is logged); debug
	// is the global --debug flag. The function it returns closes the log.
	StartLog func(debug bool) (*slog.Logger, func())

	log *slog.Logger // set by Run
}

// fail reports err on stderr, "parley: " and one line per problem (several
// bad files give several lines), and in the log.
func (env Env) fail(err error) {
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Fprintf(env.Stderr, "parley: %s\n", line)
	}
	env.logger().Error("command failed", "err", err)
}

func (env Env) logger() *slog.Logger {
	if env.log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return env.log
}

type command struct {
	name, args, summary string
	run                 func(env Env, args []string) int
}

func commands() []command {
	return []command{
		{"open", "[--actors FILE] FILE...", "open statement files (.txt, .md, .html, .docx, .pdf) or one project (.parley) in the window; --actors adds an actors file's actors to the comparison's", runOpen},
		{"demo", "", "open the built-in demo comparison in the window", runDemo},
		{"analyze", "[--json] [--topics FILE] [--actors FILE] [--baseline ID] [--baseline-rule first|oldest|newest] FILE...", "align statements by topic; print key findings, topics, aligned pairs with word diffs, commitment differences, versions against the baseline, vocabulary", runAnalyze},
		{"diff", "[--json] [--ignore-case] [--ignore-punctuation] A B", "diff two versions of a statement word by word, with moves", runDiff},
		{"report", "[-o OUT.pdf] [--format pdf|html|docx] [--detail summary|standard|full] [--actors FILE] [--baseline ID] [--baseline-rule first|oldest|newest] [--paper a4|letter] [--title T] [--analyst NAME] FILE_OR_PROJECT...", "write the comparison report (PDF, or one HTML file, or DOCX): key findings first; --detail standard (the default) is sized for reading, full holds every passage, redline and commitment", runReport},
		{"refetch", "[--json] FILE_OR_PROJECT...", "fetch again each statement opened from a web address and say whether its page changed since it was retrieved (by SHA-256); a changed statement is diffed word by word against the copy kept", runRefetch},
		{"timeline", "[--json] [--all] [--track PHRASE]... FILE...", "the statements as a series in date order: each topic and subject statement by statement (first said, unchanged, reworded, strengthened, weakened, dropped) and the formulas that recur, with their first and last use", runTimeline},
		{"quotes", "[--json] [--split DIR] ARTICLE", "find the quotes of a news article and who said them; --split writes a statement file per speaker", runQuotes},
		{"version", "", "print the name, version and build", runVersion},
		{"help", "", "show this help", runHelp},
	}
}

// Run executes the command line args (without the program name) and
// returns the process exit status.
func Run(args []string, env Env) int {
	args, debug := globalFlags(args)
	env.log = nil
	if env.StartLog != nil {
		l, done := env.StartLog(debug)
		defer done()
		env.log = l
	}
	env.logger().Debug("start", "app", env.Info.String(), "args", args)
	if len(args) == 0 {
		return openWindow(env, Window{})
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			if c.name != "open" && c.name != "demo" {
				// The window profiles its own first seconds (main's
				// startProfile); a command, its whole run.
				defer profiling.Start(env.Stderr)()
			}
			code := c.run(env, args[1:])
			env.logger().Debug("done", "command", name, "exit", code)
			return code
		}
	}
	if strings.HasPrefix(name, "-") {
		return usageError(env, "unknown flag %s", name)
	}
	if isFile(name) || web.IsURL(name) { // "parley FILE...", as desktop entries and file managers call it
		return runOpen(env, args)
	}
	return usageError(env, "unknown command %q", name)
}

// isFile reports whether path names an existing regular file.
func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// globalFlags takes the flags that come before the command: --debug (also
// -debug) logs Debug records and copies the log to stderr.
func globalFlags(args []string) (rest []string, debug bool) {
	for len(args) > 0 && (args[0] == "--debug" || args[0] == "-debug") {
		debug = true
		args = args[1:]
	}
	return args, debug
}

func usageError(env Env, format string, a ...any) int {
	msg := fmt.Sprintf(format, a...)
	fmt.Fprintf(env.Stderr, "parley: %s (see 'parley help')\n", msg)
	env.logger().Info("usage error", "msg", msg)
	return ExitUsage
}

// newFlags makes a flag set that reports errors our way: one line, exit 2.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parseFlags(env Env, fs *flag.FlagSet, args []string) (ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			runHelp(env, nil)
			return false
		}
		usageError(env, "%s: %v", fs.Name(), err)
		return false
	}
	return true
}

func runOpen(env Env, args []string) int {
	fs := newFlags("open")
	actorsFile := addActorsFlag(fs)
	if !parseFlags(env, fs, args) {
		return ExitUsage
	}
	if fs.NArg() == 0 {
		return usageError(env, "open: name at least one file")
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
	changed, err := actorsFile.addTo(&w, actors)
	if err != nil {
		env.fail(err)
		return ExitUsage
	}
	w.Changed = changed && w.ProjectPath != ""
	return openWindow(env, w)
}

// LoadFiles reads either one project file or any number of statement files
// and web addresses (http, https: fetched, with their provenance in the
// statement's front matter) into what the window should show. A statement file whose front matter
// names its translation or its original ("translation:", "translation_of:")
// brings that file along when it exists beside it, linked to it.
func LoadFiles(paths []string) (Window, error) {
	var projects []string
	for _, p := range paths {
		if strings.EqualFold(filepath.Ext(p), project.Extension) {
			projects = append(projects, p)
		}
	}
	switch {
	case len(projects) == 1 && len(paths) == 1:
		p, err := project.Load(paths[0])
		if err != nil {
			return Window{}, err
		}
		return Window{Project: p, ProjectPath: paths[0]}, nil
	case len(projects) > 0:
		return Window{}, fmt.Errorf("open one project at a time, without statement files (got %s)", strings.Join(projects, ", "))
	}
	// Every file and address is read, so one run names every bad one; but
	// a comparison with a statement missing would mislead, so any failure
	// fails it all. A statement's translation or original, named in its
	// front matter, is read with it, and the two are linked.
	var local, addrs []string
	for _, p := range paths {
		if web.IsURL(p) {
			addrs = append(addrs, p)
		} else {
			local = append(local, p)
		}
	}
	files, errs := importer.ReadFiles(context.Background(), local, nil)
	fetched := make([]statement.Statement, 0, len(addrs))
	p := &project.Project{}
	for _, addr := range addrs {
		st, f, err := web.Import(context.Background(), addr, web.Options{})
		if err == nil {
			var pg project.Page
			pg, err = project.NewPage(f.URL, f.FinalURL, f.ContentType, st.Extra["retrieved"], f.Body)
			p.KeepPage(pg) // the page as received, saved with the project
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		fetched = append(fetched, st)
	}
	if len(errs) > 0 {
		return Window{}, errors.Join(errs...)
	}
	sts, names, pairs := inArgumentOrder(paths, files, fetched, addrs)
	dups := p.Duplicates(sts, pairs)
	var notices []string
	for _, d := range dups {
		notices = append(notices, fmt.Sprintf("%s has the same text as %s: read once", names[d.Index], names[d.OfIndex]))
	}
	sts, pairs = project.WithoutDuplicates(sts, pairs, dups)
	p.AddLinked(sts, pairs) // at once: each Add makes every id unique again
	return Window{Project: p, Notices: notices}, nil
}

// inArgumentOrder puts the statements read from files and those fetched
// from addresses in the order they were named (the first is the baseline
// by default); a file read because another named it as its translation or
// original comes right after that one. It returns where each came from and
// the translation pairs, renumbered.
func inArgumentOrder(paths []string, files []importer.File, fetched []statement.Statement, addrs []string) ([]statement.Statement, []string, []statement.TranslationPair) {
	type item struct {
		st   statement.Statement
		name string
		key  float64 // the argument's position; brought-along files just after their namer
		file int     // index in files, or -1
	}
	pos := map[string]int{}
	for i, p := range paths {
		if _, ok := pos[p]; !ok {
			pos[p] = i
		}
	}
	items := make([]item, 0, len(files)+len(fetched))
	for i, f := range files {
		key := float64(len(paths))
		if k, ok := pos[f.Path]; ok && f.NamedBy < 0 {
			key = float64(k)
		} else if f.NamedBy >= 0 {
			if k, ok := pos[files[f.NamedBy].Path]; ok {
				key = float64(k) + 0.5
			}
		}
		items = append(items, item{st: f.Statement, name: f.Path, key: key, file: i})
	}
	for i, st := range fetched {
		items = append(items, item{st: st, name: addrs[i], key: float64(pos[addrs[i]]), file: -1})
	}
	slices.SortStableFunc(items, func(a, b item) int { return cmp.Compare(a.key, b.key) })
	sts := make([]statement.Statement, len(items))
	names := make([]string, len(items))
	at := make(map[int]int, len(files)) // file index → position
	for i, it := range items {
		sts[i], names[i] = it.st, it.name
		if it.file >= 0 {
			at[it.file] = i
		}
	}
	pairs := importer.Translations(files)
	for i := range pairs {
		pairs[i] = statement.TranslationPair{Original: at[pairs[i].Original], Translation: at[pairs[i].Translation]}
	}
	return sts, names, pairs
}

// notify prints what loading left out, one line each.
func (env Env) notify(w Window) {
	for _, n := range w.Notices {
		fmt.Fprintf(env.Stderr, "parley: %s\n", n)
	}
}

func runDemo(env Env, args []string) int {
	if !parseFlags(env, newFlags("demo"), args) {
		return ExitUsage
	}
	p, err := project.Demo()
	if err != nil {
		env.fail(err)
		return ExitError
	}
	return openWindow(env, Window{Project: p})
}

func openWindow(env Env, w Window) int {
	if env.OpenWindow == nil {
		fmt.Fprintln(env.Stderr, "parley: this is the command line without the window; run parley to open it")
		return ExitError
	}
	if err := env.OpenWindow(w); err != nil {
		env.fail(err)
		return ExitError
	}
	return ExitOK
}

func runVersion(env Env, args []string) int {
	if !parseFlags(env, newFlags("version"), args) {
		return ExitUsage
	}
	fmt.Fprintln(env.Stdout, env.Info.String())
	return ExitOK
}

func runHelp(env Env, _ []string) int {
	w := env.Stdout
	fmt.Fprintf(w, "%s — compare official statements by topic, wording and commitments.\n\n", env.Info.Name)
	fmt.Fprintln(w, "Usage:")
	fmt.Fprintln(w, "  parley\n      open the window with the last project, else the demo")
	fmt.Fprintln(w, "  parley FILE...\n      the same as parley open FILE...")
	fmt.Fprintln(w, "  parley --debug COMMAND ...\n      log in detail, to stderr and the log file")
	for _, c := range commands() {
		fmt.Fprintf(w, "  parley %s\n      %s\n", strings.TrimSpace(c.name+" "+c.args), c.summary)
	}
	return ExitOK
}
