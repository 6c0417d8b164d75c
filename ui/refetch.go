package ui

import (
	"context"
	"fmt"
	"slices"

	"github.com/parley-app/parley/importer/web"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

// fetchAgain fetches statement i's page again (Edit → Fetch Again): the
// analyst learns whether it changed since it was retrieved (by the SHA-256
// of the bytes), and a changed page comes in as a new statement beside the
// old one, the two compared as versions in the Wording view.
func (ws *Workspace) fetchAgain(i int) {
	if i < 0 || i >= len(ws.project.Statements) {
		ws.status.notify("Select a statement in the sidebar first")
		return
	}
	old := ws.project.Statements[i].Statement
	if !web.IsURL(old.Source) {
		ws.showError(fmt.Errorf("“%s” was not opened from a web address: there is nothing to fetch again", old.DisplayTitle()))
		return
	}
	ws.status.working("Fetching "+old.Source+" again…", 0)
	ctx, cancel := context.WithCancel(context.Background())
	ws.status.cancellable(cancel)
	ws.bg.run(func() {
		defer cancel()
		st, pg, err := fetchStatement(ctx, old.Source)
		cancelled := ctx.Err() != nil // read now: the deferred cancel comes before the post runs
		ws.bg.post(func() {
			ws.status.done()
			switch {
			case cancelled:
				ws.status.notify("Fetching cancelled: nothing was added")
			case err != nil:
				ws.showError(err)
			default:
				ws.compareFetched(old, st, pg)
			}
		})
	}, ws.jobFailed)
}

// compareFetched says whether the page changed since old was fetched; if
// it did, adds the new copy and compares the two in the Wording view.
func (ws *Workspace) compareFetched(old, st statement.Statement, pg project.Page) {
	when := old.Extra["retrieved"]
	if when == "" {
		when = "it was added"
	}
	if st.Extra["sha256"] == old.Extra["sha256"] {
		ws.status.notify(fmt.Sprintf("“%s”: the page is unchanged since %s (the same SHA-256)", old.DisplayTitle(), when))
		return
	}
	if st.Text == old.Text {
		ws.status.notify(fmt.Sprintf("“%s”: the page changed since %s, but not its statement's text", old.DisplayTitle(), when))
		return
	}
	ws.project.KeepPage(pg)
	ws.addLinkedNow([]statement.Statement{st}, nil)
	ws.status.notify(fmt.Sprintf("“%s”: the page changed since %s; the new copy is added beside the old, compared in the Wording view", old.DisplayTitle(), when))
	ws.compareInWording(old.ID, ws.project.Statements[len(ws.project.Statements)-1].ID)
}

// compareInWording shows statements a and b, both included, against each
// other in the Wording view.
func (ws *Workspace) compareInWording(a, b string) {
	for _, id := range []string{a, b} {
		if k := slices.IndexFunc(ws.project.Statements, func(e project.Entry) bool { return e.ID == id }); k >= 0 && !ws.project.Statements[k].Included {
			ws.include(k, true)
		}
	}
	sts := columnStatements(ws.columns())
	ia := slices.IndexFunc(sts, func(s statement.Statement) bool { return s.ID == a })
	ib := slices.IndexFunc(sts, func(s statement.Statement) bool { return s.ID == b })
	if ia < 0 || ib < 0 {
		return
	}
	ws.wording.selA.SetSelectedIndex(ia)
	ws.wording.selB.SetSelectedIndex(ib)
	ws.tabs.SelectIndex(wordingTab)
}
