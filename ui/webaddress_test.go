package ui

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/project"
)

// File → Open Web Address… fetches each address in the background and
// adds what came; an address that fails is named, the others are added.
func TestOpenWebAddresses(t *testing.T) {
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/velm/statement" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Velm on the Harn Valley</title></head><body><main><p>Velm condemns the incursion. We call on Arden to withdraw.</p></main></body></html>`)
	}))
	defer s.Close()
	ws := newTestWorkspace(t, &project.Project{}, "")
	ws.loadAddresses(webAddresses(s.URL + "/velm/statement\n\n  " + s.URL + "/missing  \n"))
	ws.bg.settle()
	if len(ws.project.Statements) != 1 || ws.project.Statements[0].Source != s.URL+"/velm/statement" ||
		ws.project.Statements[0].Extra["sha256"] == "" {
		t.Fatalf("statements: %+v", ws.project.Statements)
	}
	dlg := ws.window.Canvas().Overlays().Top()
	if dlg == nil || findLabel(dlg, "1 of 2 addresses could not be opened") == nil {
		t.Error("the failed address is not reported")
	} else if findLabel(dlg, s.URL+"/missing") == nil {
		t.Error("the error does not name the address")
	}
	if !strings.Contains(s.URL, "127.0.0.1") {
		t.Errorf("the test server is not on loopback: %s", s.URL)
	}
}

// Edit → Fetch Again: an unchanged page is said to be unchanged; a changed
// one comes in beside the old copy and the two are compared as versions.
// The pages as received are kept with the project.
func TestFetchAgainComparesVersions(t *testing.T) {
	text := "Velm condemns the incursion. We call on Arden to withdraw its forces. We will support the mediation."
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>Velm on the Harn Valley</title></head><body><main><p>%s</p></main></body></html>`, text)
	}))
	defer s.Close()
	ws := newTestWorkspace(t, &project.Project{}, "")
	ws.loadAddresses([]string{s.URL + "/velm/statement"})
	ws.bg.settle()
	if len(ws.project.Pages) != 1 {
		t.Fatalf("%d pages kept after opening one address", len(ws.project.Pages))
	}
	// The analyst confirms what the page's metadata said.
	var entries []*widget.Entry
	if dlg := ws.window.Canvas().Overlays().Top(); dlg != nil {
		collectEntries(dlg, &entries)
	}
	if len(entries) == 0 || entries[0].Text != "Velm on the Harn Valley" {
		t.Errorf("the statement's details are not offered for confirmation after fetching (%d entries)", len(entries))
	}
	ws.window.Canvas().Overlays().Top().Hide()
	ws.window.Canvas().Overlays().Remove(ws.window.Canvas().Overlays().Top())
	ws.fetchAgain(0)
	ws.bg.settle()
	if n := ws.status.notice.Text; !strings.Contains(n, "unchanged") || len(ws.project.Statements) != 1 {
		t.Fatalf("an unchanged page: notice %q, %d statements", n, len(ws.project.Statements))
	}
	text = "Velm condemns the incursion. We demand that Arden withdraw its forces at once. We will support the mediation."
	ws.fetchAgain(0)
	ws.bg.settle()
	if len(ws.project.Statements) != 2 || len(ws.project.Pages) != 2 {
		t.Fatalf("a changed page: %d statements, %d pages", len(ws.project.Statements), len(ws.project.Pages))
	}
	if n := ws.status.notice.Text; !strings.Contains(n, "changed") {
		t.Errorf("notice %q", n)
	}
	if ws.tabs.SelectedIndex() != wordingTab || ws.wording.selA.SelectedIndex() != 0 || ws.wording.selB.SelectedIndex() != 1 {
		t.Errorf("the two copies are not compared in the Wording view: tab %d, %d against %d",
			ws.tabs.SelectedIndex(), ws.wording.selA.SelectedIndex(), ws.wording.selB.SelectedIndex())
	}
	if ws.result == nil || !ws.result.AreVersions(ws.project.Statements[0].ID, ws.project.Statements[1].ID) {
		t.Error("the analysis does not read the two copies as versions")
	}
}
