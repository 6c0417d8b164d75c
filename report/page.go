package report

import (
	"fmt"

	"codeberg.org/go-pdf/fpdf"
)

// The palette. Differences are never told by colour alone: deletions are
// also struck through, insertions underlined, moves labelled.
var (
	ink      = rgb{33, 33, 33}
	muted    = rgb{105, 105, 105}
	faint    = rgb{150, 150, 150}
	accent   = rgb{31, 78, 121}
	rule     = rgb{200, 200, 200}
	headFill = rgb{232, 238, 244}
	grey     = rgb{244, 244, 244}
	white    = rgb{255, 255, 255}
	delInk   = rgb{183, 28, 28}
	delBg    = rgb{253, 228, 228}
	insInk   = rgb{27, 110, 48}
	insBg    = rgb{220, 242, 226}
	moveInk  = rgb{106, 27, 154}
	moveBg   = rgb{241, 230, 248}
	noteInk  = rgb{120, 80, 0}
	noteBg   = rgb{255, 246, 214}
	yesFill  = rgb{226, 242, 230}
)

// Type sizes, in points.
const (
	sizeBody  = 9.0
	sizeSmall = 7.5
	sizeTiny  = 6.5
	sizeH1    = 16.0
	sizeH2    = 11.5
	sizeH3    = 9.5
	sizeTitle = 24.0
)

// text makes a span in the body colour.
func text(s string, size float64) span { return span{s, style{size: size, color: ink}} }

// bold makes a bold span.
func bold(s string, size float64) span { return span{s, style{size: size, bold: true, color: ink}} }

// tinted makes a span in a colour.
func tinted(s string, size float64, c rgb) span { return span{s, style{size: size, color: c}} }

// cite is a sentence id, linked to the sentence in the appendix.
func cite(id string, size float64) span {
	return span{id, style{size: size, color: accent, link: id}}
}

// newPage starts a page; the running header and footer are drawn at the
// end, when the page count is known.
func (d *doc) newPage() {
	if d.alt != nil {
		return
	}
	d.pdf.AddPage()
	d.y = d.top
	d.pageSections = append(d.pageSections, d.section)
}

// ensure starts a new page unless h points fit below the cursor.
func (d *doc) ensure(h float64) {
	if d.alt == nil && d.y+h > d.bottom {
		d.newPage()
	}
}

// paragraph lays out p across the text width, indented, and draws it,
// breaking pages between lines.
func (d *doc) paragraph(p para, indent, after float64) {
	if d.alt != nil {
		d.noteCitations(p.spans)
		d.alt.paragraph(p, indent)
		return
	}
	for _, l := range d.fs.layout(p, d.width-indent) {
		d.ensure(l.height)
		d.drawLine(l, d.left+indent, d.y, d.width-indent)
		d.y += l.height
	}
	d.y += after
}

// listItem draws a bulleted paragraph with a hanging indent.
func (d *doc) listItem(spans []span, after float64) {
	if d.alt != nil {
		d.noteCitations(spans)
		d.alt.listItem(spans)
		return
	}
	const indent = 11.0
	for i, l := range d.fs.layout(para{spans: spans}, d.width-indent) {
		d.ensure(l.height)
		if i == 0 {
			b := d.fs.layout(para{spans: []span{tinted("•", sizeBody, muted)}, dir: dirLTR}, indent)[0]
			d.drawLine(b, d.left, d.y+l.ascent-b.ascent, indent)
		}
		d.drawLine(l, d.left+indent, d.y, d.width-indent)
		d.y += l.height
	}
	d.y += after
}

// startSection opens a numbered section on a new page, with its outline
// entry.
func (d *doc) startSection(title string) {
	d.section = title
	if d.alt != nil {
		d.alt.section(title)
		return
	}
	d.newPage()
	d.pdf.Bookmark(title, 0, d.y)
	d.paragraph(para{spans: []span{{title, style{size: sizeH1, bold: true, color: accent}}}}, 0, 6)
}

// heading draws a sub-heading, kept with the lines after it; level 1 adds
// it to the outline under the section.
func (d *doc) heading(spans []span, outline string, level int) {
	if d.alt != nil {
		d.alt.heading(para{spans: spans}, level)
		return
	}
	d.ensure(60)
	d.y += 4
	if outline != "" {
		d.pdf.Bookmark(outline, level, d.y)
	}
	d.paragraph(para{spans: spans}, 0, 3)
}

