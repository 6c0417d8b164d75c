package cli

import (
	"fmt"
	"io"

	"github.com/parley-app/parley/importer"
	"github.com/parley-app/parley/importer/quotes"
)

func runQuotes(env Env, args []string) int {
	fs := newFlags("quotes")
	asJSON := fs.Bool("json", false, "print JSON")
	split := fs.String("split", "", "write one statement file per speaker into this folder")
	if !parseFlags(env, fs, args) {
		return ExitUsage
	}
	if fs.NArg() != 1 {
		return usageError(env, "quotes: name one article (.txt, .md, .html, .docx or .pdf)")
	}
	article, err := importer.ReadFile(fs.Arg(0))
	if err != nil {
		env.fail(err)
		return ExitUsage
	}
	res := quotes.Extract(article.Text)
	if *split != "" {
		paths, err := quotes.WriteSplit(*split, res, article)
		if err != nil {
			env.fail(err)
			return ExitError
		}
		for _, p := range paths {
			fmt.Fprintln(env.Stderr, "wrote", p)
		}
	}
	if *asJSON {
		return writeJSON(env, res)
	}
	return writeText(env, func(w io.Writer) { printQuotes(w, res, newPalette(env.Stdout)) })
}

func printQuotes(w io.Writer, r quotes.Result, c palette) {
	if len(r.Speakers) == 0 {
		fmt.Fprintln(w, "No quotes found.")
		return
	}
	for _, sp := range r.Speakers {
		fmt.Fprintf(w, "%s %s\n", c.bold(sp.Name), c.dim(joinNonEmpty(", ", sp.Role, sp.Organization, sp.Kind)))
		for _, q := range sp.Quotes {
			mark := "reported"
			if q.Direct {
				mark = "quoted"
			}
			cue := q.Cue
			if q.Via != "" {
				cue += ", via " + q.Via // who relayed the words
			}
			fmt.Fprintf(w, "  %s (%s, %s, %d–%d): %s\n", c.dim(mark), cue, c.dim("bytes"), q.Start, q.End, q.Text)
		}
	}
}

func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += p
	}
	return out
}
