package importer

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/parley-app/parley/statement"
)

const translationDir = "../testdata/translation"

// TestReadFilesBringsTheTranslation: a statement file that names its
// translation brings it along, right after it; a translation brings its
// original; a file named and listed is read once.
func TestReadFilesBringsTheTranslation(t *testing.T) {
	fa := filepath.Join(translationDir, "spokesman-talks.fa.txt")
	en := filepath.Join(translationDir, "spokesman-talks.en.txt")
	for _, tc := range []struct {
		name    string
		paths   []string
		want    []string // base names, in order
		namedBy []int
		pair    statement.TranslationPair
	}{
		{"original", []string{fa}, []string{"spokesman-talks.fa.txt", "spokesman-talks.en.txt"}, []int{-1, 0}, statement.TranslationPair{Original: 0, Translation: 1}},
		{"translation", []string{en}, []string{"spokesman-talks.en.txt", "spokesman-talks.fa.txt"}, []int{-1, 0}, statement.TranslationPair{Original: 1, Translation: 0}},
		{"both", []string{en, fa}, []string{"spokesman-talks.en.txt", "spokesman-talks.fa.txt"}, []int{-1, -1}, statement.TranslationPair{Original: 1, Translation: 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var progress []float64
			files, errs := ReadFiles(context.Background(), tc.paths, func(d float64) { progress = append(progress, d) })
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			var names []string
			var namedBy []int
			for _, f := range files {
				names = append(names, filepath.Base(f.Path))
				namedBy = append(namedBy, f.NamedBy)
			}
			if !reflect.DeepEqual(names, tc.want) || !reflect.DeepEqual(namedBy, tc.namedBy) {
				t.Errorf("read %v named by %v; want %v named by %v", names, namedBy, tc.want, tc.namedBy)
			}
			if got := Translations(files); !reflect.DeepEqual(got, []statement.TranslationPair{tc.pair}) {
				t.Errorf("pairs %v, want %v", got, tc.pair)
			}
			if len(progress) == 0 || progress[len(progress)-1] != 1 {
				t.Errorf("progress %v does not end at 1", progress)
			}
		})
	}
}

// TestReadFilesMissingTranslation: a translation named but absent is no
// error, and links nothing; one that cannot be read is an error, and the
// file that named it still loads.
func TestReadFilesMissingTranslation(t *testing.T) {
	dir := t.TempDir()
	alone := writeFile(t, dir, "alone.md", []byte("---\ntranslation: gone.md\n---\nשלום לכולם."))
	bad := writeFile(t, dir, "bad.md", []byte("---\ntranslation: bad.en.md\n---\nשלום לכולם."))
	writeFile(t, dir, "bad.en.md", []byte("---\ntranslation_of: bad.md\n---\n"))
	files, errs := ReadFiles(context.Background(), []string{alone, bad}, nil)
	if len(files) != 2 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "bad.en.md") {
		t.Fatalf("%d files, errors %v; want alone.md and bad.md, and bad.en.md's error", len(files), errs)
	}
	if files[0].Statement.Translation != "gone.md" || len(Translations(files)) != 0 {
		t.Errorf("translation %q, pairs %v", files[0].Statement.Translation, Translations(files))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if files, _ := ReadFiles(ctx, []string{alone}, nil); len(files) != 0 {
		t.Errorf("read %d files after cancelling", len(files))
	}
}
