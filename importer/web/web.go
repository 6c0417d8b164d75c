// Package web opens a statement from its web address: it fetches the page
// (or the PDF or Word document it names) within firm bounds, reads it with
// the importer for its kind, and keeps the provenance an analyst cites —
// the address asked for and the one answered after redirects, when, the
// HTTP status and content type, and the SHA-256 of the bytes received.
package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/net/http/httpproxy"

	"github.com/parley-app/parley/importer"
	"github.com/parley-app/parley/statement"
)

// Options bound a fetch. The zero value takes the defaults.
type Options struct {
	ConnectTimeout time.Duration // to reach the server; default 10 s
	Timeout        time.Duration // for the whole exchange, body included; default 60 s
	MaxBytes       int64         // the largest body read; default importer.MaxFileSize
	MaxRedirects   int           // default 10
	// Transport replaces the network (tests); nil is the default one, with
	// a proxy from the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY, as
	// Go's http.ProxyFromEnvironment reads them).
	Transport http.RoundTripper
	Now       func() time.Time // the clock of the retrieval time; nil is time.Now
}

func (o Options) withDefaults() Options {
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = 10 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 60 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = importer.MaxFileSize
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 10
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// Fetched is a page as it was received, with its provenance.
type Fetched struct {
	URL         string    // as asked for
	FinalURL    string    // after redirects
	Retrieved   time.Time // when the answer came, UTC
	Status      int
	ContentType string // the media type, without parameters
	SHA256      string // of Body, hex
	Body        []byte
}

// IsURL reports whether s is a web address Parley opens: http or https.
func IsURL(s string) bool { return statement.IsWebAddress(s) }

// Fetch gets the page at rawURL: only http and https, at most MaxBytes of
// body (the read stops there), ConnectTimeout to connect, Timeout in all,
// MaxRedirects redirects. Every error names the address and says what
// happened in words an analyst can act on.
func Fetch(ctx context.Context, rawURL string, opt Options) (*Fetched, error) {
	opt = opt.withDefaults()
	rawURL = strings.TrimSpace(rawURL)
	if !IsURL(rawURL) {
		return nil, fmt.Errorf("%s: not a web address Parley can open; give an http:// or https:// address", rawURL)
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", rawURL, err)
	}
	req.Header.Set("User-Agent", "Parley (statement comparison; +https://github.com/parley-app/parley)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.1")
	resp, err := client(opt).Do(req)
	if err != nil {
		return nil, fetchError(rawURL, err, opt)
	}
	defer resp.Body.Close()
	f := &Fetched{URL: rawURL, FinalURL: resp.Request.URL.String(), Retrieved: opt.Now().UTC(), Status: resp.StatusCode}
	f.ContentType, _, _ = mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if resp.StatusCode != http.StatusOK {
		return nil, statusError(rawURL, resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, opt.MaxBytes+1))
	if err != nil {
		return nil, fetchError(rawURL, err, opt)
	}
	if int64(len(body)) > opt.MaxBytes {
		return nil, fmt.Errorf("%s: the page is larger than %d MB, more than Parley reads; save the part you need and open the file", rawURL, opt.MaxBytes>>20)
	}
	f.Body = body
	sum := sha256.Sum256(body)
	f.SHA256 = hex.EncodeToString(sum[:])
	if params := resp.Header.Get("Content-Type"); f.ContentType == "text/html" && !utf8.Valid(body) {
		f.Body = toUTF8(body, params) // the header's charset comes first (the hash stays the bytes received)
	}
	return f, nil
}

func client(opt Options) *http.Client {
	tr := opt.Transport
	if tr == nil {
		// The proxy is read from the environment for each fetch, as
		// http.ProxyFromEnvironment reads it (but that keeps the first
		// reading for the life of the process).
		proxy := httpproxy.FromEnvironment().ProxyFunc()
		tr = &http.Transport{
			Proxy:               func(r *http.Request) (*url.URL, error) { return proxy(r.URL) },
			DialContext:         (&net.Dialer{Timeout: opt.ConnectTimeout}).DialContext,
			TLSHandshakeTimeout: opt.ConnectTimeout,
			TLSClientConfig:     &tls.Config{MinVersion: tls.VersionTLS12},
		}
	}
	return &http.Client{Transport: tr, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) > opt.MaxRedirects {
			return fmt.Errorf("more than %d redirects", opt.MaxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("a redirect to %s, which is no web address", req.URL.Scheme)
		}
		return nil
	}}
}

// toUTF8 decodes a page by the charset of its Content-Type header, when
// that names one; otherwise it leaves it to the importer's <meta charset>.
func toUTF8(body []byte, contentType string) []byte {
	_, params, _ := mime.ParseMediaType(contentType)
	label := params["charset"]
	if label == "" {
		return body
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" {
		return body
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return body
	}
	return out
}

