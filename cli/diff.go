package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/importer"
)

func runDiff(env Env, args []string) int {
	fs := newFlags("diff")
	asJSON := fs.Bool("json", false, "print JSON")
	ignoreCase := fs.Bool("ignore-case", false, "treat upper and lower case as equal")
	ignorePunct := fs.Bool("ignore-punctuation", false, "ignore differences in punctuation")
	if !parseFlags(env, fs, args) {
		return ExitUsage
	}
	if fs.NArg() != 2 {
		return usageError(env, "diff: name exactly two statement files (the older version first)")
	}
	a, err := importer.ReadFile(fs.Arg(0))
	if err != nil {
		env.fail(err)
		return ExitUsage
	}
	b, err := importer.ReadFile(fs.Arg(1))
	if err != nil {
		env.fail(err)
		return ExitUsage
	}
	if len(a.Text)+len(b.Text) < smallDiff && os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(-1))
	}
	res, err := compare.DiffVersions(context.Background(), a, b, compare.DiffOptions{IgnoreCase: *ignoreCase, IgnorePunctuation: *ignorePunct})
	if err != nil {
		env.fail(err)
		return ExitError
	}
	if *asJSON {
		return writeJSON(env, res)
	}
	c := newPalette(env.Stdout)
	s := res.Summary
	return writeText(env, func(w io.Writer) {
		fmt.Fprintf(w, "%s → %s: %s inserted, %d deleted, %d moved, %d unchanged\n\n",
			a.DisplayTitle(), b.DisplayTitle(), words(s.Inserted), s.Deleted, s.Moved, s.Unchanged)
		fmt.Fprintln(w, redline(res.Ops, c))
	})
}

// smallDiff is the input size below which a diff collects no garbage: the
// command runs once and exits, its garbage is about 15 times its input (60
// MB at this size), and one collection was a fifth of a communiqué diff's
// time. Larger inputs are collected as usual, to bound memory.
const smallDiff = 4 << 20

func words(n int) string {
	if n == 1 {
		return "1 word"
	}
	return fmt.Sprintf("%d words", n)
}
