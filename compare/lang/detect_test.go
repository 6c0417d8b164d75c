package lang

import (
	"os"
	"testing"
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
