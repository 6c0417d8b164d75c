package parallel

import "math"

// step is one link of a path: kinds[ki] starting at original sentence o
// and translation sentence t.
type step struct {
	o, t int
	k    kind
	cost float64
}

// grid is the dynamic-programming table restricted to a band: row i (the
// first i original sentences aligned) holds the columns lo[i]..hi[i] (the
// first j translation sentences), stored one row after another from off[i].
// cost is the least cost of a path to the cell and move the index in kinds
// of its last link (noMove where no path reaches it). Memory is 9 bytes a
// cell, (n+1)·(2·band+1) cells at most: linear in the number of sentences.
type grid struct {
	lo, hi, off []int
	cost        []float64
	move        []uint8
}

const noMove = math.MaxUint8

// at returns the cell's position in cost and move, or -1 outside the band.
func (g *grid) at(i, j int) int {
	if i < 0 || j < g.lo[i] || j > g.hi[i] {
		return -1
	}
	return g.off[i] + j - g.lo[i]
}

// alignBand returns the cheapest path of links through the sentences of
// lengths ol (original) and tl (translation), searched within band
// sentences of the diagonal. When no path gets through the band, or the
// best one comes within a quarter of the band of its edge (where a wider
// band might have offered a cheaper way round), the band is doubled and
// the search run again, up to the whole table (the adaptive band of
// Moore 2002 and others).
func alignBand(m model, ol, tl []float64, band int) []step {
	n, mm := len(ol), len(tl)
	for {
		full := band >= max(n, mm)
		g := newGrid(ol, tl, band, full)
		g.fill(&m, ol, tl)
		if last := g.at(n, mm); g.move[last] != noMove || n+mm == 0 {
			steps := g.path(&m, ol, tl)
			if full || !g.nearEdge(steps, band/4+1) {
				return steps
			}
		} else if full {
			// Unreachable: 1–0 and 0–1 links reach every cell of a full grid.
			panic("parallel: no path through the full grid")
		}
		band *= 2
	}
}

// nearEdge reports whether a cell the path passes through lies within
// margin columns of an edge of the band that is not an edge of the table.
func (g *grid) nearEdge(steps []step, margin int) bool {
	last := g.hi[len(g.hi)-1]
	for _, s := range steps {
		if i, j := s.o, s.t; g.lo[i] > 0 && j-g.lo[i] < margin || g.hi[i] < last && g.hi[i]-j < margin {
			return true
		}
	}
	return false
}

// newGrid lays out the band: row i is centred on the translation sentence
// where the translation has reached the same share of its characters as
// the original has after i sentences, so the band follows the texts'
// lengths even when one splits or joins many sentences. full takes every
// column of every row.
func newGrid(ol, tl []float64, band int, full bool) *grid {
	n, mm := len(ol), len(tl)
	g := &grid{lo: make([]int, n+1), hi: make([]int, n+1), off: make([]int, n+2)}
	var totO, totT float64
	for _, l := range ol {
		totO += l
	}
	for _, l := range tl {
		totT += l
	}
	var cumO, cumT float64 // characters before sentence i, before sentence j
	j := 0
	for i := 0; i <= n; i++ {
		center := mm
		if i < n {
			target := 0.0
			if totO > 0 {
				target = cumO / totO * totT
			} else if n > 0 {
				target = float64(i) / float64(n) * totT
			}
			// Move j forward while sentence j ends nearer the target than
			// it starts.
			for j < mm && cumT+tl[j]/2 < target {
				cumT += tl[j]
				j++
			}
			center = j
			cumO += ol[i]
		}
		if full {
			g.lo[i], g.hi[i] = 0, mm
		} else {
			g.lo[i], g.hi[i] = max(0, center-band), min(mm, center+band)
		}
		g.off[i+1] = g.off[i] + g.hi[i] - g.lo[i] + 1
	}
	cells := g.off[n+1]
	g.cost = make([]float64, cells)
	g.move = make([]uint8, cells)
	return g
}

// fill computes every cell of the band, row by row.
func (g *grid) fill(m *model, ol, tl []float64) {
	for i := range g.lo {
		for j := g.lo[i]; j <= g.hi[i]; j++ {
			c := g.at(i, j)
			if i == 0 && j == 0 {
				g.cost[c], g.move[c] = 0, noMove
				continue
			}
			best, move := math.Inf(1), uint8(noMove)
			for ki, k := range kinds {
				p := g.at(i-k.o, j-k.t)
				if j-k.t < 0 || p < 0 || (g.move[p] == noMove && (i-k.o != 0 || j-k.t != 0)) {
					continue
				}
				cost := g.cost[p] + m.cost(ki, sum(ol, i-k.o, k.o), sum(tl, j-k.t, k.t))
				if cost < best {
					best, move = cost, uint8(ki)
				}
			}
			g.cost[c], g.move[c] = best, move
		}
	}
}

// path walks back from the last cell and returns the links in order.
func (g *grid) path(m *model, ol, tl []float64) []step {
	var steps []step
	i, j := len(g.lo)-1, len(tl)
	for i > 0 || j > 0 {
		ki := g.move[g.at(i, j)]
		k := kinds[ki].kind
		i, j = i-k.o, j-k.t
		steps = append(steps, step{o: i, t: j, k: k, cost: m.cost(int(ki), sum(ol, i, k.o), sum(tl, j, k.t))})
	}
	for a, b := 0, len(steps)-1; a < b; a, b = a+1, b-1 {
		steps[a], steps[b] = steps[b], steps[a]
	}
	return steps
}

// sum returns the total length of the n sentences from first.
func sum(ls []float64, first, n int) float64 {
	var s float64
	for _, l := range ls[first : first+n] {
		s += l
	}
	return s
}