// drawLine draws one laid-out line with its top at y, in a box of width w
// starting at x; right-to-left lines are right-aligned.
func (d *doc) drawLine(l line, x, y, w float64) {
	if l.spacing || len(l.segs) == 0 {
		return
	}
	switch {
	case l.center:
		x += (w - l.width) / 2
	case l.rtl:
		x += w - l.width
	}
	base := y + l.ascent
	for _, s := range l.segs {
		if s.st.hasBg {
			d.fill(s.st.bg)
			d.pdf.Rect(x+s.x, y+0.5, s.w, l.height-1, "F")
		}
	}
	for _, s := range l.segs {
		fc := &d.fs.faces[s.font]
		d.pdf.SetFont(fc.family, fc.style, s.st.size)
		d.pdf.SetTextColor(int(s.st.color.r), int(s.st.color.g), int(s.st.color.b))
		d.pdf.Text(x+s.x, base, s.text)
	}
	for _, s := range l.segs {
		d.decorate(s, x, y, base, l.height)
	}
}

// decorate draws a segment's strike-through and underline (as lines in
// its text colour, so they read in print and in grey scale) and its link
// or link target.
func (d *doc) decorate(s seg, x, top, base, h float64) {
	if s.st.strike || s.st.underline {
		d.stroke(s.st.color, 0.07*s.st.size)
		if s.st.strike {
			y := base - 0.3*s.st.size
			d.pdf.Line(x+s.x, y, x+s.x+s.w, y)
		}
		if s.st.underline {
			y := base + 0.14*s.st.size
			d.pdf.Line(x+s.x, y, x+s.x+s.w, y)
		}
	}
	if s.st.link != "" {
		d.pdf.Link(x+s.x, top, s.w, h, d.linkID(s.st.link))
	}
	if s.st.url != "" {
		d.pdf.LinkString(x+s.x, top, s.w, h, s.st.url)
	}
	if s.st.anchor != "" {
		d.pdf.SetLink(d.linkID(s.st.anchor), top, d.pdf.PageNo())
		d.anchored[s.st.anchor] = true
	}
}

func (d *doc) fill(c rgb) { d.pdf.SetFillColor(int(c.r), int(c.g), int(c.b)) }

func (d *doc) stroke(c rgb, width float64) {
	d.pdf.SetDrawColor(int(c.r), int(c.g), int(c.b))
	d.pdf.SetLineWidth(width)
}

// linkID returns the internal link to a sentence in the appendix.
func (d *doc) linkID(sentence string) int {
	id, ok := d.links[sentence]
	if !ok {
		id = d.pdf.AddLink()
		d.links[sentence] = id
	}
	return id
}

// finish draws every page's running header and footer, now that the page
// count is known, and points links whose target never appeared at page 1.
func (d *doc) finish() {
	n := d.pdf.PageCount()
	for p := 1; p <= n; p++ {
		d.pdf.SetPage(p)
		// Revisiting a page: fpdf only writes a font or colour to a page's
		// stream when it changes, so reset both before drawing.
		d.pdf.SetFont("sans", "", 1)
		d.fill(white)
		if p > 1 {
			d.runningHeader(d.pageSections[p-1])
		}
		d.footer(p, n)
	}
	for id, link := range d.links {
		if !d.anchored[id] {
			d.pdf.SetLink(link, 0, 1)
		}
	}
}

func (d *doc) runningHeader(section string) {
	y := d.top - 30
	right := d.fs.layout(para{spans: []span{tinted(section, sizeTiny, muted)}}, d.width/2)
	left := d.fs.layout(para{spans: []span{tinted(d.title, sizeTiny, muted)}, dir: dirLTR}, d.width*0.6)
	if len(left) > 0 {
		l := left[0] // a long title is cut to its first line
		l.rtl = false
		d.drawLine(l, d.left, y, d.width)
	}
	if len(right) > 0 {
		r := right[0]
		r.rtl = true // right-aligned
		d.drawLine(r, d.left, y, d.width)
	}
	d.stroke(rule, 0.5)
	d.pdf.Line(d.left, y+12, d.left+d.width, y+12)
}

func (d *doc) footer(p, n int) {
	y := d.bottom + 14
	d.stroke(rule, 0.5)
	d.pdf.Line(d.left, y-4, d.left+d.width, y-4)
	left := fmt.Sprintf("%s · %s", d.creator, d.date.Format("2 January 2006"))
	for _, l := range d.fs.layout(para{spans: []span{tinted(left, sizeTiny, muted)}, dir: dirLTR}, d.width*0.7) {
		d.drawLine(l, d.left, y, d.width)
		break
	}
	num := fmt.Sprintf("Page %d of %d", p, n)
	for _, l := range d.fs.layout(para{spans: []span{tinted(num, sizeTiny, muted)}, dir: dirLTR}, d.width) {
		l.rtl = true // right-aligned
		d.drawLine(l, d.left, y, d.width)
	}
}

// newPDF makes the fpdf document: points as the unit, no automatic page
// breaks (the layout breaks pages itself), deterministic output.
func newPDF(paper Paper) *fpdf.Fpdf {
	size := "A4"
	if paper == Letter {
		size = "Letter"
	}
	pdf := fpdf.New("P", "pt", size, "")
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	return pdf
}
