package report

import (
	"archive/zip"
	"fmt"
	"io"
	"strings"
	"time"
)

// docxFlow writes the report as a Word document (Office Open XML,
// ISO/IEC 29500): the same blocks as the PDF — headings with Word's
// heading styles, so the navigation pane lists the sections; paragraphs of
// styled runs; tables with a repeated header row — with citations as
// links to bookmarks on the numbered sentences, and web addresses as
// external links. Written with the standard library: a zip of a few XML
// parts.
type docxFlow struct {
	body      strings.Builder
	bookmarks map[string]int  // sentence id → bookmark id
	anchored  map[string]bool // the bookmarks placed: each once
	urls      []string        // external links, relationship rIdN+2
	sections  int
}

func newDocxFlow() flow { return &docxFlow{bookmarks: map[string]int{}, anchored: map[string]bool{}} }

func (x *docxFlow) section(title string) {
	if x.sections > 0 || x.body.Len() > 0 {
		x.body.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
	}
	x.sections++
	fmt.Fprintf(&x.body, `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>`, run(title, style{size: sizeH1, bold: true, color: accent}))
}

func (x *docxFlow) heading(p para, level int) {
	styleName := "Heading2"
	if level == 0 && len(p.spans) > 0 && p.spans[0].st.size < sizeH2 {
		styleName = "Heading3"
	}
	fmt.Fprintf(&x.body, `<w:p><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>%s</w:p>`, styleName, bidi(p.dir), x.runs(p.spans))
}

func (x *docxFlow) paragraph(p para, indent float64) {
	x.body.WriteString(x.para(p, indent))
}

func (x *docxFlow) listItem(spans []span) {
	x.body.WriteString(x.para(para{spans: append([]span{tinted("•\u00a0", sizeBody, muted)}, spans...)}, 11))
}

func (x *docxFlow) para(p para, indent float64) string {
	props := bidi(p.dir)
	if indent > 0 {
		props += fmt.Sprintf(`<w:ind w:left="%d"/>`, int(indent*20)) // twentieths of a point
	}
	if p.center {
		props += `<w:jc w:val="center"/>`
	}
	return fmt.Sprintf(`<w:p><w:pPr><w:spacing w:before="0" w:after="100"/>%s</w:pPr>%s</w:p>`, props, x.runs(p.spans))
}

func (x *docxFlow) table(t table) {
	if len(t.rows) == 0 {
		return
	}
	const width = 9600 // twips across an A4 text column
	x.body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		fmt.Fprintf(&x.body, `<w:%s w:val="single" w:sz="4" w:space="0" w:color="C8D0DA"/>`, side)
	}
	x.body.WriteString(`</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	shares := columnShares(t)
	for _, s := range shares {
		fmt.Fprintf(&x.body, `<w:gridCol w:w="%d"/>`, int(s*width))
	}
	x.body.WriteString(`</w:tblGrid>`)
	if t.header != nil {
		x.row(t.header, shares, width, true)
	}
	for _, r := range t.rows {
		x.row(r, shares, width, false)
	}
	x.body.WriteString(`</w:tbl><w:p/>`)
}

func (x *docxFlow) row(cells []cell, shares []float64, width int, header bool) {
	x.body.WriteString(`<w:tr>`)
	if header {
		x.body.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
	}
	for i, c := range cells {
		fill := ""
		if c.hasFill {
			fill = fmt.Sprintf(`<w:shd w:val="clear" w:color="auto" w:fill="%s"/>`, c.fill.hex())
		}
		share := 0.0
		if i < len(shares) {
			share = shares[i]
		}
		fmt.Fprintf(&x.body, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>`, int(share*float64(width)), fill)
		if len(c.paras) == 0 {
			x.body.WriteString(`<w:p/>`)
		}
		for _, p := range c.paras {
			x.body.WriteString(x.para(p, 0))
		}
		x.body.WriteString(`</w:tc>`)
	}
	x.body.WriteString(`</w:tr>`)
}

