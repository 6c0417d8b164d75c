package importer

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// junkTags never hold statement text: page furniture, scripts, forms and
// embedded media.
var junkTags = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
	atom.Form: true, atom.Button: true, atom.Input: true, atom.Select: true,
	atom.Textarea: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Map: true, atom.Dialog: true, atom.Menu: true,
	atom.Figure: true, atom.Picture: true, atom.Img: true,
}

// junkRoles are ARIA landmarks of page furniture.
var junkRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true,
	"menubar": true, "toolbar": true, "tablist": true,
}

// junkClassWords mark page furniture in class and id names. They are only
// trusted on short elements: a long article whose class says "share-bar"
// is still the article.
var junkClassWords = []string{
	"breadcrumb", "cookie", "share", "social", "newsletter", "subscribe",
	"sidebar", "related", "advert", "promo", "sr-only", "screen-reader",
	"visually-hidden", "visuallyhidden", "skip-link", "skip-to", "print-only",
}

// shortElement is the text length under which class names are trusted.
const shortElement = 1000

// prune removes everything that is not article text.
func prune(doc *html.Node) {
	lens := measure(doc, hasJunkClass)
	var junk []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.CommentNode || n.Type == html.ElementNode && isJunk(n, lens) {
			junk = append(junk, n)
			return false
		}
		return true
	})
	for _, n := range junk {
		n.Parent.RemoveChild(n)
	}
}

// isJunk decides for one element; lens holds the text length of elements
// with a junk class name.
func isJunk(n *html.Node, lens map[*html.Node]textLen) bool {
	switch {
	case junkTags[n.DataAtom]:
		return true
	case n.DataAtom == atom.Header:
		// A page's banner is junk; an article's own header holds its title.
		return !insideArticle(n)
	case isHidden(n):
		return true
	case junkRoles[strings.ToLower(attr(n, "role"))]:
		return true
	case n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body || n.DataAtom == atom.Html:
		return false
	}
	return hasJunkClass(n) && lens[n].all < shortElement
}

func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main || strings.EqualFold(attr(p, "role"), "main") {
			return true
		}
	}
	return false
}

// isHidden reports elements a browser does not show.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func hasJunkClass(n *html.Node) bool {
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, w := range junkClassWords {
		if strings.Contains(names, w) {
			return true
		}
	}
	return false
}

// mainContent picks the element that holds the article: an explicit
// <article>, <main>, role=main or articleBody when the page marks one,
// otherwise the element whose paragraphs hold the most text.
func mainContent(doc *html.Node) *html.Node {
	if n := markedContent(doc); n != nil {
		return n
	}
	if n := densestContainer(doc); n != nil {
		return n
	}
	return doc
}

// markedContent returns the marked candidate with the most text, or a
// narrower candidate inside it that holds nearly all of that text (an
// <article> inside <main> leaves out the "more news" list beside it).
func markedContent(doc *html.Node) *html.Node {
	var cands []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Article || n.DataAtom == atom.Main ||
			strings.EqualFold(attr(n, "role"), "main") || strings.EqualFold(attr(n, "itemprop"), "articleBody")) {
			cands = append(cands, n)
		}
		return true
	})
	isCand := make(map[*html.Node]bool, len(cands))
	for _, c := range cands {
		isCand[c] = true
	}
	measured := measure(doc, func(n *html.Node) bool { return isCand[n] })
	lens := make(map[*html.Node]int, len(cands))
	var best *html.Node
	bestLen := 0
	for _, c := range cands {
		lens[c] = measured[c].para
		if lens[c] > bestLen {
			best, bestLen = c, lens[c]
		}
	}
	if best == nil {
		return nil
	}
	for _, c := range cands {
		if c != best && isAncestor(best, c) && lens[c]*5 >= bestLen*4 {
			best = c // keeps going down: cands are in document order
		}
	}
	return best
}

func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// textLen is the amount of text under an element: all of it, and the
// part inside paragraphs, quotations and preformatted blocks.
type textLen struct{ all, para int }

// measure computes textLen for the elements keep selects, in one pass over
// the tree: measuring each element separately would be quadratic in the
// nesting depth, which a hostile page sets to the parser's limit.
func measure(root *html.Node, keep func(*html.Node) bool) map[*html.Node]textLen {
	out := map[*html.Node]textLen{}
	var rec func(n *html.Node) textLen
	rec = func(n *html.Node) textLen {
		if n.Type == html.TextNode {
			return textLen{all: len(n.Data)}
		}
		var l textLen
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cl := rec(c)
			l.all += cl.all
			l.para += cl.para
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.P || n.DataAtom == atom.Blockquote || n.DataAtom == atom.Pre) {
			l.para = l.all
		}
		if n.Type == html.ElementNode && keep(n) {
			out[n] = l
		}
		return l
	}
	rec(root)
	return out
}

