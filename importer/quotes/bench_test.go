package quotes

import (
	"strings"
	"testing"
)

// BenchmarkExtract times the seed article and a 1 MB article made of it
// repeated. ns/op divided by bytes (the MB/s column) should be about the
// same for both: the extractor is linear. "1MB-dense" is 1 MB with no
// sentence end and a token per byte ("a.a.a…"), the worst case for memory:
// it must stay linear too (frames are cut at maxFrame).
func BenchmarkExtract(b *testing.B) {
	seed := readTestdata(b, "article.txt")
	var big strings.Builder
	for big.Len() < 1<<20 {
		big.WriteString(seed)
		big.WriteString("\n")
	}
	dense := strings.Repeat("a.", 1<<19)
	for _, bc := range []struct{ name, text string }{{"seed", seed}, {"1MB", big.String()}, {"1MB-dense", dense}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(bc.text)
			}
		})
	}
}
