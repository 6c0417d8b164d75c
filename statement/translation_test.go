package statement

import (
	"reflect"
	"testing"
)

func TestTranslationPairs(t *testing.T) {
	sts := []Statement{
		{ID: "fa", Translation: "en"},
		{ID: "kirby"},
		{ID: "en", TranslationOf: "fa"},
		{ID: "he"},
		{ID: "he-en", TranslationOf: "he"},       // one side is enough
		{ID: "en-2", TranslationOf: "fa"},        // fa is taken: the first claim has it
		{ID: "self", Translation: "self"},        // never its own translation
		{ID: "file", Translation: "file.en.txt"}, // a file name that was not loaded
	}
	want := []TranslationPair{{0, 2}, {3, 4}}
	if got := TranslationPairs(sts); !reflect.DeepEqual(got, want) {
		t.Errorf("pairs %v, want %v", got, want)
	}
	o, tr := Statement{ID: "a", Translation: "a.en.txt"}, Statement{ID: "b", TranslationOf: "a.fa.txt"}
	LinkTranslation(&o, &tr)
	if o.Translation != "b" || tr.TranslationOf != "a" {
		t.Errorf("linked: %q, %q", o.Translation, tr.TranslationOf)
	}
}
