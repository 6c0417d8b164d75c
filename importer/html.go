package importer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/parley-app/parley/statement"
)

// readHTML reads a saved web page: its metadata and the article's text,
// without the site's navigation, banners, forms and scripts.
func readHTML(name string, data []byte) (statement.Statement, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return statement.Statement{}, emptyError(name, "the file is empty", "choose the saved web page that holds the statement")
	}
	src, err := decodeHTML(name, data)
	if err != nil {
		return statement.Statement{}, err
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// The parser refuses elements nested over 512 deep, which keeps
		// its otherwise quadratic algorithms fast; no real page does that.
		return statement.Statement{}, fmt.Errorf("%s: is not a web page Parley can read (%v); open it in a browser, select the statement's text and paste it", name, err)
	}
	meta := readHTMLMeta(doc)
	prune(doc)
	root := mainContent(doc)
	text := strings.Join(htmlBlocks(root), "\n\n")
	if strings.TrimSpace(text) == "" {
		return statement.Statement{}, emptyError(name, "no article text found in the page", "open it in a browser, select the statement's text and paste it")
	}
	st := meta.statement(root)
	st.Text = text
	return st, nil
}

// decodeHTML returns the page as UTF-8. UTF-8 and byte-order marks win; a
// <meta charset> decides for other bytes; failing that the page is read
// like a text file (Windows-1252, or an error).
func decodeHTML(name string, data []byte) (string, error) {
	if utf8.Valid(data) || hasBOM(data) {
		return decodeText(name, data)
	}
	enc, label, _ := charset.DetermineEncoding(data, "")
	if label == "windows-1252" || label == "utf-8" || enc == nil {
		return decodeText(name, data)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%s: cannot be read as %s, the encoding the page declares (%v); save it again as UTF-8", name, label, err)
	}
	return dropControls(name, string(out))
}

func hasBOM(data []byte) bool {
	return bytes.HasPrefix(data, bomUTF8) || bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) || bytes.HasPrefix(data, bomUTF32BE)
}

// htmlMeta is what a page says about itself.
type htmlMeta struct {
	lang, title, canonical, firstH1, firstTime string
	meta                                       map[string]string // lower-case name or property → content
}

// readHTMLMeta collects <title>, <meta>, canonical link and <html lang>.
func readHTMLMeta(doc *html.Node) htmlMeta {
	m := htmlMeta{meta: map[string]string{}}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html:
			m.lang = attr(n, "lang")
		case atom.Title:
			if m.title == "" {
				m.title = textOf(n)
			}
		case atom.Meta:
			m.addMeta(n)
		case atom.Script:
			m.addJSONLD(n)
		case atom.Link:
			if hasToken(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = attr(n, "href")
			}
		}
		return true
	})
	return m
}

func (m *htmlMeta) addMeta(n *html.Node) {
	content := attr(n, "content")
	for _, key := range []string{"name", "property", "itemprop", "http-equiv"} {
		k := strings.ToLower(strings.TrimSpace(attr(n, key)))
		if k != "" && content != "" {
			if _, seen := m.meta[k]; !seen {
				m.meta[k] = content
			}
		}
	}
}

// statement builds the metadata; root is the chosen article, searched
// for a heading and a <time> when the head has neither.
func (m htmlMeta) statement(root *html.Node) statement.Statement {
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.H1 && m.firstH1 == "" {
				m.firstH1 = textOf(n)
			}
			if n.DataAtom == atom.Time && m.firstTime == "" {
				m.firstTime = attr(n, "datetime")
			}
		}
		return true
	})
	mt := m.meta
	site := firstNonEmpty(mt["og:site_name"], notURL(mt["publisher"]), notURL(mt["article:publisher"]), mt["dc.publisher"], mt["dcterms.publisher"], mt["ld:publisher"])
	date := ""
	for _, d := range []string{mt["article:published_time"], mt["datepublished"], mt["ld:date"], mt["date"], mt["dc.date"], mt["dc.date.issued"], mt["dcterms.date"], mt["dcterms.issued"], mt["pubdate"], mt["publishdate"], mt["publish-date"], mt["citation_publication_date"], mt["citation_date"], m.firstTime, mt["article:modified_time"]} {
		if date = normalizeDate(d); date != "" {
			break
		}
	}
	return statement.Statement{
		Title:        firstNonEmpty(mt["og:title"], mt["twitter:title"], mt["dc.title"], mt["ld:title"], stripSiteName(m.title, site), m.firstH1),
		Speaker:      strings.TrimPrefix(firstNonEmpty(mt["author"], notURL(mt["article:author"]), mt["dc.creator"], mt["byl"], mt["ld:author"]), "By "),
		Organization: site,
		Date:         date,
		Source:       firstNonEmpty(m.canonical, mt["og:url"]),
		Language:     firstNonEmpty(m.lang, mt["content-language"], mt["dc.language"], strings.ReplaceAll(mt["og:locale"], "_", "-")),
	}
}

// notURL drops metadata that names a profile page instead of a person.
func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

// stripSiteName removes " | The White House" and the like from a <title>.
func stripSiteName(title, site string) string {
	title = cleanMeta(title)
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: "} {
		before, after, found := strings.Cut(title, sep)
		if !found {
			continue
		}
		if site != "" && strings.EqualFold(strings.TrimSpace(after), site) {
			return before
		}
		if site != "" && strings.EqualFold(strings.TrimSpace(before), site) {
			return after
		}
		if sep == " | " {
			return before
		}
	}
	return title
}

// walk visits n and its descendants in document order; visit returns
// false to skip a node's children. The parser caps nesting at 512, so
// recursion depth is bounded.
func walk(n *html.Node, visit func(*html.Node) bool) {
	if n == nil || !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, visit)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(strings.ToLower(list)) {
		if t == token {
			return true
		}
	}
	return false
}

// textOf is the whitespace-collapsed text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return true
	})
	return cleanMeta(strings.ReplaceAll(b.String(), "\u00a0", " "))
}
