package lang

import (
	"bytes"
	"slices"
	"testing"
)

func TestStemsFileIsCurrent(t *testing.T) {
	want := FormatStems(WordNetWords())
	if got := readLangFile(stemsFile); !bytes.Equal(got, want) {
		t.Fatalf("assets/lang/%s is out of date with the synonyms file or the stemmer: run go run ./internal/cmd/genstems", stemsFile)
	}
}

func TestStemWordsAgreesWithTheStemmer(t *testing.T) {
	x := newWordIndex()
	for _, w := range []string{"condemnation", "reaffirms", "abattoir", "peace-keeping", "u.s", "negotiations"} {
		x.add(w, false)
	}
	for _, w := range []string{"abattoir", "abase", "slaughterhouse", "condemnation"} {
		x.add(w, true)
	}
	// The stems file lists every WordNet word whose stem differs.
	known := parseStems([]byte("# header\nabase abas\ncondemnation condemn\nslaughterhouse slaughterhous\n"))
	got := stemWords(x, known)
	want := stemAll(x.words)
	if !slices.Equal(got, want) {
		t.Errorf("stemWords = %q, want the stemmer's %q", got, want)
	}
}

func TestParseStemsSkipsComments(t *testing.T) {
	m := parseStems([]byte("# a comment with spaces\nreaffirms reaffirm\n\nbad-line\n"))
	if len(m) != 1 || m["reaffirms"] != "reaffirm" {
		t.Errorf("parseStems = %v", m)
	}
}
