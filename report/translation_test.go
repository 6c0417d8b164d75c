package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

// translatedStatements are the Persian statement of testdata/translation,
// linked with its English translation, and Kirby's from the demo.
func translatedStatements(t *testing.T) []statement.Statement {
	t.Helper()
	read := func(name, id string) statement.Statement {
		path := filepath.Join("..", "testdata", "translation", name)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		st, err := statement.ParseStatement(path, data)
		if err != nil {
			t.Fatal(err)
		}
		st.ID = id
		return st
	}
	fa, en := read("spokesman-talks.fa.txt", "talks-fa"), read("spokesman-talks.en.txt", "talks-en")
	statement.LinkTranslation(&fa, &en)
	demoSts, _ := demo(t)
	return []statement.Statement{fa, en, demoSts[1]}
}

// TestTranslationReport: where the report quotes a sentence of the
// translation, the original's words come with it, right to left, and the
// appendix prints the original sentence by sentence under the translation.
func TestTranslationReport(t *testing.T) {
	sts := translatedStatements(t)
	a := analyze(t, sts)
	if len(a.Statements) != 2 {
		t.Fatalf("%d columns, want the translation and Kirby", len(a.Statements))
	}
	file := render(t, a, sts, Options{Title: "Original and translation", Date: fixedDate, Detail: DetailFull})
	txt := plain(pdfText(t, file))

	// The cover identifies the original too.
	for _, want := range []string{"English translation of talks-fa", "Persian original of talks-en, read through it"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the cover lacks %q", want)
		}
	}
	// The topic alignment quotes the condemnation of the attacks on Gaza in
	// English, cites the Persian sentence, and quotes it in reading order.
	at := strings.Index(txt, "strongly condemned the recent attacks on Gaza")
	if at < 0 {
		t.Fatal("the English passage on Gaza is not quoted")
	}
	gaza := plain("حملات اخیر به غزه را") // the PDF drops the zero-width non-joiner of the next word
	if n := strings.Count(txt, gaza); n < 2 {
		t.Errorf("the Persian words on Gaza appear %d times in reading order; want them in the alignment and the appendix", n)
	}
	if !strings.Contains(txt, "talks-en:s9 · original talks-fa:s8") {
		t.Error("the passage does not cite its original sentence")
	}
	// The appendix prints each English sentence with the Persian it renders:
	// sentence 4 of the Persian under English sentences 4 and 5.
	appendix := txt[strings.Index(txt, "Every statement in full, as analysed"):]
	en4 := strings.Index(appendix, "[s4] The spokesman stressed")
	en5 := strings.Index(appendix, "[s5] However, it will not back down")
	fa4 := strings.Index(appendix, plain("سخنگو تأکید کرد"))
	fa5 := strings.Index(appendix, plain("وی افزود"))
	if en4 < 0 || en5 < en4 || fa4 < en5 || fa5 < fa4 {
		t.Errorf("appendix order: English s4 at %d, s5 at %d, Persian s4 at %d, s5 at %d", en4, en5, fa4, fa5)
	}
	if !strings.Contains(appendix, "Original: ") || !strings.Contains(appendix, "Translations. A statement compared with its translation") {
		t.Error("the appendix does not say how the original is paired with the translation")
	}
}
