package segment

import (
	"os"
	"testing"
)

// BenchmarkSentences segments the full G7 Apulia communiqué (~20k words).
func BenchmarkSentences(b *testing.B) {
	data, err := os.ReadFile("../../testdata/corpus/communiques/g7-communique-2024-apulia.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text)
	}
}