func fetchError(addr string, err error, opt Options) error {
	var dns *net.DNSError
	var cert *tls.CertificateVerificationError
	var netErr net.Error
	switch {
	case errors.As(err, &dns):
		return fmt.Errorf("%s: the server's name cannot be found (%s); check the address and the network connection", addr, dns.Name)
	case errors.As(err, &cert):
		return fmt.Errorf("%s: the server's certificate is not trusted (%v); Parley does not open pages it cannot verify", addr, cert.Err)
	case strings.Contains(err.Error(), "redirects") || strings.Contains(err.Error(), "no web address"):
		return fmt.Errorf("%s: %v; open the page in a browser and give its final address", addr, errors.Unwrap(err))
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Errorf("%s: no answer within %s; the server is slow or unreachable, try again later", addr, opt.Timeout)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("%s: cancelled", addr)
	}
	return fmt.Errorf("%s: cannot be fetched (%v)", addr, err)
}

func statusError(addr string, status int) error {
	switch {
	case status == http.StatusNotFound || status == http.StatusGone:
		return fmt.Errorf("%s: the server has no such page (HTTP %d); check the address", addr, status)
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return fmt.Errorf("%s: the server refuses to give the page (HTTP %d); it may need a sign-in: open it in a browser and save it", addr, status)
	case status >= 500:
		return fmt.Errorf("%s: the server failed (HTTP %d); try again later", addr, status)
	}
	return fmt.Errorf("%s: the server answered HTTP %d, not the page", addr, status)
}

// Import fetches rawURL and reads it as a statement with the importer of
// its kind (web page, PDF, Word document, plain text). The statement's
// source is the address; its front matter keeps the provenance
// (retrieved, final_url, http_status, content_type, sha256), so a saved
// statement says where and when it came from.
func Import(ctx context.Context, rawURL string, opt Options) (statement.Statement, *Fetched, error) {
	f, err := Fetch(ctx, rawURL, opt)
	if err != nil {
		return statement.Statement{}, nil, err
	}
	name, err := fileName(f)
	if err != nil {
		return statement.Statement{}, nil, err
	}
	if f.ContentType == "text/html" && isSignIn(f.Body) {
		return statement.Statement{}, nil, fmt.Errorf("%s: the page asks to sign in, not a statement; open it in a browser, sign in and save the page", rawURL)
	}
	st, err := importer.Read(name, bytes.NewReader(f.Body))
	if err != nil {
		return statement.Statement{}, nil, fmt.Errorf("%s: %v", rawURL, strings.TrimPrefix(err.Error(), name+": "))
	}
	st.ID = statement.Slug(pageName(f.FinalURL))
	if st.Title == strings.TrimSuffix(name, nameExt(name)) {
		st.Title = pageName(f.FinalURL)
	}
	st.Source = rawURL
	if st.Extra == nil {
		st.Extra = map[string]string{}
	}
	st.Extra["retrieved"] = f.Retrieved.Format(time.RFC3339)
	st.Extra["final_url"] = f.FinalURL
	st.Extra["http_status"] = fmt.Sprint(f.Status)
	st.Extra["content_type"] = f.ContentType
	st.Extra["sha256"] = f.SHA256
	return st, f, nil
}

// fileName is the name the importer reads a fetched body as, by its
// content type (a server that says nothing useful is judged by its
// address's ending).
func fileName(f *Fetched) (string, error) {
	switch f.ContentType {
	case "text/html", "application/xhtml+xml":
		return "page.html", nil
	case "application/pdf":
		return "document.pdf", nil
	case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
		return "document.docx", nil
	case "text/plain", "text/markdown":
		return "statement.txt", nil
	case "application/octet-stream", "":
		for _, ext := range []string{".pdf", ".docx", ".html", ".htm", ".txt", ".md"} {
			if strings.HasSuffix(strings.ToLower(strings.SplitN(f.FinalURL, "?", 2)[0]), ext) {
				return "document" + ext, nil
			}
		}
	}
	return "", fmt.Errorf("%s: the server sent %s, not a web page, PDF, Word document or text; Parley cannot read it as a statement", f.URL, orUnknown(f.ContentType))
}

func orUnknown(s string) string {
	if s == "" {
		return "a file of no stated kind"
	}
	return s
}

func nameExt(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[i:]
	}
	return ""
}

// pageName names a page after the last part of its address's path
// ("…/statement-on-iran/" → "statement-on-iran"), else its host.
func pageName(addr string) string {
	u, err := url.Parse(addr)
	if err != nil {
		return addr
	}
	parts := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(parts) == 0 {
		return u.Hostname()
	}
	last := parts[len(parts)-1]
	return strings.TrimSuffix(last, nameExt(last))
}

// isSignIn reports whether a page is a sign-in form: it asks for a
// password.
func isSignIn(body []byte) bool {
	lower := bytes.ToLower(body)
	return bytes.Contains(lower, []byte(`type="password"`)) || bytes.Contains(lower, []byte(`type='password'`)) ||
		bytes.Contains(lower, []byte(`type=password`))
}
