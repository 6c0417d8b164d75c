package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/importer/web"
	"github.com/parley-app/parley/project"
	"github.com/parley-app/parley/statement"
)

// openWebAddressDialog asks for one web address or several, one a line
// (File → Open Web Address…), and fetches them.
func (ws *Workspace) openWebAddressDialog() {
	entry := widget.NewMultiLineEntry()
	entry.SetPlaceHolder("https://www.example.gov/briefing-room/statement-on-…\none address a line; Shift+Enter opens them")
	entry.SetMinRowsVisible(5)
	fromFile := widget.NewButton("Add Addresses from a Text File…", func() { ws.readAddressFile(entry) })
	d := dialog.NewForm("Open web addresses", "Open", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Addresses", entry), widget.NewFormItem("", fromFile)}, func(ok bool) {
			if ok {
				ws.loadAddresses(webAddresses(entry.Text))
			}
		}, ws.window)
	entry.OnSubmitted = func(string) { d.Submit() } // Shift+Enter opens, from the keyboard
	d.Resize(fyne.NewSize(640, 0))
	unfocusOnClose(d, entry)
	d.Show()
	ws.window.Canvas().Focus(entry) // type at once
}

// readAddressFile adds the lines of a text file of addresses to entry.
func (ws *Workspace) readAddressFile(entry *widget.Entry) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, maxAddressFile+1))
		switch {
		case err != nil:
			ws.showError(fmt.Errorf("%s: %w", r.URI().Name(), err))
		case len(data) > maxAddressFile || !utf8.Valid(data):
			ws.showError(fmt.Errorf("%s: not a text file of addresses, one a line", r.URI().Name()))
		default:
			entry.SetText(strings.TrimSpace(strings.TrimSpace(entry.Text) + "\n" + string(data)))
		}
	}, ws.window)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".csv", ".list"}))
	d.Show()
}

// maxAddressFile bounds a file of addresses: a thousand long ones.
const maxAddressFile = 1 << 20

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
			before := len(ws.project.Statements)
			ws.addLinked(got, nil)
			ws.confirmFetched(before, len(errs) > 0)
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

// confirmFetched asks the analyst to confirm what a page's metadata said
// of the one statement just fetched (from index first of the project), in
// the details editor; of several, it says where to check them. An error
// dialog, when some address failed, takes precedence.
func (ws *Workspace) confirmFetched(first int, failed bool) {
	added := len(ws.project.Statements) - first
	switch {
	case added == 1 && !failed:
		ws.sidebar.list.Select(first)
		ws.editMetadataDialog(first)
	case added > 0:
		ws.status.notify(fmt.Sprintf("%s fetched: check the title, date and speaker each page gave (Edit → Statement Details…, Ctrl+Shift+M)",
			counted(added, "statement", "statements")))
	}
}
