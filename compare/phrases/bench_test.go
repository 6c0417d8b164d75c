package phrases

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// Two paraphrases of about 40 words (a sentence of the G7 Hiroshima
// communiqué and a rewording of it) and two of about 150: long communiqué
// sentences, reworded and reordered.
const (
	bench40a = "Given Ukraine’s essential role as a major exporter of food to the world, we are seriously concerned about the current and future impact of Russia’s deliberate disruption of Ukraine’s agricultural sector on food security in the most vulnerable countries."
	bench40b = "We are deeply concerned that Russia’s deliberate disruption of Ukraine’s agricultural sector, given Ukraine’s essential role as one of the world’s major food exporters, continues to harm food security in the most vulnerable countries, now and in the future."

	bench150a = "We reaffirm our unwavering support for Ukraine for as long as it takes, and we condemn in the strongest possible terms the increasing military cooperation between North Korea and Russia, including North Korea’s export and Russia’s procurement of North Korean ballistic missiles in direct violation of relevant resolutions of the Security Council, as well as Russia’s use of these missiles against Ukraine, while we remain determined to dispel any false notion that time is on Russia’s side, that destroying infrastructure and livelihoods has no consequences for Russia, or that Russia can prevail by causing Ukraine to fail economically, and we confirm that, consistent with all applicable laws and our respective legal systems, Russia’s sovereign assets in our jurisdictions will remain immobilized until Russia ends its aggression and pays for the damage it has caused to Ukraine, in full and without delay."
	bench150b = "Consistent with all applicable laws and our respective legal systems, we confirm that Russia’s sovereign assets in our jurisdictions will remain immobilized until Russia ends its aggression and pays for the damage it has caused to Ukraine, and we reiterate our steadfast support for Ukraine’s sovereignty for as long as it takes, since we remain determined to dispel the false notion that time is on Russia’s side, that Russia can prevail by causing Ukraine to fail economically, or that destroying livelihoods and infrastructure has no consequences for Russia; we also condemn in the strongest terms the growing military cooperation between the DPRK and Russia, including the DPRK’s export and Russia’s procurement of ballistic missiles in direct violation of relevant UN Security Council resolutions, as well as Russia’s use of these missiles against Ukraine’s cities and energy infrastructure, which we deplore."
)

func benchAlign(b *testing.B, x, y string) {
	ux, uy := tokenize(x, nil), tokenize(y, nil)
	b.ReportAllocs()
	for b.Loop() {
		Align(ux, uy)
	}
	b.ReportMetric(float64(len(ux)), "wordsA")
	b.ReportMetric(float64(len(uy)), "wordsB")
}

func BenchmarkAlign40(b *testing.B)  { benchAlign(b, bench40a, bench40b) }
func BenchmarkAlign150(b *testing.B) { benchAlign(b, bench150a, bench150b) }

// benchAlignIndexed is how the sentence aligner aligns: each sentence
// indexed once, then aligned with many others.
func benchAlignIndexed(b *testing.B, x, y string) {
	ux, uy := tokenize(x, nil), tokenize(y, nil)
	ix, iy := NewIndex(ux), NewIndex(uy)
	b.ReportAllocs()
	for b.Loop() {
		AlignIndexed(ux, ix, uy, iy)
	}
}

func BenchmarkAlignIndexed40(b *testing.B)  { benchAlignIndexed(b, bench40a, bench40b) }
func BenchmarkAlignIndexed150(b *testing.B) { benchAlignIndexed(b, bench150a, bench150b) }

// BenchmarkAlignCapped is the worst the cap allows: two 10,000-word
// "sentences" of a three-word alphabet, all content words, so that every
// word of the first MaxUnits of A equals a third of those of B.
func BenchmarkAlignCapped(b *testing.B) {
	rng := rand.New(rand.NewSource(1))
	words := func() string {
		w := make([]string, 10000)
		for i := range w {
			w[i] = "w" + strconv.Itoa(rng.Intn(3))
		}
		return strings.Join(w, " ")
	}
	benchAlign(b, words(), words())
}
