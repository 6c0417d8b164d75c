package web

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// page is a statement page with the metadata a ministry's site gives.
const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Statement on the Harn Valley | Ministry of Foreign Affairs of Velm</title>
<meta property="og:title" content="Statement on the Harn Valley">
<meta property="og:site_name" content="Ministry of Foreign Affairs of Velm">
<meta property="article:published_time" content="2026-03-16T09:00:00Z">
<meta name="author" content="Spokesperson of the Ministry">
</head><body><nav>Home · News · Contact</nav><main><article><h1>Statement on the Harn Valley</h1>
<p>Velm condemns the incursion into the Harn Valley in the strongest terms.</p>
<p>We call on Arden to withdraw its forces within two weeks. Velm will not recognise any change to the border made by force.</p>
</article></main><footer>© Velm</footer></body></html>`

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// server serves the cases of the tests, all on loopback.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	serve := func(path, contentType string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", contentType)
			w.Write(body)
		})
	}
	serve("/statement/", "text/html; charset=utf-8", []byte(page))
	serve("/communique.pdf", "application/pdf", fixture(t, "communique.pdf"))
	serve("/communique.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fixture(t, "communique.docx"))
	serve("/latin1", "text/html; charset=iso-8859-1", []byte("<html><body><main><p>Le ministre d\xe9clare que Velm soutiendra l'accord sign\xe9 \xe0 Gen\xe8ve.</p></main></body></html>"))
	serve("/image.png", "image/png", []byte("\x89PNG\r\n\x1a\n"))
	serve("/login", "text/html", []byte(`<html><body><form><input name="user"><input type="password" name="pw"></form></body></html>`))
	serve("/empty", "text/html", []byte(`<html><body><nav>Home</nav></body></html>`))
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/statement/", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>more words </p>", 1000))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/forbidden", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusForbidden) })
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

var clock = func() time.Time { return time.Date(2026, 12, 5, 10, 14, 0, 0, time.UTC) }

func TestImportAStatementPage(t *testing.T) {
	s := server(t)
	st, f, err := Import(context.Background(), s.URL+"/moved", Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	if st.Title != "Statement on the Harn Valley" || st.Date != "2026-03-16" || st.Organization != "Ministry of Foreign Affairs of Velm" {
		t.Errorf("metadata: title %q, date %q, organization %q", st.Title, st.Date, st.Organization)
	}
	if !strings.Contains(st.Text, "Velm will not recognise") || strings.Contains(st.Text, "Contact") {
		t.Errorf("text: %q", st.Text)
	}
	if f.FinalURL != s.URL+"/statement/" || f.Status != 200 || f.ContentType != "text/html" || len(f.SHA256) != 64 {
		t.Errorf("provenance: %+v", f)
	}
	want := map[string]string{"retrieved": "2026-12-05T10:14:00Z", "final_url": s.URL + "/statement/", "http_status": "200",
		"content_type": "text/html", "sha256": f.SHA256}
	for k, v := range want {
		if st.Extra[k] != v {
			t.Errorf("front matter %s = %q, want %q", k, st.Extra[k], v)
		}
	}
	if st.Source != s.URL+"/moved" || st.ID != "statement" {
		t.Errorf("source %q, id %q", st.Source, st.ID)
	}
}

func TestImportDocumentsAndEncodings(t *testing.T) {
	s := server(t)
	for path, want := range map[string]string{
		"/communique.pdf":  "G7",
		"/communique.docx": "G7",
		"/latin1":          "déclare que Velm soutiendra l'accord signé à Genève",
	} {
		st, _, err := Import(context.Background(), s.URL+path, Options{})
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if !strings.Contains(st.Text, want) {
			t.Errorf("%s: text lacks %q: %.200q", path, want, st.Text)
		}
	}
}

// Every failure is an error naming the address and saying what happened.
func TestFetchFailures(t *testing.T) {
	s := server(t)
	tls := httptest.NewTLSServer(http.NotFoundHandler())
	t.Cleanup(tls.Close)
	short := Options{Timeout: 500 * time.Millisecond, MaxBytes: 1 << 20}
	for _, c := range []struct {
		addr, want string
	}{
		{s.URL + "/nothing-here", "no such page (HTTP 404)"},
		{s.URL + "/forbidden", "refuses to give the page (HTTP 403)"},
		{s.URL + "/loop", "more than 10 redirects"},
		{s.URL + "/slow", "no answer within 500ms"},
		{s.URL + "/endless", "larger than 1 MB"},
		{s.URL + "/image.png", "sent image/png"},
		{s.URL + "/login", "asks to sign in"},
		{s.URL + "/empty", "no article text"},
		{tls.URL + "/", "certificate is not trusted"},
		{"ftp://example.org/statement.txt", "not a web address"},
		{"http://no-such-host.invalid/statement", "cannot be found"},
	} {
		start := time.Now()
		opt := short
		if strings.Contains(c.addr, ".invalid") {
			opt.Transport = noDNS() // no test asks a real name server
		}
		_, _, err := Import(context.Background(), c.addr, opt)
		if err == nil {
			t.Errorf("%s: no error", c.addr)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), c.addr+": ") {
			t.Errorf("%s: error %q, want one naming the address and saying %q", c.addr, err, c.want)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: took %s", c.addr, d)
		}
	}
}

func TestProxyFromTheEnvironment(t *testing.T) {
	s := server(t)
	proxied := false
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		proxied = true
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(proxy.Close)
	t.Setenv("HTTP_PROXY", proxy.URL)
	t.Setenv("NO_PROXY", "")
	// Go never proxies loopback addresses; a name that is not one goes
	// through the proxy, which answers for it.
	if _, _, err := Import(context.Background(), "http://statements.example/harn", Options{}); err != nil || !proxied {
		t.Errorf("through the proxy: %v (proxied %v)", err, proxied)
	}
	_ = s
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{"https://www.gov.example/a": true, "http://x.example": true, "ftp://x": false,
		"statement.txt": false, "/tmp/a.html": false, "https://": false} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) = %v", s, !want)
		}
	}
}

// noDNS is a transport whose name lookups all fail as a name server's
// "no such host" would, without asking one.
func noDNS() http.RoundTripper {
	resolver := &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, network, address string) (net.Conn, error) {
		return nil, &net.DNSError{Err: "no such host", Name: address, IsNotFound: true}
	}}
	dialer := &net.Dialer{Resolver: resolver}
	return &http.Transport{DialContext: dialer.DialContext}
}
