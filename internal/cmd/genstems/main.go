// Command genstems writes assets/lang/stems-en.txt, the stems of the words
// of the WordNet synonym file that differ from the word, so the synonym
// table loads without running the stemmer (compare/lang reads it). Run it
// after gensynonyms, or whenever the stemmer changes:
//
//	make synonyms
//	go run ./internal/cmd/genstems -out assets/lang/stems-en.txt
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/parley-app/parley/compare/lang"
)

func main() {
	out := flag.String("out", "assets/lang/stems-en.txt", "the file to write")
	flag.Parse()
	if err := os.WriteFile(*out, lang.FormatStems(lang.WordNetWords()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genstems:", err)
		os.Exit(1)
	}
}
