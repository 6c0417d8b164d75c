package project

import (
	"testing"

	"github.com/parley-app/parley/statement"
)

func TestDuplicates(t *testing.T) {
	p := &Project{}
	p.Add(statement.Statement{ID: "a", Title: "Statement A", Text: "We condemn the attack."})
	sts := []statement.Statement{
		{Title: "A again", Text: "We condemn the attack."},              // the same text as one open
		{Title: "B", Text: "We call for restraint."},                    // new
		{Title: "B under another name", Text: "We call for restraint."}, // the same as one added with it
		{Title: "Original", Text: "We condemn the attack."},             // in a translation pair: kept
		{Title: "Translation", Text: "Nous condamnons l'attaque."},
	}
	pairs := []statement.TranslationPair{{Original: 3, Translation: 4}}
	dups := p.Duplicates(sts, pairs)
	if len(dups) != 2 || dups[0].Index != 0 || dups[0].Of != "Statement A" || dups[0].OfID != "a" || dups[0].OfIndex != -1 ||
		dups[1].Index != 2 || dups[1].Of != "B" || dups[1].OfID != "" || dups[1].OfIndex != 1 {
		t.Fatalf("duplicates: %+v", dups)
	}
	kept, keptPairs := WithoutDuplicates(sts, pairs, dups)
	if len(kept) != 3 || kept[0].Title != "B" || len(keptPairs) != 1 || keptPairs[0] != (statement.TranslationPair{Original: 1, Translation: 2}) {
		t.Errorf("kept %v, pairs %v", kept, keptPairs)
	}
}
