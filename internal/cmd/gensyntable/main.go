// Command gensyntable compiles the English synonym table: it builds the
// table from assets/lang/paraphrases-en.txt and synonyms-en.txt as the
// aligner reads them and writes the result as a plain index,
// assets/lang/synonyms-en-compiled.txt, so that no program stems the word
// lists at start-up (make synonym-table; run it after editing either list,
// and commit the result).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/parley-app/parley/compare/lang"
)

func main() {
	out := flag.String("out", "assets/lang/synonyms-en-compiled.txt", "the file to write")
	flag.Parse()
	data, err := lang.CompiledSynonyms()
	if err == nil {
		err = os.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gensyntable:", err)
		os.Exit(1)
	}
}
