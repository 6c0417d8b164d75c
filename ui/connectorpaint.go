package ui

import (
	"image"
	"image/color"
	"math"

	"fyne.io/fyne/v2/theme"

	"github.com/parley-app/parley/ui/textview"
)

// draw paints the ribbons found at the last refresh into a w×h pixel image,
// kept from frame to frame; the lit ones last, over the others.
func (g *linkGutter) draw(w, h int) image.Image {
	if g.img == nil || g.img.Rect.Dx() != w || g.img.Rect.Dy() != h {
		g.img = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		clear(g.img.Pix)
	}
	size := g.Size()
	if size.Width <= 0 || size.Height <= 0 || w <= 0 || h <= 0 {
		return g.img
	}
	sy := float32(h) / size.Height
	for _, lit := range []bool{false, true} {
		for _, r := range g.ribbons {
			if (r.state == linkLit) == lit {
				g.paintRibbon(r, sy)
			}
		}
	}
	return g.img
}

// paintRibbon fills a ribbon column by column between its two edges, which
// run from left to right along an S-curve (smoothstep, as Meld's Bézier
// links do), and outlines both edges a pixel thick.
func (g *linkGutter) paintRibbon(r ribbon, sy float32) {
	img := g.img
	w := float32(img.Rect.Dx())
	fill, line := r.colour, r.colour
	fillA, lineA := uint8(0x68), uint8(0xe0)
	if r.edit != 0 {
		fill = toNRGBA(textview.ThemeColor(r.edit.colour()))
		line = fill
		fillA = 0x80
	}
	switch r.state {
	case linkLit:
		fillA, lineA = 0xb0, 0xff
		line = toNRGBA(textview.ThemeColor(theme.ColorNameForeground))
	case linkDim:
		fillA, lineA = 0x18, 0x40
	}
	edge := func(a, b, x float32) float32 {
		t := min(max(x/w, 0), 1)
		return (a + (b-a)*t*t*(3-2*t)) * sy
	}
	for x := range img.Rect.Dx() {
		// Each edge crosses the column between its heights at the
		// column's two sides; where a steep ribbon's edges overlap, the
		// column is all edge (painted once: twice would stripe it).
		xf := float32(x)
		t0, t1 := edge(r.l0, r.r0, xf), edge(r.l0, r.r0, xf+1)
		b0, b1 := edge(r.l1, r.r1, xf), edge(r.l1, r.r1, xf+1)
		topA, topB := min(t0, t1)-0.5, max(t0, t1)+0.5
		botA, botB := min(b0, b1)-0.5, max(b0, b1)+0.5
		if topB >= botA {
			fillSpan(img, x, topA, max(topB, botB), line, lineA)
			continue
		}
		fillSpan(img, x, topA, topB, line, lineA)
		fillSpan(img, x, topB, botA, fill, fillA)
		fillSpan(img, x, botA, botB, line, lineA)
	}
	if r.edit == 0 {
		return
	}
	// The gap in the other pane: a short bar at the wedge's point.
	s := w / gutterWidth() // pixels per unit
	gapY := r.r0 * sy
	from, to := int(w-6*s), int(w)
	if !r.left {
		gapY, from, to = r.l0*sy, 0, int(6*s)
	}
	for x := from; x < to; x++ {
		fillSpan(img, x, gapY-s, gapY+s, line, 0xff)
	}
	// − for a removed sentence, + for an added one, inside the wedge's wide end.
	cx := 0.25 * w
	if !r.left {
		cx = 0.75 * w
	}
	top, bottom := edge(r.l0, r.r0, cx), edge(r.l1, r.r1, cx)
	arm, thick := 3.5*s, 1.0*s
	if bottom-top < 2*arm+2 {
		return
	}
	cy := (max(top, 0) + min(bottom, float32(img.Rect.Dy()))) / 2
	cy = min(max(cy, top+arm+1), bottom-arm-1)
	mark := toNRGBA(textview.ThemeColor(theme.ColorNameForeground))
	for x := int(cx - arm); x < int(cx+arm); x++ {
		fillSpan(img, x, cy-thick, cy+thick, mark, 0xff)
	}
	if r.edit&editAdded != 0 && r.edit&editRemoved == 0 {
		for x := int(cx - thick); x < int(cx+thick); x++ {
			fillSpan(img, x, cy-arm, cy+arm, mark, 0xff)
		}
	}
}

// fillSpan blends colour c at alpha into column x from y0 to y1 (pixels),
// the end pixels by how much of them the span covers.
func fillSpan(img *image.RGBA, x int, y0, y1 float32, c color.NRGBA, alpha uint8) {
	h := img.Rect.Dy()
	if x < 0 || x >= img.Rect.Dx() || y1 <= 0 || y0 >= float32(h) || y1 <= y0 {
		return
	}
	end := min(int(math.Ceil(float64(y1))), h)
	for y := max(int(y0), 0); y < end; y++ {
		cover := min(float32(y+1), y1) - max(float32(y), y0)
		if cover > 0 {
			blendPixel(img, x, y, c, float32(alpha)/255*cover)
		}
	}
}

// blendPixel lays c at opacity a over the pixel (premultiplied "over").
func blendPixel(img *image.RGBA, x, y int, c color.NRGBA, a float32) {
	i := img.PixOffset(x, y)
	p := img.Pix[i : i+4 : i+4]
	ca := a * float32(c.A) / 255
	keep := 1 - ca
	p[0] = uint8(float32(c.R)*ca + float32(p[0])*keep)
	p[1] = uint8(float32(c.G)*ca + float32(p[1])*keep)
	p[2] = uint8(float32(c.B)*ca + float32(p[2])*keep)
	p[3] = uint8(255*ca + float32(p[3])*keep)
}