// runs renders spans as runs, citations as links to the cited sentence's
// bookmark, the cited sentence's number as the bookmark itself.
func (x *docxFlow) runs(spans []span) string {
	var b strings.Builder
	for _, s := range spans {
		r := run(s.text, s.st)
		switch {
		case s.st.anchor != "" && !x.anchored[s.st.anchor]:
			x.anchored[s.st.anchor] = true
			id := x.bookmark(s.st.anchor)
			fmt.Fprintf(&b, `<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>`, id, bookmarkName(id), r, id)
		case s.st.link != "":
			fmt.Fprintf(&b, `<w:hyperlink w:anchor="%s">%s</w:hyperlink>`, bookmarkName(x.bookmark(s.st.link)), r)
		case s.st.url != "":
			x.urls = append(x.urls, s.st.url)
			fmt.Fprintf(&b, `<w:hyperlink r:id="rId%d">%s</w:hyperlink>`, len(x.urls)+2, r)
		default:
			b.WriteString(r)
		}
	}
	return b.String()
}

// bookmark numbers the sentences cited or anchored, in order of first use.
func (x *docxFlow) bookmark(sentence string) int {
	id, ok := x.bookmarks[sentence]
	if !ok {
		id = len(x.bookmarks) + 1
		x.bookmarks[sentence] = id
	}
	return id
}

// bookmarkName is a bookmark's name: Word wants a letter first and at most
// 40 characters, which sentence ids do not promise.
func bookmarkName(id int) string { return fmt.Sprintf("sentence_%d", id) }

// run is one styled run of text; line breaks inside it are kept.
func run(text string, st style) string {
	var props strings.Builder
	props.WriteString(`<w:rFonts w:cs="Noto Sans"/>`)
	if st.bold {
		props.WriteString(`<w:b/><w:bCs/>`)
	}
	if st.strike {
		props.WriteString(`<w:strike/>`)
	}
	if st.color != (rgb{}) {
		fmt.Fprintf(&props, `<w:color w:val="%s"/>`, st.color.hex())
	}
	if st.size > 0 {
		fmt.Fprintf(&props, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, int(2*st.size), int(2*st.size))
	}
	if st.underline {
		props.WriteString(`<w:u w:val="single"/>`)
	}
	if st.hasBg {
		fmt.Fprintf(&props, `<w:shd w:val="clear" w:color="auto" w:fill="%s"/>`, st.bg.hex())
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<w:r><w:rPr>%s</w:rPr>`, props.String())
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		fmt.Fprintf(&b, `<w:t xml:space="preserve">%s</w:t>`, xmlText(line))
	}
	b.WriteString(`</w:r>`)
	return b.String()
}

// bidi marks a right-to-left paragraph.
func bidi(d direction) string {
	if d == dirRTL {
		return `<w:bidi/>`
	}
	return ""
}

// xmlText escapes text for XML and drops the characters XML 1.0 cannot
// hold (control characters other than tab and line breaks).
func xmlText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (x *docxFlow) write(w io.Writer, meta docMeta) error {
	z := zip.NewWriter(w)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRootRels},
		{"docProps/core.xml", docxCore(meta)},
		{"word/styles.xml", docxStyles},
		{"word/_rels/document.xml.rels", x.documentRels()},
		{"word/document.xml", docxDocumentHead + x.body.String() + docxDocumentTail},
	}
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	return z.Close()
}

func (x *docxFlow) documentRels() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`)
	for i, u := range x.urls {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>`, i+3, xmlText(u))
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

func docxCore(meta docMeta) string {
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/">` +
		"<dc:title>" + xmlText(meta.title) + "</dc:title><dc:subject>" + xmlText(meta.subject) + "</dc:subject>" +
		"<dc:creator>" + xmlText(meta.author) + "</dc:creator><cp:keywords>Parley, statement comparison</cp:keywords>" +
		"<dc:description>" + xmlText(meta.creator) + "</dc:description></cp:coreProperties>"
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const docxContentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

const docxRootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const docxDocumentHead = xmlHeader + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`

// docxDocumentTail ends the body with A4 pages and 2 cm margins.
const docxDocumentTail = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>` +
	`<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`

// docxStyles defines the body text and the three heading levels the
// report uses, in the PDF's font and colours.
const docxStyles = xmlHeader + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:cs="Noto Sans"/>` +
	`<w:sz w:val="20"/><w:szCs w:val="20"/><w:color w:val="212121"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
	`<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="36"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
	`<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="26"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
	`<w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>` +
	`</w:styles>`
