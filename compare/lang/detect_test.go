package lang

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/abadojack/whatlanggo"
)

func TestDetect(t *testing.T) {
	read := func(path string) string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	tests := []struct {
		name, text, declared string
		want                 Language
	}{
		{"declared code", "anything", "fa", Language{"fa", "Persian", "front matter"}},
		{"declared with region", "anything", "fa-IR", Language{"fa", "Persian", "front matter"}},
		{"declared by name", "anything", "Hebrew", Language{"he", "Hebrew", "front matter"}},
		{"declared other", "anything", "fr", Language{"fr", "French", "front matter"}},
		{"Persian statement", read("../../testdata/translation/spokesman-talks.fa.txt"), "", Language{"fa", "Persian", "detected"}},
		{"its English translation", read("../../testdata/translation/spokesman-talks.en.txt"), "", Language{"en", "English", "detected"}},
		{"short Hebrew", "ישראל תגיב", "", Language{"he", "Hebrew", "detected"}},
		{"short Persian", "ما پاسخ خواهیم داد", "", Language{"fa", "Persian", "detected"}},
		{"Arabic", "نحن ندين الهجوم بشدة ونطالب بوقف التصعيد فورا", "", Language{"ar", "Arabic", "detected"}},
		{"short English", "We act.", "", Language{"en", "English", "detected"}},
		{"no letters", "2024 — 1,000", "", Language{"und", "Unknown language", "detected"}},
	}
	for _, tt := range tests {
		if got := Detect(tt.text, tt.declared); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
	if !(Language{Code: "en"}).Analysed() || (Language{Code: "fa"}).Analysed() {
		t.Error("only English is analysed in full")
	}
}

func TestStopwordsOfALanguage(t *testing.T) {
	for _, tt := range []struct {
		code, word string
		want       bool
	}{
		{"fa", "از", true}, {"fa", "the", true}, {"fa", "حمله", false},
		{"he", "של", true}, {"ar", "في", true}, {"en", "از", false}, {"fr", "the", true},
	} {
		if got := Stopwords(tt.code).Has(tt.word); got != tt.want {
			t.Errorf("Stopwords(%s).Has(%q) = %v, want %v", tt.code, tt.word, got, tt.want)
		}
	}
	for code, list := range otherStopwords {
		for w := range list() {
			if Fold(w) != w {
				t.Errorf("stopwords-%s.txt: %q is not folded (%q)", code, w, Fold(w))
			}
		}
	}
}

func TestFoldPersianSpellings(t *testing.T) {
	if Fold("می‌شود") != Fold("میشود") || Fold("۱۲") != "12" || Fold("١٢") != "12" {
		t.Errorf("Persian spellings do not meet: %q %q %q %q", Fold("می‌شود"), Fold("میشود"), Fold("۱۲"), Fold("١٢"))
	}
}

// BenchmarkDetect is the language of one statement of the English corpus
// (the analysis detects every statement's language that its front matter
// does not declare).
func BenchmarkDetect(b *testing.B) {
	data, err := os.ReadFile("../../testdata/translation/spokesman-talks.en.txt")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Detect(string(data), "")
	}
}

// TestPlainlyEnglish: the shortcut answers English only where the trigram
// model does, on every statement of the corpus, and never on prose in
// other languages of Latin letters, quoting English or not.
func TestPlainlyEnglish(t *testing.T) {
	files, err := filepath.Glob("../../testdata/corpus/*/*.txt")
	if err != nil || len(files) < 100 {
		t.Fatalf("%d corpus files: %v", len(files), err)
	}
	files = append(files, "../../testdata/translation/spokesman-talks.en.txt", "../../testdata/translation/spokesman-talks.fa.txt")
	shortcut := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sample := string(data)
		if len(sample) > detectSample {
			sample = sample[:detectSample]
		}
		if !plainlyEnglish(sample) {
			continue
		}
		shortcut++
		if info := whatlanggo.Detect(sample); info.Lang.Iso6391() != "en" {
			t.Errorf("%s: taken for English, the trigram model says %s", f, info.Lang.Iso6391())
		}
	}
	if shortcut < len(files)*9/10 {
		t.Errorf("the shortcut answered %d of %d English statements", shortcut, len(files))
	}
	for name, text := range map[string]string{
		"French":                  "Le ministre des Affaires étrangères a condamné l'attaque contre les installations civiles et a appelé toutes les parties à la retenue. La France reste engagée en faveur d'une solution politique et soutient les efforts de médiation de l'Union européenne dans la région.",
		"German":                  "Die Bundesregierung verurteilt den Angriff auf das Kraftwerk auf das Schärfste. Wir rufen alle Seiten zur Zurückhaltung auf und unterstützen die Bemühungen der Vereinten Nationen um eine Waffenruhe, die den Menschen in der Region endlich Sicherheit bringt.",
		"Spanish quoting English": "El portavoz dijo que el gobierno “will not accept” ninguna amenaza y que mantendrá su compromiso con la paz. La cancillería pidió a las partes que respeten el derecho internacional y que garanticen el acceso de la ayuda humanitaria a la población civil.",
		"Dutch":                   "Het kabinet is bezorgd over de escalatie en roept alle partijen op tot terughoudendheid. We steunen de inzet van de Verenigde Naties en de Europese Unie om tot een staakt-het-vuren te komen en de burgerbevolking te beschermen tegen verder geweld.",
	} {
		if plainlyEnglish(text) {
			t.Errorf("%s prose taken for English", name)
		}
	}
}
