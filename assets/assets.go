// Package assets holds what Parley embeds in its binary: the application
// icon, the seed news article and the built-in demo statements made from it.
// It only exposes bytes; parsing belongs to the packages that use them.
package assets

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed icon.png
var Icon []byte

//go:embed icon.svg
var IconSVG []byte

// Article is the news article the demo statements were taken from.
//
//go:embed article.txt
var Article []byte

//go:embed demo/*.md
var demoFiles embed.FS

// DemoFile is one embedded demo statement file.
type DemoFile struct {
	Name string
	Data []byte
}

// DemoStatements returns the demo statement files in their intended order
// (file names start with their position).
func DemoStatements() []DemoFile {
	names, err := fs.Glob(demoFiles, "demo/*.md")
	if err != nil { // the pattern is constant and valid
		panic(err)
	}
	sort.Strings(names)
	out := make([]DemoFile, 0, len(names))
	for _, n := range names {
		data, err := demoFiles.ReadFile(n)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		out = append(out, DemoFile{Name: n, Data: data})
	}
	return out
}

// Topics is the built-in topic scheme (TOML): topics with weighted cue terms.
//
//go:embed topics.toml
var Topics []byte

// Lang holds the language layer's word lists (stop words, reporting and
// cognitive verbs, the modal scale, the aligner's synonym groups), one word
// or entry a line, as text files an analyst may read and extend (package
// compare/lang reads them; synonyms-en.txt is generated from WordNet and
// synonyms-en-compiled.txt from both synonym lists by
// make synonyms).
//
//go:embed lang/*.txt
var Lang embed.FS

// SynonymTable is lang/synonyms-en-compiled.txt as a string: the aligner
// searches it in place, so it is neither copied out of the binary nor
// turned into maps at start.
//
//go:embed lang/synonyms-en-compiled.txt
var SynonymTable string
