package worddiff

import "testing"

func BenchmarkWords(b *testing.B) {
	x := "The President reinforced the need for all sides to take urgent, collaborative steps to enhance security coordination, condemn all acts of terrorism, and maintain the viability of a two-state solution, consistent with the core principles they share."
	y := "The President underscored the need for both sides to take urgent and collaborative steps to improve security coordination, to condemn all acts of terrorism, and to preserve the viability of a two-state solution, consistent with their shared principles."
	b.ReportAllocs()
	for b.Loop() {
		Words(x, y, Options{})
	}
}

func BenchmarkVersions(b *testing.B) {
	orig, _, revised := loadHiroshima(b)
	b.SetBytes(int64(len(orig) + len(revised)))
	b.ReportAllocs()
	for b.Loop() {
		Versions(orig, revised, Options{})
	}
}

// BenchmarkVersionsUnrelated diffs two different communiqués (worst case:
// almost everything changed).
func BenchmarkVersionsUnrelated(b *testing.B) {
	x, y := readFile(b, hiroshima), readFile(b, apulia)
	b.ReportAllocs()
	for b.Loop() {
		Versions(x, y, Options{})
	}
}
