package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/importer/web"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

// openWebAddressDialog asks for one web address or several, one a line
// (File → Open Web Address…), and fetches them.
func (ws *Workspace) openWebAddressDialog() {
	entry := widget.NewMultiLineEntry()
	entry.SetPlaceHolder("https://www.example.gov/briefing-room/statement-on-…\none address a line")
	entry.SetMinRowsVisible(5)
	d := dialog.NewForm("Open web addresses", "Open", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Addresses", entry)}, func(ok bool) {
			if ok {
				ws.loadAddresses(webAddresses(entry.Text))
			}
		}, ws.window)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
}

// webAddresses are the lines of text that are web addresses.
func webAddresses(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// loadAddresses fetches the addresses in the background, with progress
// and Cancel, and adds the statements that came; nothing is half-added: a
// cancelled load adds none, and every address that failed is named.
func (ws *Workspace) loadAddresses(addrs []string) {
	if len(addrs) == 0 {
		return
	}
	ws.status.working("Fetching web pages…", 0)
	ctx, cancel := context.WithCancel(context.Background())
	ws.status.cancellable(cancel)
	ws.bg.run(func() {
		defer cancel()
		var got []statement.Statement
		var pages []project.Page
		var errs []error
		for i, addr := range addrs {
			if ctx.Err() != nil {
				break
			}
			st, pg, err := fetchStatement(ctx, addr)
			if err != nil {
				errs = append(errs, err)
			} else {
				got, pages = append(got, st), append(pages, pg)
			}
			done := float64(i+1) / float64(len(addrs))
			ws.bg.post(func() { ws.status.working("Fetching web pages…", done) })
		}
		if ctx.Err() != nil {
			ws.bg.post(func() { ws.status.notify("Fetching cancelled: no statement was added") })
			return
		}
		ws.bg.post(func() {
			ws.status.done()
			for _, pg := range pages {
				ws.project.KeepPage(pg) // saved only while a statement names it
			}
			ws.addLinked(got, nil)
			if len(errs) > 0 {
				ws.showError(fmt.Errorf("%d of %s could not be opened:\n%w", len(errs), counted(len(addrs), "address", "addresses"), errors.Join(errs...)))
			}
		})
	}, ws.jobFailed)
}

// fetchStatement fetches a statement from its address, with the page as
// received, to be kept in the project.
func fetchStatement(ctx context.Context, addr string) (statement.Statement, project.Page, error) {
	st, f, err := web.Import(ctx, addr, web.Options{})
	if err != nil {
		return st, project.Page{}, err
	}
	pg, err := project.NewPage(f.URL, f.FinalURL, f.ContentType, st.Extra["retrieved"], f.Body)
	return st, pg, err
}
