// Package parallel aligns the sentences of an original text with those of its translation, by their lengths (Gale & Church 1993).
//
// The method is W. A. Gale and K. W. Church, "A program for aligning
// sentences in bilingual corpora", Computational Linguistics 19(1), 1993:
// a translation's sentences are about as long as the original's they render,
// so dynamic programming finds the sequence of links (1–1, 1–0, 0–1, 2–1,
// 1–2, 2–2) whose lengths fit best. The cost of a link is −log of its prior
// probability times the two-tailed normal probability of its length
// difference (model.go). Parley departs from the paper in three documented
// ways: the length ratio c is estimated from the two texts when they are
// written in different scripts (Persian or Hebrew beside English); a
// sentence with no counterpart costs its prior only (model.go says why);
// and when the paragraphs cannot anchor the search, it runs in a band
// around the diagonal, so memory stays linear in the length of the texts
// (band.go).
package parallel

import (
	"strconv"

	"github.com/parley-app/parley/compare/segment"
	"github.com/parley-app/parley/statement"
)

// Link is one step of an alignment: up to two sentences of the original
// and up to two of the translation that render each other.
type Link struct {
	// Original and Translation are indexes into each text's sentences
	// (segment.Sentences), ascending and consecutive; one of them is empty
	// when a sentence has no counterpart.
	Original    []int `json:"original"`
	Translation []int `json:"translation"`
	// OriginalSpan and TranslationSpan are the bytes the sentences cover,
	// from the first one's start to the last one's end. An empty side has
	// an empty span at the end of the sentence before it (at the start of
	// the text when there is none).
	OriginalSpan    segment.Span `json:"original_span"`
	TranslationSpan segment.Span `json:"translation_span"`
	// Cost is −log of the link's probability (prior × length fit): the
	// lower, the surer; a 1–1 link of well-matched lengths costs about 0.1.
	Cost float64 `json:"cost"`
}

// Kind names the link by its number of sentences on each side: "1-1",
// "2-1" (two of the original rendered as one), "1-0" (a sentence left out
// of the translation)…
func (l Link) Kind() string {
	return strconv.Itoa(len(l.Original)) + "-" + strconv.Itoa(len(l.Translation))
}

// Alignment is the whole alignment of an original with its translation.
type Alignment struct {
	Links    []Link  `json:"links"`    // in text order; every sentence of both texts is in exactly one
	Ratio    float64 `json:"ratio"`    // c: characters of translation expected per character of original
	Variance float64 `json:"variance"` // s²: variance of a translation's length per character of original
	// Anchored reports that the texts had as many paragraphs each, so
	// paragraph i of the original was aligned with paragraph i of the
	// translation and links never cross a paragraph break.
	Anchored bool    `json:"anchored"`
	Cost     float64 `json:"cost"` // the sum of the links' costs
}

// Options tune the alignment; the zero value follows the paper.
type Options struct {
	// Ratio is c. 0 chooses: 1, as in the paper, when the two texts are
	// mostly in one script; otherwise the translation's characters divided
	// by the original's (EstimateRatio).
	Ratio float64
	// Variance is s²; 0 takes the paper's 6.8.
	Variance float64
	// IgnoreParagraphs aligns the sentences as one sequence even when the
	// two texts have as many paragraphs.
	IgnoreParagraphs bool
	// Band is the half-width, in sentences, of the search band around the
	// diagonal of an unanchored alignment; 0 takes DefaultBand. The band is
	// widened when no path through it reaches the end.
	Band int
}

// DefaultVariance is the paper's s² for lengths in characters.
const DefaultVariance = 6.8

// DefaultBand lets an alignment stray 50 sentences from the diagonal (drawn
// by cumulative length, not by sentence count): a translation may leave out
// or add a passage of about that many sentences before the band must widen.
const DefaultBand = 50

// AlignStatements aligns the sentences of an original statement with those
// of its translation.
func AlignStatements(original, translation statement.Statement, opt Options) Alignment {
	return Align(original.Text, translation.Text, opt)
}

// Align aligns the sentences of original with those of translation, as
// segment.Sentences splits them.
func Align(original, translation string, opt Options) Alignment {
	return AlignSentences(original, segment.Sentences(original), translation, segment.Sentences(translation), opt)
}

// AlignSentences is Align for texts already split: os and ts are the
// sentences of original and of translation, in order, as segment.Sentences
// returns them (their Paragraph fields give the anchors).
func AlignSentences(original string, os []segment.Sentence, translation string, ts []segment.Sentence, opt Options) Alignment {
	ol, tl := lengths(original, os), lengths(translation, ts)
	m := newModel(opt, original, ol, translation, tl)
	al := Alignment{Ratio: m.ratio, Variance: m.variance}
	band := opt.Band
	if band <= 0 {
		band = DefaultBand
	}
	var steps []step
	if op, tp := paragraphs(os), paragraphs(ts); !opt.IgnoreParagraphs && op == tp && op > 1 {
		al.Anchored = true
		oi, ti := 0, 0
		for p := range op {
			oe, te := paragraphEnd(os, oi, p), paragraphEnd(ts, ti, p)
			for _, s := range alignBand(m, ol[oi:oe], tl[ti:te], band) {
				s.o += oi
				s.t += ti
				steps = append(steps, s)
			}
			oi, ti = oe, te
		}
	} else {
		steps = alignBand(m, ol, tl, band)
	}
	al.Links = make([]Link, len(steps))
	for i, s := range steps {
		l := Link{
			Original:        indexes(s.o, s.k.o),
			Translation:     indexes(s.t, s.k.t),
			OriginalSpan:    span(os, s.o, s.k.o),
			TranslationSpan: span(ts, s.t, s.k.t),
			Cost:            s.cost,
		}
		al.Links[i] = l
		al.Cost += l.Cost
	}
	return al
}

// paragraphs returns the number of paragraphs the sentences lie in.
func paragraphs(ss []segment.Sentence) int {
	if len(ss) == 0 {
		return 0
	}
	return ss[len(ss)-1].Paragraph + 1
}

// paragraphEnd returns the index after the last sentence of paragraph p,
// searching from from.
func paragraphEnd(ss []segment.Sentence, from, p int) int {
	for from < len(ss) && ss[from].Paragraph <= p {
		from++
	}
	return from
}

// indexes returns n consecutive indexes from first; nil when n is 0.
func indexes(first, n int) []int {
	if n == 0 {
		return nil
	}
	out := make([]int, n)
	for i := range out {
		out[i] = first + i
	}
	return out
}

// span returns the bytes of ss[first:first+n], or the empty span after
// the sentence before first when n is 0.
func span(ss []segment.Sentence, first, n int) segment.Span {
	if n == 0 {
		if first == 0 {
			return segment.Span{}
		}
		end := ss[first-1].End
		return segment.Span{Start: end, End: end}
	}
	return segment.Span{Start: ss[first].Start, End: ss[first+n-1].End}
}
