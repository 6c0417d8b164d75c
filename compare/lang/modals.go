package lang

import (
	"fmt"
	"strings"
	"sync"

	"github.com/parley-app/parley/assets"
)

// ModalScale maps a modal (the word that opens a predicate: "must",
// "will", "seek") to its value on Halliday's scale: "high", "median" or
// "low" (assets/lang/modal-scale.txt).
var ModalScale = sync.OnceValue(func() map[string]string {
	data, err := assets.Lang.ReadFile("lang/modal-scale.txt")
	if err != nil {
		panic(err)
	}
	scale, err := parseModalScale(ReadWordList(data))
	if err != nil {
		panic(err) // the embedded file is checked by a test
	}
	return scale
})

func parseModalScale(lines []string) (map[string]string, error) {
	scale := make(map[string]string, len(lines))
	for _, line := range lines {
		f := strings.Fields(line)
		if len(f) != 2 || (f[1] != "high" && f[1] != "median" && f[1] != "low") {
			return nil, fmt.Errorf("modal scale: %q: want a word and high, median or low", line)
		}
		scale[f[0]] = f[1]
	}
	return scale, nil
}
