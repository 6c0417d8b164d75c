package worddiff

import "testing"

func fuzzSeeds(f *testing.F) {
	seeds := [][2]string{
		{"We shall not waver.", "We will not waver."},
		{"the U.S.-Israel relationship, 1,000 times", "the U.S. - Israel relationship; 1,000 times!"},
		{"ما از آتش‌بس حمایت می‌کنیم", "ישראל תמשיך להגן על עצמה"},
		{"a a a b a", "b a a a"},
		{"", "x"},
		{"“Peace,” he said.\n\nIt ends.", "Peace — she said!\r\nIt ends…"},
		{"bad\xffbyte \u200e", "bad\xfebyte"},
	}
	for i, s := range seeds {
		f.Add(s[0], s[1], uint8(i))
	}
}

// FuzzWords checks that Words never panics and that its output always
// satisfies the offset and reconstruction invariants (see checkOps).
func FuzzWords(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, a, b string, flags uint8) {
		opt := Options{IgnoreCase: flags&1 != 0, IgnorePunctuation: flags&2 != 0}
		checkOps(t, a, b, Words(a, b, opt))
	})
}

// FuzzVersions does the same for Versions, whose sentence-level pass,
// region stitching and move detection have more seams to get wrong.
func FuzzVersions(f *testing.F) {
	fuzzSeeds(f)
	f.Add(doc(pIntro, pUkr, pHealth, pEnergy), doc(pHealth, pEnergy, pUkr+" Now.", pIntro), uint8(3))
	f.Fuzz(func(t *testing.T, a, b string, flags uint8) {
		opt := Options{IgnoreCase: flags&1 != 0, IgnorePunctuation: flags&2 != 0}
		r := Versions(a, b, opt)
		checkOps(t, a, b, r.Ops)
		if s := Summarize(r.Ops); s != r.Summary {
			t.Fatalf("summary %+v, Summarize %+v", r.Summary, s)
		}
		checkTokenization(t, "fuzz", a, b, opt.IgnoreCase)
	})
}
