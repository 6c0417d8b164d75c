package importer

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A PDF holds glyphs at positions, not paragraphs. This file rebuilds the
// text: glyphs become lines (stream order, split where the baseline
// changes), lines become paragraphs (split at wider gaps, size changes,
// bullets and short lines that end a sentence), running headers, footers
// and page numbers are dropped, and words hyphenated at line ends are
// rejoined.

// pdfLine is one line of text on a page.
type pdfLine struct {
	text   string
	x0, x1 float64 // left and right end, in points
	y      float64 // baseline, in points from the bottom
	size   float64 // average font size
	bullet bool    // starts with a list bullet
	// left and right are the text edges of the line's page, against
	// which a short line (a paragraph's last) is judged.
	left, right float64
}

type pdfPage struct {
	lines []pdfLine
}

// glyphStats counts glyphs over the document, to tell a scanned or
// undecodable PDF from one with text.
type glyphStats struct {
	total, undecodable int
}

// pageLines groups a page's glyphs into lines.
func pageLines(glyphs []glyph, stats *glyphStats) pdfPage {
	var lb lineBuilder
	for _, g := range glyphs {
		lb.add(g, stats)
	}
	lb.finish()
	return pdfPage{lines: lb.lines}
}

// lineBuilder groups glyphs into lines.
type lineBuilder struct {
	lines   []pdfLine
	cur     strings.Builder
	line    pdfLine
	sizeSum float64
	glyphs  int
	end     float64 // where the last glyph ended
}

// add appends a glyph to the current line, or starts a new line when the
// glyph sits on another baseline or jumps back to the left.
func (lb *lineBuilder) add(g glyph, stats *glyphStats) {
	text := glyphText(g.s, lb.glyphs == 0, stats)
	if text == "" {
		return
	}
	size := g.size
	if size < 1 || math.IsNaN(size) || math.IsInf(size, 0) {
		size = 10
	}
	if lb.glyphs > 0 {
		lineSize := lb.sizeSum / float64(lb.glyphs)
		sameLine := math.Abs(g.y-lb.line.y) <= 0.4*math.Max(size, lineSize)
		if !sameLine || g.x < lb.end-1.5*lineSize {
			lb.finish()
		} else if g.x-lb.end > 0.2*lineSize && !strings.HasSuffix(lb.cur.String(), " ") && text != " " {
			lb.cur.WriteByte(' ') // a gap wide enough to be a space the file did not write
		}
	}
	if lb.glyphs == 0 {
		lb.line = pdfLine{x0: g.x, x1: g.x, y: g.y}
		if r, _ := utf8.DecodeRuneInString(text); isBullet(r) {
			lb.line.bullet = true
			text = "•"
		}
	}
	lb.cur.WriteString(text)
	lb.glyphs++
	lb.sizeSum += size
	lb.end = g.x + glyphWidth(g.w, text, size)
	lb.line.x1 = math.Max(lb.line.x1, lb.end)
}

// glyphText cleans a glyph's text: control characters go, ligatures are
// spelled out, and undecodable codes (U+FFFD) are counted and dropped, as
// are private-use symbols inside a line (a font's ornaments; at a line's
// start they are list bullets).
func glyphText(s string, lineStart bool, stats *glyphStats) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			stats.undecodable++
			stats.total++
		case r >= 0xe000 && r <= 0xf8ff && !lineStart:
			stats.total++
		case unicode.IsControl(r):
		default:
			if !unicode.IsSpace(r) {
				stats.total++
			}
			b.WriteString(expandLigature(r))
		}
	}
	return b.String()
}

// glyphWidth is the glyph's advance; fonts without widths (the standard
// 14 fonts may omit them) get an estimate.
func glyphWidth(w float64, text string, size float64) float64 {
	if w > 0 && !math.IsInf(w, 0) {
		return w
	}
	if text == " " {
		return 0.25 * size
	}
	return 0.5 * size
}

func (lb *lineBuilder) finish() {
	if lb.glyphs > 0 {
		lb.line.text = strings.TrimSpace(lb.cur.String())
		lb.line.size = lb.sizeSum / float64(lb.glyphs)
		if lb.line.text != "" && lb.line.text != "•" {
			lb.lines = append(lb.lines, lb.line)
		}
	}
	lb.cur.Reset()
	lb.glyphs = 0
	lb.sizeSum = 0
}

// isBullet recognises list markers, including the private-use bullets
// of Symbol and Wingdings fonts.
func isBullet(r rune) bool {
	return strings.ContainsRune("•◦▪▫■□●○‣⁃∙·", r) || r >= 0xe000 && r <= 0xf8ff
}