// densestContainer is a small readability heuristic: every paragraph
// scores its parent with its length and its grandparent with half, and
// the best-scoring element wins. Link text does not count.
func densestContainer(doc *html.Node) *html.Node {
	scores := map[*html.Node]int{}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode || (n.DataAtom != atom.P && n.DataAtom != atom.Pre && n.DataAtom != atom.Blockquote) {
			return true
		}
		score := len(textOf(n)) - linkText(n)
		if score < 25 || n.Parent == nil {
			return false
		}
		scores[n.Parent] += score
		if gp := n.Parent.Parent; gp != nil {
			scores[gp] += score / 2
		}
		return false
	})
	var best *html.Node
	for n, s := range scores {
		if best == nil || s > scores[best] || s == scores[best] && isAncestor(n, best) {
			best = n
		}
	}
	return best
}

// linkText is the length of text inside links under n.
func linkText(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			total += len(textOf(c))
			return false
		}
		return true
	})
	return total
}

// blockTags start and end a block of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Header: true,
	atom.Figcaption: true, atom.Address: true, atom.Hr: true, atom.Center: true,
	atom.Details: true, atom.Summary: true, atom.Body: true, atom.Caption: true,
}

// htmlBlocks returns root's text as blocks (paragraphs, headings, list
// items, quotations, table rows) in document order.
func htmlBlocks(root *html.Node) []string {
	var w blockWriter
	w.walk(root, false, false)
	w.flush()
	return w.blocks
}

// blockWriter gathers inline text into the current block.
type blockWriter struct {
	blocks    []string
	cur       strings.Builder
	linkBytes int // bytes of cur that were link text
}

func (w *blockWriter) walk(n *html.Node, inLink, pre bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, inLink, pre)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	block := blockTags[n.DataAtom]
	if block {
		w.flush()
	}
	switch n.DataAtom {
	case atom.Br:
		w.cur.WriteString("\n")
	case atom.Td, atom.Th:
		if w.cur.Len() > 0 {
			w.cur.WriteString("\t")
		}
	case atom.A:
		inLink = true
	case atom.Pre:
		pre = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, inLink, pre)
	}
	if block {
		w.flush()
	}
}

func (w *blockWriter) text(s string, inLink, pre bool) {
	if !pre {
		s = collapseSpace(s)
	}
	if inLink {
		w.linkBytes += len(strings.TrimSpace(s))
	}
	w.cur.WriteString(s)
}

// collapseSpace turns runs of HTML whitespace into one space, as a browser
// shows them; non-breaking spaces become ordinary ones.
func collapseSpace(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	if strings.TrimSpace(s) == "" {
		if s == "" {
			return ""
		}
		return " "
	}
	lead := s[0] == ' ' || s[0] == '\n' || s[0] == '\t' || s[0] == '\r'
	last := s[len(s)-1]
	trail := last == ' ' || last == '\n' || last == '\t' || last == '\r'
	out := strings.Join(strings.Fields(s), " ")
	if lead {
		out = " " + out
	}
	if trail {
		out += " "
	}
	return out
}

// flush ends the current block. A block that is mostly link text is a
// menu, a "read more" or a list of related pages, and is dropped; blank
// lines made by <br><br> split a block in two.
func (w *blockWriter) flush() {
	raw := w.cur.String()
	links := w.linkBytes
	w.cur.Reset()
	w.linkBytes = 0
	text := tidyBlock(raw)
	if text == "" {
		return
	}
	if links*2 > len(strings.Join(strings.Fields(text), " ")) {
		return
	}
	for _, part := range strings.Split(text, "\n\n") {
		if part = strings.TrimSpace(part); part != "" {
			w.blocks = append(w.blocks, part)
		}
	}
}

// tidyBlock trims every line and squeezes runs of blank lines to one.
func tidyBlock(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r", ""), "\n")
	out := make([]string, 0, len(lines))
	blank := false
	for _, l := range lines {
		l = strings.TrimRight(strings.TrimLeft(l, " "), " \t")
		if strings.TrimSpace(l) == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
