package segment

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// hiroshimaExcerpt is the Middle East and Iran passage of the G7's 2023
// communiqué in the repository's corpus.
const hiroshimaExcerpt = "../../testdata/corpus/versions/g7_hiroshima_communique_2023-05-20_middle-east-iran-excerpt.txt"

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"one", "One.", []string{"One."}},
		{"line break stays", "One.\nStill one.\n\nTwo.", []string{"One.\nStill one.", "Two."}},
		{"space-only lines", "\n\n  A.  \n \t\n\nB.\n\n", []string{"A.", "B."}},
		{"many blank lines", "Heading\n\n\n\nBody text.", []string{"Heading", "Body text."}},
		{"nbsp line", "A.\n\u00a0\nB.", []string{"A.", "B."}},
		{"nbsp trimmed", "\u00a0A.\u00a0\n\n\u202fB.", []string{"A.", "B."}},
		{"crlf", "A.\r\nStill A.\r\n\r\nB.", []string{"A.\r\nStill A.", "B."}},
		{"lone cr", "A.\r\rB.", []string{"A.", "B."}},
		{"paragraph separator", "A.\u2029B.", []string{"A.", "B."}},
		{"line separator", "A.\u2028B.", []string{"A.\u2028B."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Paragraphs(tt.text) {
				got = append(got, tt.text[sp.Start:sp.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Paragraphs(%q) = %q, want %q", tt.text, got, tt.want)
			}
			checkInvariants(t, tt.text)
		})
	}
}

func TestSentenceParagraphs(t *testing.T) {
	text := "Iran\n\nIran must cease. We reiterate.\n\n\u00a0\n\nWe agree."
	var got []int
	for _, s := range Sentences(text) {
		got = append(got, s.Paragraph)
	}
	if want := []int{0, 1, 1, 2}; !reflect.DeepEqual(got, want) {
		t.Errorf("paragraph indexes = %v, want %v", got, want)
	}
}

func TestInvalidUTF8(t *testing.T) {
	for _, text := range []string{
		"\xff", "We act.\xff Then.", "\xe2\x80", "Mr.\xc2 Smith. \x80The end.",
		"\xe3\x80 \xe3\x80\x82\xe3", "\xc2\xa0\xc2", "。\xff。", "a\xe2\x80\xa8b",
	} {
		checkInvariants(t, text)
	}
}

// TestCorpusInvariants runs the invariants over the real statements of the
// repository's corpus.
func TestCorpusInvariants(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/corpus/*/*.txt")
	if len(files) == 0 {
		t.Fatal("no statements in ../../testdata/corpus")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, string(data))
	}
}

// TestLinearTime segments large pathological inputs: each would take
// minutes if any step were quadratic.
func TestHugeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const size = 5 << 20
	inputs := map[string]string{
		"one line without ends": strings.Repeat("we will not waver ", size/18),
		"one token":             strings.Repeat("a", size),
		"periods":               strings.Repeat(".", size),
		"closers":               strings.Repeat(")", size),
		"openers":               strings.Repeat("(", size),
		"ideographic stops":     strings.Repeat("。", size/3),
		"many sentences":        strings.Repeat("We act. ", size/8),
		"abbreviations":         strings.Repeat("Mr. U.S. ", size/9),
		"line breaks":           strings.Repeat("\n", size),
		"list items":            strings.Repeat("- a\n", size/4),
		"invalid bytes":         strings.Repeat("\xff", size),
		"spaced dots":           strings.Repeat(". ", size/2),
		"stop then spaced dots": strings.Repeat("end. . . . ", size/11),
		"long token after dots": "end. . . . " + strings.Repeat("A", size),
		"inline items":          strings.Repeat("1.) The a 2.) The b ", size/20),
		"lettered items":        strings.Repeat("a. The x b. The y ", size/18),
		"bullets inline":        strings.Repeat("• 9. The a ", size/13),
		"footnotes":             strings.Repeat("We act.[1] [2] ", size/15),
		"times and titles":      strings.Repeat("at 6 P.M. Mr. Smith ", size/20),
	}
	// No timing here (timed assertions fail on a loaded machine): the
	// invariants must hold on huge inputs, a quadratic step would trip the
	// test binary's timeout, and BenchmarkSentences measures the speed.
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) { checkInvariants(t, text) })
	}
}

func TestAllocations(t *testing.T) {
	text := strings.Repeat("we will not waver ", 1000)
	if n := testing.AllocsPerRun(10, func() { Sentences(text) }); n > 1 {
		t.Errorf("Sentences allocates %v times for one sentence", n)
	}
}

// TestGoldenHiroshima checks the sentences of a real communiqué excerpt
// (hiroshimaExcerpt) against testdata/hiroshima.golden, one sentence per line. The front
// matter is cut off first, as the app does before segmenting a statement.
func TestGoldenHiroshima(t *testing.T) {
	data, err := os.ReadFile(hiroshimaExcerpt)
	if err != nil {
		t.Fatal(err)
	}
	body := stripFrontMatter(string(data))
	checkInvariants(t, body)
	var b strings.Builder
	for _, s := range Sentences(body) {
		fmt.Fprintf(&b, "p%d %d:%d %s\n", s.Paragraph, s.Start, s.End, strings.ReplaceAll(body[s.Start:s.End], "\n", `\n`))
	}
	const golden = "testdata/hiroshima.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("sentences differ from %s:\n%s", golden, got)
	}
}

// stripFrontMatter returns text without its leading "---" YAML block.
func stripFrontMatter(text string) string {
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		return text
	}
	if _, body, ok := strings.Cut(rest, "\n---\n"); ok {
		return body
	}
	return text
}
