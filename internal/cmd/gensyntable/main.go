// Command gensyntable compiles the English synonym table: it builds the
// table from assets/lang/paraphrases-en.txt and synonyms-en.txt as the
// aligner reads them and writes it as Go data, compare/lang/synonyms_table.go,
// so that no program builds it at start-up (make synonym-table; run it
// after editing either file, and commit the result).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/parley-app/parley/compare/lang"
)

func main() {
	out := flag.String("out", "compare/lang/synonyms_table.go", "the Go file to write")
	flag.Parse()
	src, err := lang.SynonymTableSource()
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gensyntable:", err)
		os.Exit(1)
	}
}
