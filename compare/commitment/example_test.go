package commitment_test

import (
	"encoding/json"
	"fmt"

	"github.com/parley-app/parley/compare/commitment"
)

// A news article reports an IRGC commander's threat: the commitment is
// Iran's, conditional on Israel retaliating, and reported.
func ExampleExtract() {
	sentence := "A “new equation” has been created, according to Hossein Salami, Commander of Iran’s Islamic Revolutionary Guard Corps, who warned that Tehran would respond immediately if Israel retaliates."
	narrator := commitment.Speaker{Name: "news article"}
	for _, c := range commitment.Extract(sentence, narrator, commitment.DefaultGazetteer()) {
		out, _ := json.MarshalIndent(c, "", "  ")
		fmt.Println(string(out))
		fmt.Println(sentence[c.Start:c.End])
	}
	// Output:
	// {
	//   "actor": "Iran",
	//   "kind": "conditional",
	//   "polarity": "positive",
	//   "strength": "median",
	//   "action": "respond immediately",
	//   "target": "Israel",
	//   "condition": "if Israel retaliates",
	//   "time": "immediately",
	//   "cues": [
	//     "would",
	//     "if"
	//   ],
	//   "reported": true,
	//   "source": "Iran",
	//   "start": 141,
	//   "end": 194
	// }
	// Tehran would respond immediately if Israel retaliates
}

// A G7 statement condemns and demands in one sentence; "we" is the G7.
func ExampleExtract_several() {
	sentence := "We call on Iran’s leadership to end all unjust and arbitrary detentions, including of dual and foreign citizens, and condemn the unacceptable harassment of its citizens."
	g7 := commitment.Speaker{Name: "G7 Leaders (joint)", Organization: "Group of Seven"}
	for _, c := range commitment.Extract(sentence, g7, nil) {
		fmt.Printf("%s %s %s → %s: %q\n", c.Actor, c.Kind, c.Strength, c.Target, c.Action)
	}
	// Output:
	// G7 demand median → Iran: "end all unjust and arbitrary detentions"
	// G7 condemnation median → : "condemn the unacceptable harassment of its citizens"
}

// Users can teach the gazetteer new actors.
func ExampleGazetteer_Add() {
	g := commitment.DefaultGazetteer()
	g.Add("Canada", "Ottawa", "Canadian government")
	actor, _ := g.Resolve("the Canadian government")
	fmt.Println(actor)
	fmt.Println(g.ActorOf(commitment.Speaker{Name: "Minister of Foreign Affairs", Organization: "Government of Canada"}))
	// Output:
	// Canada
	// Canada
}
