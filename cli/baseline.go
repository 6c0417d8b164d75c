package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/parley-app/parley/compare"
	"github.com/parley-app/parley/project"
)

// baselineFlags choose the statement the others are compared with as
// versions, by the rule the window's preferences use.
type baselineFlags struct {
	id   *string
	rule *string
}

func addBaselineFlags(fs *flag.FlagSet) baselineFlags {
	return baselineFlags{
		id:   fs.String("baseline", "", "statement id the others are compared with as versions (default: the project's, else --baseline-rule)"),
		rule: fs.String("baseline-rule", string(compare.BaselineFirst), "which statement is the baseline when none is named: first, oldest or newest"),
	}
}

// choice is the picked baseline (the flag, else the project's) and the rule.
func (b baselineFlags) choice(p *project.Project) (string, compare.BaselineRule, error) {
	rule := compare.BaselineRule(*b.rule)
	known := false
	for _, r := range compare.BaselineRules {
		known = known || r == rule
	}
	if !known {
		return "", "", fmt.Errorf("--baseline-rule must be first, oldest or newest, not %q", *b.rule)
	}
	if *b.id == "" {
		return p.Settings.Baseline, rule, nil // a project's pick that is gone falls back to the rule
	}
	for _, st := range p.Included() {
		if st.ID == *b.id {
			return *b.id, rule, nil
		}
	}
	return "", "", fmt.Errorf("--baseline %q is not one of the statements", *b.id)
}

// printCommitmentGaps lists the widest commitment differences and the
// topics on which only some actors commit.
func printCommitmentGaps(w io.Writer, a *compare.Analysis, c palette) {
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.bold("Commitment differences"))
	if len(a.CommitmentGaps) == 0 {
		fmt.Fprintln(w, "  "+c.dim("no aligned pair differs in its commitments"))
	}
	for _, g := range a.CommitmentGaps {
		fmt.Fprintf(w, "  [%s] %s ↔ %s  %s\n", g.Topic, g.A, g.B, g.Summary)
	}
	for _, s := range a.Silences {
		committed := make([]string, len(s.Committed))
		for i, cell := range s.Committed {
			committed[i] = cell.Actor + " " + cell.Summary
		}
		fmt.Fprintf(w, "  [%s] %s %s\n", s.Topic, strings.Join(committed, "; "), c.dim("— no commitment: "+strings.Join(s.Silent, ", ")))
	}
	for _, sh := range a.CommitmentShifts {
		fmt.Fprintf(w, "  [%s] %s\n", sh.Topic, sh.Describe(func(id string) string { return id }))
	}
}

// printVersions counts the changes of each version against the baseline.
func printVersions(w io.Writer, a *compare.Analysis, c palette) {
	if len(a.Versions) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.bold("Versions against "+a.Baseline))
	for _, v := range a.Versions {
		s := v.Summary
		fmt.Fprintf(w, "  %-14s %s inserted, %d deleted, %d moved, %d unchanged\n", v.To, words(s.Inserted), s.Deleted, s.Moved, s.Unchanged)
	}
}
