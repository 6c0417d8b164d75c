package importer

import (
	"errors"
	"io"
	"math"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// Parley runs the page's content stream itself, with the library's
// tokenizer (pdf.Interpret) and font encodings, instead of the library's
// Page.Content: that one adds a stray character after every TJ operator,
// reads no widths for composite (CID) fonts — so every glyph of a Word or
// browser export lands on the same spot — skips Form XObjects, and
// re-parses a font's Unicode map at every font change.

// Limits on one document's content, beyond any real statement.
const (
	maxPDFGlyphs    = 5_000_000 // about 2,500 pages of dense text
	maxPDFOps       = 50_000_000
	maxPDFFormDepth = 8 // Form XObjects drawn inside each other
	maxWidthRanges  = 10000
)

// errPDFTooComplex stops a document past the limits above.
var errPDFTooComplex = errors.New("too complex")

// affine is a PDF transformation matrix [a b c d e f].
type affine [6]float64

var identity = affine{1, 0, 0, 1, 0, 0}

// mul returns m×n: m applied first, then n.
func (m affine) mul(n affine) affine {
	return affine{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translate(tx, ty float64) affine { return affine{1, 0, 0, 1, tx, ty} }

// glyph is one decoded character code placed on the page.
type glyph struct {
	x, y, w, size float64
	s             string
}

// gstate is the part of the graphics and text state that places text.
type gstate struct {
	ctm, tm, tlm              affine
	tc, tw, th, tl, tfs, rise float64
	font                      *pdfFont
}

// contentRun interprets the content streams of one document.
type contentRun struct {
	glyphs   []glyph
	total    int // glyphs over the whole document
	ops      int
	deadline time.Time
	fonts    map[string]*pdfFont // by resource name and dictionary text
}

func newContentRun(deadline time.Time) *contentRun {
	return &contentRun{deadline: deadline}
}

// page returns the glyphs drawn on p.
func (c *contentRun) page(p pdf.Page) []glyph {
	c.glyphs = nil
	if c.fonts == nil {
		c.fonts = map[string]*pdfFont{}
	}
	c.stream(p.V.Key("Contents"), p.Resources(), identity, 0)
	return c.glyphs
}

// stream interprets one content stream (or array of streams) with the
// given resources and starting transformation.
func (c *contentRun) stream(strm, res pdf.Value, ctm affine, depth int) {
	if strm.Kind() != pdf.Stream && strm.Kind() != pdf.Array {
		return
	}
	if endsInHexString(strm) {
		return // malformed: the PDF library's lexer would never return
	}
	g := gstate{ctm: ctm, th: 1, tm: identity, tlm: identity}
	var saved []gstate
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := popAll(stk)
		if c.ops++; c.ops%4096 == 0 && time.Now().After(c.deadline) {
			panic(errPDFTooSlow)
		}
		if c.ops > maxPDFOps {
			panic(errPDFTooComplex)
		}
		switch op {
		case "q":
			saved = append(saved, g)
		case "Q":
			if n := len(saved); n > 0 {
				g, saved = saved[n-1], saved[:n-1]
			}
		case "cm":
			if m, ok := matrixArg(args); ok {
				g.ctm = m.mul(g.ctm)
			}
		case "Do":
			c.form(args, res, g.ctm, depth)
		default:
			c.textOp(&g, op, args, res)
		}
	})
}

// form draws a Form XObject, a content stream of its own that Word, Chrome
// and many PDF producers put text in.
func (c *contentRun) form(args []pdf.Value, res pdf.Value, ctm affine, depth int) {
	if len(args) != 1 || depth >= maxPDFFormDepth {
		return
	}
	x := res.Key("XObject").Key(args[0].Name())
	if x.Key("Subtype").Name() != "Form" {
		return
	}
	if m, ok := matrixArg(arrayValues(x.Key("Matrix"))); ok {
		ctm = m.mul(ctm)
	}
	formRes := x.Key("Resources")
	if formRes.Kind() != pdf.Dict {
		formRes = res
	}
	c.stream(x, formRes, ctm, depth+1)
}

// textOp handles the text-state and text-showing operators.
func (c *contentRun) textOp(g *gstate, op string, args []pdf.Value, res pdf.Value) {
	num := func(i int) float64 {
		if i < len(args) {
			return args[i].Float64()
		}
		return 0
	}
	switch op {
	case "BT":
		g.tm, g.tlm = identity, identity
	case "Tc":
		g.tc = num(0)
	case "Tw":
		g.tw = num(0)
	case "Tz":
		g.th = num(0) / 100
	case "TL":
		g.tl = num(0)
	case "Ts":
		g.rise = num(0)
	case "Tf":
		if len(args) == 2 {
			g.font = c.font(res, args[0].Name())
			g.tfs = num(1)
		}
	case "Td":
		g.tlm = translate(num(0), num(1)).mul(g.tlm)
		g.tm = g.tlm
	case "TD":
		g.tl = -num(1)
		g.tlm = translate(num(0), num(1)).mul(g.tlm)
		g.tm = g.tlm
	case "Tm":
		if m, ok := matrixArg(args); ok {
			g.tm, g.tlm = m, m
		}
	case "T*":
		g.tlm = translate(0, -g.tl).mul(g.tlm)
		g.tm = g.tlm
	case "Tj":
		if len(args) == 1 {
			c.show(g, args[0].RawString())
		}
	case "'", "\"":
		if op == "\"" && len(args) == 3 {
			g.tw, g.tc = num(0), num(1)
		}
		g.tlm = translate(0, -g.tl).mul(g.tlm)
		g.tm = g.tlm
		if len(args) > 0 {
			c.show(g, args[len(args)-1].RawString())
		}
	case "TJ":
		c.showArray(g, args)
	}
}

// showArray draws a TJ array: strings, and numbers that move the pen
// back (kerning) or forward (often a word space).
func (c *contentRun) showArray(g *gstate, args []pdf.Value) {
	if len(args) != 1 {
		return
	}
	a := args[0]
	for i := 0; i < a.Len(); i++ {
		v := a.Index(i)
		if v.Kind() == pdf.String {
			c.show(g, v.RawString())
			continue
		}
		tx := -v.Float64() / 1000 * g.tfs * g.th
		g.tm = translate(tx, 0).mul(g.tm)
	}
}

// show draws a string: one glyph per character code, each placed where
// the text matrix says and advanced by its width.
func (c *contentRun) show(g *gstate, raw string) {
	f := g.font
	if f == nil {
		f = fallbackFont
	}
	for len(raw) > 0 {
		n := f.codeLen(raw)
		code := raw[:n]
		raw = raw[n:]
		w0 := f.width(code)
		if w0 <= 0 || math.IsNaN(w0) || math.IsInf(w0, 0) {
			// No width in the file (the standard 14 fonts may omit them):
			// an average glyph keeps the pen moving, so words stay apart.
			w0 = 0.5
			if n == 1 && code[0] == ' ' {
				w0 = 0.25
			}
		}
		trm := affine{g.tfs * g.th, 0, 0, g.tfs, 0, g.rise}.mul(g.tm).mul(g.ctm)
		size := math.Hypot(trm[2], trm[3])
		c.emit(glyph{x: trm[4], y: trm[5], w: w0 * math.Hypot(trm[0], trm[1]), size: size, s: f.decode(code)})
		tx := w0*g.tfs + g.tc
		if n == 1 && code[0] == ' ' {
			tx += g.tw
		}
		g.tm = translate(tx*g.th, 0).mul(g.tm)
	}
}

func (c *contentRun) emit(gl glyph) {
	if c.total++; c.total > maxPDFGlyphs {
		panic(errPDFTooComplex)
	}
	c.glyphs = append(c.glyphs, gl)
}

// font returns the font named in res, loaded once per resource dictionary.
func (c *contentRun) font(res pdf.Value, name string) *pdfFont {
	fd := res.Key("Font").Key(name)
	// pdf.Value cannot be a map key; a font dictionary's text (indirect
	// objects appear as references) tells apart fonts of the same name in
	// different resource dictionaries.
	key := name + "\x00" + fd.String()
	if f, ok := c.fonts[key]; ok {
		return f
	}
	f := loadFont(fd)
	c.fonts[key] = f
	return f
}

func popAll(stk *pdf.Stack) []pdf.Value {
	args := make([]pdf.Value, stk.Len())
	for i := len(args) - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

func arrayValues(v pdf.Value) []pdf.Value {
	out := make([]pdf.Value, 0, v.Len())
	for i := 0; i < v.Len() && i < 6; i++ {
		out = append(out, v.Index(i))
	}
	return out
}

// matrixArg reads six numbers as a matrix; it refuses values that would
// poison positions with NaN or infinity.
func matrixArg(args []pdf.Value) (affine, bool) {
	if len(args) != 6 {
		return affine{}, false
	}
	var m affine
	for i, a := range args {
		m[i] = a.Float64()
		if math.IsNaN(m[i]) || math.IsInf(m[i], 0) {
			return affine{}, false
		}
	}
	return m, true
}

// pdfFont is what text extraction needs from a font: how long a character
// code is, how wide, and what Unicode text it stands for.
type pdfFont struct {
	twoByte bool
	enc     pdf.TextEncoding // nil: codes cannot be decoded
	utf16   bool             // codes are UTF-16 (the Uni…-UCS2 CMaps)
	scale   float64          // glyph space to text space (1/1000, or a Type 3 font's matrix)
	first   int
	widths  []float64
	dw      float64         // default width of a composite font
	cidW    map[int]float64 // composite font widths
	ranges  []widthRange
}

type widthRange struct {
	lo, hi int
	w      float64
}

// fallbackFont reads text drawn before any font was chosen.
var fallbackFont = &pdfFont{scale: 0.001}

// loadFont reads a font dictionary.
func loadFont(fd pdf.Value) *pdfFont {
	f := &pdfFont{scale: 0.001}
	switch fd.Key("Subtype").Name() {
	case "Type0":
		f.loadComposite(fd)
		return f
	case "Type3":
		if s := fd.Key("FontMatrix").Index(0).Float64(); s > 0 && s < 1 {
			f.scale = s
		}
	}
	font := pdf.Font{V: fd}
	f.enc = font.Encoder()
	f.first = int(fd.Key("FirstChar").Int64())
	w := fd.Key("Widths")
	for i := 0; i < w.Len() && i < 256; i++ {
		f.widths = append(f.widths, w.Index(i).Float64())
	}
	return f
}

// loadComposite reads a Type 0 font: two-byte codes, widths from the
// descendant font's W array, text from its ToUnicode map.
func (f *pdfFont) loadComposite(fd pdf.Value) {
	f.twoByte = true
	desc := fd.Key("DescendantFonts").Index(0)
	f.dw = 1000
	if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		f.dw = dw.Float64()
	}
	f.cidW = map[int]float64{}
	f.readW(desc.Key("W"))
	if fd.Key("ToUnicode").Kind() == pdf.Stream {
		font := pdf.Font{V: fd}
		f.enc = font.Encoder()
		return
	}
	enc := fd.Key("Encoding").Name()
	f.utf16 = strings.Contains(enc, "UCS2") || strings.Contains(enc, "UTF16")
}

// readW reads a W array: "c [w1 w2 …]" gives widths from code c on, and
// "c1 c2 w" one width for a range.
func (f *pdfFont) readW(w pdf.Value) {
	for i := 0; i+1 < w.Len() && len(f.ranges) < maxWidthRanges; {
		c := int(w.Index(i).Int64())
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(f.cidW) < 65536; j++ {
				f.cidW[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			return
		}
		f.ranges = append(f.ranges, widthRange{c, int(next.Int64()), w.Index(i + 2).Float64()})
		i += 3
	}
}

func (f *pdfFont) codeLen(raw string) int {
	if f.twoByte && len(raw) >= 2 {
		return 2
	}
	return 1
}

// width returns a code's advance in text space units per point of size.
func (f *pdfFont) width(code string) float64 {
	if !f.twoByte {
		i := int(code[0]) - f.first
		if i >= 0 && i < len(f.widths) {
			return f.widths[i] * f.scale
		}
		return 0
	}
	cid := int(code[0])<<8 | int(code[len(code)-1])
	if w, ok := f.cidW[cid]; ok {
		return w * f.scale
	}
	for _, r := range f.ranges {
		if cid >= r.lo && cid <= r.hi {
			return r.w * f.scale
		}
	}
	return f.dw * f.scale
}

// decode returns a code's text; U+FFFD marks a code with no Unicode.
func (f *pdfFont) decode(code string) string {
	switch {
	case f.enc != nil:
		return f.enc.Decode(code)
	case f.utf16 && len(code) == 2:
		return string(utf16.Decode([]uint16{uint16(code[0])<<8 | uint16(code[1])}))
	case f.twoByte:
		return "\ufffd"
	}
	return pdfDocByte(code[0])
}

// pdfDocByte decodes a byte of a simple font without an encoding: the
// printable ASCII range is safe, the rest unknown.
func pdfDocByte(b byte) string {
	if b >= 0x20 && b < 0x7f {
		return string(rune(b))
	}
	return "\ufffd"
}

// endsInHexString reports whether a content stream (or any stream of an
// array) ends inside a hex string: a "<" after the last ">" followed by
// nothing but hex digits and white space. The PDF library's lexer reads
// white space past the end of its input and so loops for ever there
// (make fuzz-long found such a page).
func endsInHexString(strm pdf.Value) bool {
	if strm.Kind() == pdf.Array {
		for i := 0; i < strm.Len(); i++ {
			if endsInHexString(strm.Index(i)) {
				return true
			}
		}
		return false
	}
	if strm.Kind() != pdf.Stream {
		return false
	}
	r := strm.Reader()
	defer r.Close()
	data, _ := io.ReadAll(io.LimitReader(r, maxPDFStreamBytes))
	return hexStringAtEnd(data)
}

// hexStringAtEnd: a hex string in data runs to its end. The library's
// lexer reads a hex string two characters at a time, skipping white
// space, until ">" or a character that is not a hex digit in a complete
// pair; at the end of its input it reads white space for ever. Every "<"
// that is not "<<" is followed as the lexer would (one inside a literal
// string too: at worst a page whose content ends so is skipped).
func hexStringAtEnd(data []byte) bool {
	for i := 0; i < len(data); i++ {
		if data[i] != '<' {
			continue
		}
		if i+1 < len(data) && data[i+1] == '<' {
			i++
			continue
		}
		if hexRunsToEnd(data[i+1:]) {
			return true
		}
	}
	return false
}

// hexRunsToEnd reads a hex string's body as the lexer does: true when the
// input ends before it closes or breaks off.
func hexRunsToEnd(b []byte) bool {
	next := func() (byte, bool) {
		for len(b) > 0 && isPDFSpace(b[0]) {
			b = b[1:]
		}
		if len(b) == 0 {
			return 0, false
		}
		c := b[0]
		b = b[1:]
		return c, true
	}
	for {
		c, ok := next()
		if !ok {
			return true
		}
		if c == '>' {
			return false
		}
		c2, ok := next()
		if !ok {
			return true
		}
		if !isHexDigit(c) || !isHexDigit(c2) {
			return false // the lexer stops with an error
		}
	}
}

func isPDFSpace(c byte) bool { return strings.IndexByte("\x00\t\n\f\r ", c) >= 0 }

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
