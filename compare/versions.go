package compare

import (
	"context"
	"fmt"
	"sync"

	"github.com/parley-app/parley/compare/worddiff"
	"github.com/parley-app/parley/statement"
)

// The word diff's vocabulary, so that the window, the report and the CLI
// render diffs without reaching for the package that computes them.
type (
	DiffOptions = worddiff.Options
	DiffOp      = worddiff.Op
	DiffKind    = worddiff.Kind
	DiffSummary = worddiff.Summary
)

// The kinds of DiffOp.
const (
	DiffEqual  = worddiff.Equal
	DiffInsert = worddiff.Insert
	DiffDelete = worddiff.Delete
	DiffMove   = worddiff.Move
)

// SummarizeDiff counts the words of ops per kind.
func SummarizeDiff(ops []DiffOp) DiffSummary { return worddiff.Summarize(ops) }

// VersionDiff is the word diff of two statements read as versions of one
// text: From the earlier one (or the baseline), To the other; moved
// passages are found as moves, not as a deletion and an insertion.
type VersionDiff struct {
	From    string      `json:"from"`
	To      string      `json:"to"`
	Summary DiffSummary `json:"summary"`
	Ops     []DiffOp    `json:"ops"`
}

// DiffVersions diffs two statements as versions. It is the one
// computation behind the Wording view, the report's redlines and `parley
// diff`; it stops with ctx.Err() once ctx is done.
func DiffVersions(ctx context.Context, from, to statement.Statement, opt DiffOptions) (*VersionDiff, error) {
	r, err := worddiff.VersionsContext(ctx, from.Text, to.Text, opt)
	if err != nil {
		return nil, err
	}
	return &VersionDiff{From: from.ID, To: to.ID, Summary: r.Summary, Ops: r.Ops}, nil
}

// versionCache keeps the version diffs an analysis has computed, so each
// pair (with its options) is diffed once however many views ask for it.
type versionCache struct {
	texts map[string]statement.Statement // the analysed statements, by id
	mu    sync.Mutex
	diffs map[versionKey]*VersionDiff
}

type versionKey struct {
	from, to string
	opt      DiffOptions
}

func newVersionCache(statements []statement.Statement) *versionCache {
	c := &versionCache{texts: make(map[string]statement.Statement, len(statements)), diffs: map[versionKey]*VersionDiff{}}
	for _, st := range statements {
		c.texts[st.ID] = st
	}
	return c
}

// VersionDiff returns the version diff of statement from against
// statement to, computing it on first use and then keeping it with the
// analysis. Safe for concurrent use.
func (a *Analysis) VersionDiff(ctx context.Context, from, to string, opt DiffOptions) (*VersionDiff, error) {
	c := a.versions
	if c == nil {
		return nil, fmt.Errorf("this analysis holds no statement texts to diff (it was read from JSON)")
	}
	key := versionKey{from, to, opt}
	c.mu.Lock()
	d, ok := c.diffs[key]
	c.mu.Unlock()
	if ok {
		return d, nil
	}
	stFrom, okFrom := c.texts[from]
	stTo, okTo := c.texts[to]
	if !okFrom || !okTo {
		return nil, fmt.Errorf("no statement %q to diff", map[bool]string{true: to, false: from}[okFrom])
	}
	d, err := DiffVersions(ctx, stFrom, stTo, opt)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if prev, ok := c.diffs[key]; ok {
		d = prev // another caller finished first; keep one answer
	} else {
		c.diffs[key] = d
	}
	c.mu.Unlock()
	return d, nil
}