var ligatures = map[rune]string{'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st"}

func expandLigature(r rune) string {
	if s, ok := ligatures[r]; ok {
		return s
	}
	return string(r)
}

// layoutText turns the pages' lines into paragraphs separated by blank
// lines.
func layoutText(pages []pdfPage) string {
	removeRunningLines(pages)
	words := wordForms(pages)
	gap, body := typicalLineGap(pages), bodySize(pages)
	var paras []string
	var cur strings.Builder
	var prev *pdfLine
	for _, page := range pages {
		left, right := textEdges(page)
		for i := range page.lines {
			l := &page.lines[i]
			l.left, l.right = left, right
			if prev != nil && startsParagraph(*prev, *l, pageGeometry{gap, body}, i == 0) {
				paras = append(paras, cur.String())
				cur.Reset()
			}
			if cur.Len() == 0 {
				cur.WriteString(l.text)
			} else {
				joinLine(&cur, l.text, words)
			}
			prev = l
		}
	}
	if cur.Len() > 0 {
		paras = append(paras, cur.String())
	}
	return strings.TrimSpace(strings.Join(paras, "\n\n"))
}

// textEdges returns a page's left margin and right edge of text.
func textEdges(page pdfPage) (left, right float64) {
	left, right = math.Inf(1), math.Inf(-1)
	for _, l := range page.lines {
		left = math.Min(left, l.x0)
		right = math.Max(right, l.x1)
	}
	return left, right
}

// typicalLineGap is the median distance between consecutive baselines:
// the line spacing of the body text.
func typicalLineGap(pages []pdfPage) float64 {
	var gaps []float64
	for _, p := range pages {
		for i := 1; i < len(p.lines); i++ {
			d := math.Abs(p.lines[i-1].y - p.lines[i].y)
			if d > 0.5 && d < 4*p.lines[i].size {
				gaps = append(gaps, d)
			}
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/2]
}

var sentenceEnd = regexp.MustCompile(`[.!?:;"”’)\]]$`)

// pageGeometry is what paragraph breaks are judged by: the body text's
// line spacing and font size.
type pageGeometry struct {
	gap, body float64
}

// startsParagraph decides whether line b begins a new paragraph after a.
// newPage is true when b is the first line of a page.
func startsParagraph(a, b pdfLine, pg pageGeometry, newPage bool) bool {
	switch {
	case b.bullet:
		return true
	case math.Abs(a.size-b.size) > 0.15*math.Max(a.size, b.size):
		return true // a heading, or back from one
	}
	width := a.right - a.left
	short := width > 0 && a.x1 < a.right-0.25*width
	if short && sentenceEnd.MatchString(a.text) {
		return true
	}
	bodyType := a.size <= pg.body*1.1
	if bodyType && width > 0 && a.x1 < a.right-0.4*width && startsUpper(b.text) &&
		!strings.HasSuffix(a.text, ",") && len(strings.Fields(a.text)) <= 12 {
		return true // a heading or a signature line in body type
	}
	if newPage {
		return false // the paragraph runs on from the previous page
	}
	d := a.y - b.y
	if d < -0.5*b.size {
		return true // reading moved up the page: a new column
	}
	// Larger type has wider line spacing; scale the body's to it.
	return pg.gap > 0 && math.Abs(d) > 1.3*pg.gap*math.Max(1, b.size/pg.body)
}

// bodySize is the median font size of the document's lines.
func bodySize(pages []pdfPage) float64 {
	var sizes []float64
	for _, p := range pages {
		for _, l := range p.lines {
			sizes = append(sizes, l.size)
		}
	}
	if len(sizes) == 0 {
		return 10
	}
	sort.Float64s(sizes)
	return sizes[len(sizes)/2]
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// removeRunningLines drops running headers, footers and page numbers:
// lines at the top or bottom of a page whose text, digits ignored, recurs
// there on at least half the pages of a multi-page document.
func removeRunningLines(pages []pdfPage) {
	if len(pages) < 2 {
		return
	}
	count := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for _, i := range edgeLines(p) {
			k := runningKey(p.lines[i].text)
			if !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	need := max(2, (len(pages)+1)/2)
	for pi := range pages {
		p := &pages[pi]
		drop := map[int]bool{}
		for _, i := range edgeLines(*p) {
			if count[runningKey(p.lines[i].text)] >= need {
				drop[i] = true
			}
		}
		kept := p.lines[:0:0]
		for i, l := range p.lines {
			if !drop[i] {
				kept = append(kept, l)
			}
		}
		p.lines = kept
	}
}

// edgeLines returns the indexes of the two top-most and two bottom-most
// lines of a page, where running headers and footers sit.
func edgeLines(p pdfPage) []int {
	idx := make([]int, len(p.lines))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return p.lines[idx[a]].y > p.lines[idx[b]].y })
	if len(idx) <= 4 {
		return idx
	}
	return append(idx[:2:2], idx[len(idx)-2:]...)
}

var digitRun = regexp.MustCompile(`\d+`)
var romanPageNumber = regexp.MustCompile(`^[ivxlc]+$`)

// runningKey is a line's text with page numbers blanked.
func runningKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if romanPageNumber.MatchString(s) {
		return "#"
	}
	return digitRun.ReplaceAllString(s, "#")
}

// wordForms collects the document's words, with and without inner hyphens,
// to judge line-end hyphens by how the document itself spells a word.
func wordForms(pages []pdfPage) map[string]bool {
	words := map[string]bool{}
	for _, p := range pages {
		for _, l := range p.lines {
			for _, w := range strings.FieldsFunc(strings.ToLower(l.text), func(r rune) bool {
				return !unicode.IsLetter(r) && r != '-'
			}) {
				words[strings.Trim(w, "-")] = true
			}
		}
	}
	return words
}

// joinLine appends a continuation line to a paragraph: with a space, or
// straight on after a line-end hyphen.
func joinLine(cur *strings.Builder, next string, words map[string]bool) {
	text := cur.String()
	last, size := utf8.DecodeLastRuneInString(text)
	switch last {
	case '\u00ad': // soft hyphen: always a break inside a word
		cur.Reset()
		cur.WriteString(text[:len(text)-size])
	case '-', '\u2010':
		if dehyphenate(lastWord(text[:len(text)-size]), firstWord(next), words) {
			cur.Reset()
			cur.WriteString(text[:len(text)-size])
		}
	default:
		cur.WriteByte(' ')
	}
	cur.WriteString(next)
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

// compoundFirst are words that commonly start a hyphenated compound
// ("two-state", "long-term", "self-defense", "so-called"); after them a
// line-end hyphen is more likely part of the word than a break.
var compoundFirst = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "well": true, "long": true,
	"short": true, "high": true, "low": true, "full": true, "half": true, "self": true,
	"so": true, "ex": true, "non": true, "anti": true, "counter": true, "cross": true,
	"multi": true, "large": true, "small": true, "wide": true, "world": true,
	"follow": true, "cease": true, "state": true, "year": true, "day": true, "end": true,
	"top": true, "all": true, "first": true, "second": true, "third": true, "much": true,
}

// suffixes that a hyphenation program moves to the next line, but that
// never stand alone after a real hyphen.
var hyphenationSuffixes = []string{
	"ing", "ings", "tion", "tions", "ation", "ations", "sion", "sions", "ment", "ments",
	"ity", "ities", "ian", "ians", "ance", "ence", "ances", "ences", "ness", "ous",
	"ive", "ively", "ize", "ized", "ise", "ised", "ism", "ist", "ists", "ful",
	"less", "able", "ible", "ably", "ial", "ially", "ed", "er", "ers", "est", "ly",
	"al", "ally", "ic", "ics", "ure", "ures", "ant", "ants", "ent", "ents",
}

// dehyphenate decides whether "left-" at a line end and "right" at the
// next line's start are one word broken by hyphenation (join them, drop
// the hyphen) or a hyphenated compound (keep the hyphen). In order:
//  1. Only lowercase letters on both sides can be a break, except for a
//     capital starting the left part ("Secur-ing"); "Israeli-Palestinian",
//     "13-14" and "UN-led" keep their hyphen.
//  2. The document's own spelling decides: "two-state" written elsewhere
//     keeps the hyphen; "escalation" written elsewhere joins.
//  3. A doubled vowel is a prefix hyphen ("de-escalation", "re-elect").
//  4. A suffix on the right ("-ing", "-ation") is a break.
//  5. A common compound-forming word on the left keeps the hyphen.
//  6. Otherwise it is a break: in justified text, line-end hyphens are
//     overwhelmingly the typesetter's.
func dehyphenate(left, right string, words map[string]bool) bool {
	if !isWordTail(left) || !isLower(right) {
		return false
	}
	left = strings.ToLower(left)
	switch {
	case words[left+"-"+right]:
		return false
	case words[left+right]:
		return true
	}
	l, _ := utf8.DecodeLastRuneInString(left)
	r, _ := utf8.DecodeRuneInString(right)
	if l == r && strings.ContainsRune("aeiou", l) {
		return false
	}
	for _, s := range hyphenationSuffixes {
		if right == s {
			return true
		}
	}
	return !compoundFirst[left]
}

func isLower(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// isWordTail reports a word fragment that is lowercase after its first
// letter, which may be a capital.
func isWordTail(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return false
	}
	return len(s) == size || isLower(s[size:])
}
