package quotes_test

import (
	"fmt"

	"github.com/parley-app/parley/importer/quotes"
)

func ExampleExtract() {
	article := `White House national security spokesperson John Kirby said the strike had failed. ` +
		`“We are not seeking a wider war,” Kirby told reporters. ` +
		`A senior administration official said talks would go on.`
	for _, sp := range quotes.Extract(article).Speakers {
		fmt.Printf("%s (%s; %s, %s)\n", sp.Name, sp.Kind, sp.Role, sp.Organization)
		for _, q := range sp.Quotes {
			fmt.Printf("  %s, direct %v: %s\n", q.Cue, q.Direct, q.Text)
		}
	}
	// Output:
	// John Kirby (person; national security spokesperson, White House)
	//   said, direct false: the strike had failed
	//   told, direct true: We are not seeking a wider war,
	// a senior administration official (anonymous; , )
	//   said, direct false: talks would go on
}
