package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/importer"
	"github.com/parley-app/parley/importer/quotes"
	"github.com/parley-app/parley/internal/clip"
	"github.com/parley-app/parley/statement"
)

// File → Import Article…: a news article is read in any supported format,
// its quotes are attributed to their speakers, and the analyst reviews the
// speakers — keeps or drops each, renames them, merges two by giving them
// one name — before they are loaded as statements.

func (ws *Workspace) importArticleDialog() {
	ws.chooseFile(importer.Extensions(), ws.importArticle)
}

// importArticle reads and splits the article in the background, then shows
// the review dialog.
func (ws *Workspace) importArticle(path string) {
	ws.status.working("Finding quotes…", 0)
	cancelled := false // read and set on the UI goroutine only
	ws.status.cancellable(func() { cancelled = true })
	ws.bg.run(func() {
		article, err := importer.ReadFile(path)
		var res quotes.Result
		if err == nil {
			res = quotes.Extract(article.Text)
		}
		ws.bg.post(func() {
			if cancelled { // the result is dropped
				ws.status.notify("Import cancelled")
				return
			}
			ws.status.done()
			switch {
			case err != nil:
				ws.showError(err)
			case len(res.Speakers) == 0:
				ws.showError(fmt.Errorf("%s: no quotes found; load it as a statement instead", path))
			default:
				ws.reviewSpeakers(res, article)
			}
		})
	}, ws.jobFailed)
}

// speakerReview is one row of the review dialog.
type speakerReview struct {
	keep *widget.Check
	name *widget.Entry
}

func (ws *Workspace) reviewSpeakers(res quotes.Result, article statement.Statement) {
	rows := make([]speakerReview, len(res.Speakers))
	list := container.NewVBox()
	for i, sp := range res.Speakers {
		rows[i] = speakerReview{keep: widget.NewCheck("", nil), name: widget.NewEntry()}
		rows[i].keep.SetChecked(sp.Kind != quotes.KindUnknown)
		rows[i].name.SetText(sp.Name)
		first := ""
		if len(sp.Quotes) > 0 {
			first = "“" + clip.Text(sp.Quotes[0].Text, 90) + "”"
		}
		info := widget.NewLabel(fmt.Sprintf("%s · %s · %s", joinNonEmpty(", ", sp.Role, sp.Organization, sp.Kind), counted(len(sp.Quotes), "quote", "quotes"), first))
		info.Wrapping = fyne.TextWrapWord
		info.Importance = widget.LowImportance
		list.Add(container.NewBorder(nil, nil, rows[i].keep, nil, container.NewVBox(rows[i].name, info)))
	}
	hint := widget.NewLabel("Untick a speaker to leave it out, edit a name to rename it, give two speakers the same name to merge them.")
	hint.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(hint, nil, nil, nil, container.NewVScroll(list))
	d := dialog.NewCustomConfirm("Speakers in "+article.DisplayTitle(), "Load as statements", "Cancel", content, func(ok bool) {
		if !ok {
			return
		}
		names := make([]string, len(rows))
		keep := make([]bool, len(rows))
		for i, r := range rows {
			names[i], keep[i] = r.name.Text, r.keep.Checked
		}
		ws.addStatements(quotes.Statements(reviewed(res, names, keep), article)...)
	}, ws.window)
	d.Resize(fyne.NewSize(760, 560))
	names := make([]*widget.Entry, len(rows))
	for i, r := range rows {
		names[i] = r.name
	}
	unfocusOnClose(d, names...)
	d.Show()
}

// reviewed applies the analyst's review: dropped speakers go, renamed ones
// take their new name, and speakers sharing a name become one, their
// quotes in article order.
func reviewed(res quotes.Result, names []string, keep []bool) quotes.Result {
	var out quotes.Result
	index := map[string]int{}
	for i, sp := range res.Speakers {
		name := strings.TrimSpace(names[i])
		if !keep[i] || name == "" {
			continue
		}
		key := strings.ToLower(name)
		if j, ok := index[key]; ok {
			out.Speakers[j].Quotes = mergeQuotes(out.Speakers[j].Quotes, sp.Quotes)
			continue
		}
		sp.Name = name
		index[key] = len(out.Speakers)
		out.Speakers = append(out.Speakers, sp)
	}
	return out
}

func mergeQuotes(a, b []quotes.Quote) []quotes.Quote {
	out := make([]quotes.Quote, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || i < len(a) && a[i].Start <= b[j].Start {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}
