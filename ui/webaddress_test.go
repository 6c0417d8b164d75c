package ui

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

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
