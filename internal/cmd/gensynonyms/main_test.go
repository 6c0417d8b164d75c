package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// A small WordNet in WordNet's own file formats, one case of each rule.
var testDict = map[string]string{
	"index.noun": `  1 a licence line
war n 1 0 1 1 00000001
warfare n 1 0 1 0 00000001
state n 3 0 3 3 00000009 00000008 00000002
province n 1 0 1 1 00000002
resoluteness n 1 0 1 0 00000003
firmness n 1 0 1 1 00000003
resolve n 1 0 1 1 00000003
resolution n 1 0 1 1 00000004
firm n 1 0 1 1 00000005
britain n 1 0 1 1 00000006
one n 2 0 2 2 00000007 00000013
unity n 1 0 1 1 00000007
nation n 1 1 + 1 1 00000011
country n 1 0 1 1 00000011
national n 1 1 + 1 1 00000012
`,
	"data.noun": `  1 a licence line
00000001 04 n 02 war 0 warfare 0 000 | the waging of armed conflict
00000002 15 n 02 state 0 province 0 000 | a territorial division
00000003 07 n 03 resoluteness 0 firmness 0 resolve 0 000 | the trait of being resolute
00000004 10 n 01 resolution 0 000 | a formal expression of opinion
00000005 14 n 01 firm 0 000 | a business
00000006 15 n 02 Britain 0 UK 0 000 | a kingdom
00000007 23 n 02 one 0 unity 0 000 | the smallest whole number
00000011 14 n 02 nation 0 country 0 001 + 00000012 n 0101 | a politically organized people
00000012 14 n 01 national 0 001 + 00000011 n 0101 | a person of a nation
`,
	"cntlist.rev": `war%1:04:00:: 1 10
resolution%1:10:00:: 1 20
resolve%1:07:00:: 1 26
firm%1:14:00:: 1 62
firmness%1:07:00:: 1 2
nation%1:14:00:: 1 49
state%1:03:00:: 1 300
state%2:32:00:: 1 20
tell%2:32:00:: 1 10
national%1:18:00:: 1 82
`,
	"index.verb": `state v 1 0 1 1 00000020
tell v 1 0 1 1 00000020
`,
	"data.verb": `00000020 32 v 02 state 0 tell 0 000 | express in words
`,
	"index.adj": "", "data.adj": "", "index.adv": "", "data.adv": "",
}

func writeDict(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// war/warfare: a tagged first sense and a word of one sense; state/province:
// the third sense of "state"; resoluteness and firmness: stems of commoner
// words ("resolution", "firm"); Britain/UK: proper nouns; one: a stop word;
// nation/country: "national" is commoner, but a form of "nation"; the verb
// state/tell: "state" is mostly a noun.
func TestGenerate(t *testing.T) {
	sets, err := Generate(writeDict(t, testDict))
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"nation", "country"}, {"war", "warfare"}}; !reflect.DeepEqual(sets, want) {
		t.Errorf("sets %q, want %q", sets, want)
	}

	without := map[string]string{}
	for name, text := range testDict {
		text = strings.ReplaceAll(text, "001 + 00000012 n 0101", "000")
		without[name] = strings.ReplaceAll(text, "001 + 00000011 n 0101", "000")
	}
	sets, err = Generate(writeDict(t, without))
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"war", "warfare"}}; !reflect.DeepEqual(sets, want) {
		t.Errorf("without the derivation: sets %q, want %q", sets, want)
	}

	var out bytes.Buffer
	if err := Write(&out, "DICT", sets); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{"# WordNet 3.0 Copyright 2006 by Princeton University.", "-dict DICT", "1 sets.", "\nwar warfare\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("the file lacks %q:\n%s", want, text)
		}
	}

	bad := map[string]string{}
	for name, text := range testDict {
		bad[name] = text
	}
	bad["index.noun"] += "broken n 2 0 1 1 00000001\n"
	if _, err := Generate(writeDict(t, bad)); err == nil || !strings.Contains(err.Error(), "index.noun:17") {
		t.Errorf("a malformed index line: error %v", err)
	}
}
