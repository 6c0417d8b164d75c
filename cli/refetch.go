package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/importer/web"
	"github.com/parley-app/parley/statement"
)

// Refetched is what fetching a statement's page again found.
type Refetched struct {
	ID              string               `json:"id"`
	Title           string               `json:"title"`
	URL             string               `json:"url"`
	RetrievedBefore string               `json:"retrieved_before,omitempty"`
	Retrieved       string               `json:"retrieved"`
	SHA256Before    string               `json:"sha256_before,omitempty"`
	SHA256          string               `json:"sha256"`
	Changed         bool                 `json:"changed"`      // the bytes differ
	TextChanged     bool                 `json:"text_changed"` // and so does the statement read from them
	Diff            *compare.VersionDiff `json:"diff,omitempty"`
	Error           string               `json:"error,omitempty"`
}

func runRefetch(env Env, args []string) int {
	fs := newFlags("refetch")
	asJSON := fs.Bool("json", false, "print JSON")
	if !parseFlags(env, fs, args) {
		return ExitUsage
	}
	if fs.NArg() == 0 {
		return usageError(env, "refetch: name statement files or a project")
	}
	w, err := LoadFiles(fs.Args())
	if err != nil {
		env.fail(err)
		return ExitUsage
	}
	var out []Refetched
	failed := false
	for _, e := range w.Project.Statements {
		if !web.IsURL(e.Source) {
			continue
		}
		r := refetch(context.Background(), e.Statement)
		failed = failed || r.Error != ""
		out = append(out, r)
	}
	if len(out) == 0 {
		env.fail(fmt.Errorf("none of these statements was opened from a web address: there is nothing to fetch again"))
		return ExitUsage
	}
	code := ExitOK
	if failed {
		code = ExitError
	}
	if *asJSON {
		if c := writeJSON(env, out); c != ExitOK {
			return c
		}
		return code
	}
	c := newPalette(env.Stdout)
	if wc := writeText(env, func(w io.Writer) { printRefetched(w, out, c) }); wc != ExitOK {
		return wc
	}
	return code
}

// refetch fetches old's page again and compares it with old.
func refetch(ctx context.Context, old statement.Statement) Refetched {
	r := Refetched{ID: old.ID, Title: old.DisplayTitle(), URL: old.Source,
		RetrievedBefore: old.Extra["retrieved"], SHA256Before: old.Extra["sha256"]}
	st, f, err := web.Import(ctx, old.Source, web.Options{})
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.Retrieved, r.SHA256 = st.Extra["retrieved"], f.SHA256
	r.Changed = f.SHA256 != r.SHA256Before
	r.TextChanged = st.Text != old.Text
	if r.TextChanged {
		d, err := compare.DiffVersions(ctx, old, st, compare.DiffOptions{})
		if err != nil {
			r.Error = err.Error()
			return r
		}
		r.Diff = d
	}
	return r
}

func printRefetched(w io.Writer, rs []Refetched, c palette) {
	for _, r := range rs {
		since := nonEmptyOr(r.RetrievedBefore, "it was saved")
		switch {
		case r.Error != "":
			fmt.Fprintf(w, "%s: %s\n", c.bold(r.Title), c.red(r.Error))
		case !r.Changed:
			fmt.Fprintf(w, "%s: unchanged since %s (SHA-256 %s)\n", c.bold(r.Title), since, r.SHA256)
		case !r.TextChanged:
			fmt.Fprintf(w, "%s: the page changed since %s (SHA-256 %s → %s), its statement did not\n", c.bold(r.Title), since, r.SHA256Before, r.SHA256)
		default:
			s := r.Diff.Summary
			fmt.Fprintf(w, "%s: changed since %s (SHA-256 %s → %s): %s inserted, %d deleted, %d moved\n\n%s\n",
				c.bold(r.Title), since, r.SHA256Before, r.SHA256, words(s.Inserted), s.Deleted, s.Moved, redline(r.Diff.Ops, c))
		}
	}
}
