package report

// cellPad is the padding inside table cells, in points.
const cellPad = 3.5

// cell is a table cell: paragraphs stacked, optionally tinted.
type cell struct {
	paras   []para
	fill    rgb
	hasFill bool
}

// textCell is a cell of one paragraph.
func textCell(spans ...span) cell { return cell{paras: []para{{spans: spans}}} }

// table is a grid of cells. Rows taller than the space left on a page are
// split between lines, the header repeated on the next page, so a long
// passage or a long list of passages never overflows.
type table struct {
	widths []float64 // points; they add up to the text width
	header []cell
	rows   [][]cell
}

// fractions turns relative column widths into points across the text width.
func (d *doc) fractions(parts ...float64) []float64 {
	sum := 0.0
	for _, p := range parts {
		sum += p
	}
	out := make([]float64, len(parts))
	for i, p := range parts {
		out[i] = d.width * p / sum
	}
	return out
}

// drawTable draws t at the cursor.
func (d *doc) drawTable(t table) {
	if len(t.rows) == 0 {
		return
	}
	if d.alt != nil {
		for _, r := range append([][]cell{t.header}, t.rows...) {
			for _, c := range r {
				for _, p := range c.paras {
					d.noteCitations(p.spans)
				}
			}
		}
		d.alt.table(t)
		return
	}
	d.ensure(d.lead(t))
	if h := d.smallTableHeight(t); h > 0 && d.y+h > d.bottom {
		d.newPage() // a short table is read whole: keep it on one page
	}
	if t.header != nil {
		d.drawRow(t, t.header, true)
	}
	for _, r := range t.rows {
		d.drawRow(t, r, false)
	}
	d.y += 6
}

// keepWith starts a new page unless the heading above a table (extra
// points) fits with the table's start: the whole of a short table, else
// its header and first row.
func (d *doc) keepWith(t table, extra float64) {
	if d.alt != nil {
		return
	}
	need := d.smallTableHeight(t)
	if need == 0 {
		need = d.lead(t)
	}
	d.ensure(extra + need)
}

// lead is the height a table needs at the foot of a page to start there:
// its header and its first row, or the start of a first row too long to
// move whole.
func (d *doc) lead(t table) float64 {
	head := 0.0
	if t.header != nil {
		head = rowHeight(d.cellLines(t, t.header))
	}
	if len(t.rows) == 0 {
		return head
	}
	first := rowHeight(d.cellLines(t, t.rows[0]))
	if first > d.movable() {
		first = 80
	}
	return head + first
}

// smallTableHeight is the height of a table of a few short rows, or 0
// for a table too long to keep on one page anyway.
func (d *doc) smallTableHeight(t table) float64 {
	if len(t.rows) > 12 {
		return 0
	}
	h := 0.0
	if t.header != nil {
		h = rowHeight(d.cellLines(t, t.header))
	}
	for _, r := range t.rows {
		h += rowHeight(d.cellLines(t, r))
		if h > d.movable() {
			return 0
		}
	}
	return h
}

// movable is the tallest row moved whole to the next page rather than
// split where it starts.
func (d *doc) movable() float64 { return 0.4 * (d.bottom - d.top) }

// cellLines lays out each cell of a row in its column.
func (d *doc) cellLines(t table, cells []cell) [][]line {
	out := make([][]line, len(cells))
	for i, c := range cells {
		for k, p := range c.paras {
			if k > 0 {
				out[i] = append(out[i], spacer(3))
			}
			out[i] = append(out[i], d.fs.layout(p, t.widths[i]-2*cellPad)...)
		}
	}
	return out
}

func rowHeight(lines [][]line) float64 {
	h := 0.0
	for _, ls := range lines {
		h = max(h, heightOf(ls))
	}
	return h + 2*cellPad
}

func heightOf(ls []line) float64 {
	h := 0.0
	for _, l := range ls {
		h += l.height
	}
	return h
}

// drawRow draws one row, splitting it across pages when it must. A row
// that fits on a fresh page and is not long moves there whole instead.
func (d *doc) drawRow(t table, cells []cell, header bool) {
	lines := d.cellLines(t, cells)
	pos := make([]int, len(cells))
	moved := false
	for {
		rest := make([][]line, len(lines))
		for i := range lines {
			rest[i] = lines[i][pos[i]:]
		}
		need := rowHeight(rest)
		avail := d.bottom - d.y
		if need > avail && !moved && (need < d.movable() || !fitsAny(rest, avail-2*cellPad)) {
			d.tableBreak(t, header)
			moved = true
			continue
		}
		take, h := fragment(rest, avail-2*cellPad)
		d.drawFragment(t, cells, rest, take, h+2*cellPad)
		done := true
		for i := range pos {
			pos[i] += take[i]
			done = done && pos[i] == len(lines[i])
		}
		if done {
			return
		}
		d.tableBreak(t, header)
		moved = true
	}
}

// tableBreak starts a new page and repeats the header row.
func (d *doc) tableBreak(t table, header bool) {
	d.newPage()
	if !header && t.header != nil {
		d.drawRow(t, t.header, true)
	}
}

// fitsAny reports whether the first line of some cell fits in avail.
func fitsAny(rest [][]line, avail float64) bool {
	for _, ls := range rest {
		if len(ls) > 0 && ls[0].height <= avail {
			return true
		}
	}
	return false
}

// fragment counts how many lines of each cell fit in avail points (at
// least one of a non-empty cell, so a page always makes progress) and the
// height they take.
func fragment(rest [][]line, avail float64) ([]int, float64) {
	take := make([]int, len(rest))
	h := 0.0
	for i, ls := range rest {
		sum := 0.0
		for _, l := range ls {
			if sum+l.height > avail && take[i] > 0 {
				break
			}
			sum += l.height
			take[i]++
		}
		h = max(h, sum)
	}
	return take, h
}

// drawFragment draws the given lines of each cell in a band of height h.
func (d *doc) drawFragment(t table, cells []cell, rest [][]line, take []int, h float64) {
	x := d.left
	for i, c := range cells {
		w := t.widths[i]
		if c.hasFill {
			d.fill(c.fill)
			d.pdf.Rect(x, d.y, w, h, "F")
		}
		y := d.y + cellPad
		for _, l := range rest[i][:take[i]] {
			d.drawLine(l, x+cellPad, y, w-2*cellPad)
			y += l.height
		}
		d.stroke(rule, 0.5)
		d.pdf.Rect(x, d.y, w, h, "D")
		x += w
	}
	d.y += h
}
