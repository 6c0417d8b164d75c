package statement

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseActors(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []Actor
	}{
		{"empty", "", nil},
		{"comments and blank lines", "# a comment\n\n   \n  # indented comment\n", nil},
		{"one actor", "Kestria: Kestrian government; Velgrad\n",
			[]Actor{{Name: "Kestria", Aliases: []string{"Kestrian government", "Velgrad"}}}},
		{"no aliases", "Northern Alliance\nSouthern Front:\nEastern Bloc:   \n",
			[]Actor{{Name: "Northern Alliance"}, {Name: "Southern Front"}, {Name: "Eastern Bloc"}}},
		{"spaces cleaned", "  Kestria  :  Kestrian \t government ;Velgrad  \r\n",
			[]Actor{{Name: "Kestria", Aliases: []string{"Kestrian government", "Velgrad"}}}},
		{"byte order mark and CRLF", "\ufeffKestria: Velgrad\r\nVelgria\r\n",
			[]Actor{{Name: "Kestria", Aliases: []string{"Velgrad"}}, {Name: "Velgria"}}},
		{"no final newline", "Kestria: Velgrad", []Actor{{Name: "Kestria", Aliases: []string{"Velgrad"}}}},
		{"the same actor again adds aliases", "Kestria: Velgrad\nVelgria\nKESTRIA: Kestrian army; velgrad\n",
			[]Actor{{Name: "Kestria", Aliases: []string{"Velgrad", "Kestrian army"}}, {Name: "Velgria"}}},
		{"duplicate aliases skipped", "Kestria: Velgrad; the Velgrad; kestria; The Kestria\n",
			[]Actor{{Name: "Kestria", Aliases: []string{"Velgrad"}}}},
		{"colon in an alias, # inside names", "Kestria: Ministry: Foreign Affairs; #KestriaFirst\nG#7: x\n",
			[]Actor{{Name: "Kestria", Aliases: []string{"Ministry: Foreign Affairs", "#KestriaFirst"}}, {Name: "G#7", Aliases: []string{"x"}}}},
		{"non-Latin names", "Кестрия: Вельград; 凯斯特里亚\n",
			[]Actor{{Name: "Кестрия", Aliases: []string{"Вельград", "凯斯特里亚"}}}},
	} {
		got, err := ParseActors("actors.txt", []byte(c.in))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %#v, want %#v", c.name, got, c.want)
		}
	}
}

func TestParseActorsErrors(t *testing.T) {
	long := strings.Repeat("a", MaxActorName+1)
	for _, c := range []struct {
		name, in, want string
	}{
		{"invalid UTF-8", "Kestria\nVel\xffgrad: x\n", "actors.txt:2: not valid UTF-8"},
		{"empty canonical", "Kestria\n  : Velgrad\n", "actors.txt:2: no actor name before the colon"},
		{"empty alias", "Kestria: Velgrad;; Kestrian army\n", "actors.txt:1: an empty alias of \"Kestria\""},
		{"trailing semicolon", "# c\nKestria: Velgrad;\n", "actors.txt:2: an empty alias"},
		{"long line", "Kestria: " + strings.Repeat("Velgrad; ", 120) + "\n", "actors.txt:1: the line is 1089 bytes long"},
		{"long name", "Kestria: " + long, "actors.txt:1: alias \"" + long[:60] + "…\": 201 bytes long"},
		{"control character", "Kes\x00tria\n", "actors.txt:1: actor name \"Kes\\x00tria\": contains a control character (U+0000)"},
		{"no letter", "Kestria: --\n", "actors.txt:1: alias \"--\": has no letter or digit"},
		{"alias of two actors", "Kestria: Velgrad\nVelgria: velgrad\n", "actors.txt:2: \"velgrad\" already names \"Kestria\" (line 1)"},
		{"canonical that is another's alias", "Kestria: Velgrad\nthe Velgrad: x\n", "actors.txt:2: \"the Velgrad\" is already an alias of \"Kestria\" (line 1)"},
		{"alias that is another's canonical", "Velgria\nKestria: Velgria\n", "actors.txt:2: \"Velgria\" already names \"Velgria\" (line 1)"},
		{"too large", strings.Repeat("# comment\n", MaxActorsFile/10+1), "actors.txt: 1024 KB is larger than the 1 MB"},
	} {
		_, err := ParseActors("actors.txt", []byte(c.in))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one starting %q", c.name, err, c.want)
		}
	}
}

func TestFormatActors(t *testing.T) {
	actors := []Actor{
		{Name: "Kestria", Aliases: []string{"Kestrian government", "Velgrad"}},
		{Name: "Northern Alliance"},
	}
	want := "# Parley actors: one actor a line, \"Name: alias; alias\"\nKestria: Kestrian government; Velgrad\nNorthern Alliance\n"
	if got := string(FormatActors(actors)); got != want {
		t.Errorf("FormatActors:\n%s\nwant:\n%s", got, want)
	}
	// An actor with many aliases goes on several lines, each short enough.
	many := Actor{Name: "Kestria"}
	for i := range 300 {
		many.Aliases = append(many.Aliases, "Kestrian ministry "+strings.Repeat("x", i%7)+string(rune('a'+i%26))+string(rune('a'+i/26)))
	}
	data := FormatActors([]Actor{many})
	for i, line := range strings.Split(string(data), "\n") {
		if len(line) > MaxActorsLine {
			t.Errorf("line %d is %d bytes", i+1, len(line))
		}
	}
	if strings.Count(string(data), "\nKestria: ") < 2 {
		t.Errorf("300 aliases on one line:\n%s", data)
	}
	got, err := ParseActors("out.txt", data)
	if err != nil || !reflect.DeepEqual(got, []Actor{many}) {
		t.Errorf("read back: %v, %d actors", err, len(got))
	}
}

func TestCheckActors(t *testing.T) {
	good := []Actor{{Name: "Kestria", Aliases: []string{"Velgrad", "Ministry: Foreign Affairs"}}, {Name: "Velgria"}}
	if err := CheckActors(good); err != nil {
		t.Errorf("good list: %v", err)
	}
	if err := CheckActors(nil); err != nil {
		t.Errorf("no actors: %v", err)
	}
	for _, c := range []struct {
		actors []Actor
		want   string
	}{
		{[]Actor{{Name: ""}}, "actor 1 (\"\"): an empty name"},
		{[]Actor{{Name: "K", Aliases: []string{""}}}, "actor 1 (\"K\"): an empty name"},
		{[]Actor{{Name: " K"}}, "has spaces around it"},
		{[]Actor{{Name: "K\nL"}}, "has spaces around it"},
		{[]Actor{{Name: "K: L"}}, "may not contain a colon"},
		{[]Actor{{Name: "#K"}}, "start with #"},
		{[]Actor{{Name: "K", Aliases: []string{"a; b"}}}, "contains a semicolon"},
		{[]Actor{{Name: "K"}, {Name: "k"}}, "actor 2 (\"k\"): \"k\" is listed twice"},
		{[]Actor{{Name: "K", Aliases: []string{"a", "A"}}}, "\"A\" is listed twice"},
		{[]Actor{{Name: "K", Aliases: []string{"a"}}, {Name: "L", Aliases: []string{"a"}}}, "actor 2 (\"L\"): \"a\" already names \"K\""},
		{[]Actor{{Name: "K\xff"}}, "not valid UTF-8"},
		{[]Actor{{Name: "..."}}, "has no letter or digit"},
	} {
		err := CheckActors(c.actors)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%#v: error %v, want %q", c.actors, err, c.want)
		}
	}
}

func TestMergeActors(t *testing.T) {
	base := []Actor{{Name: "Kestria", Aliases: []string{"Velgrad"}}, {Name: "Velgria"}}
	more := []Actor{{Name: "kestria", Aliases: []string{"Kestrian army", "velgrad"}}, {Name: "Ostmark", Aliases: []string{"Ostburg"}}}
	got, err := MergeActors(base, more)
	want := []Actor{{Name: "Kestria", Aliases: []string{"Velgrad", "Kestrian army"}}, {Name: "Velgria"}, {Name: "Ostmark", Aliases: []string{"Ostburg"}}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("MergeActors = %#v, %v; want %#v", got, err, want)
	}
	if len(base[0].Aliases) != 1 || base[0].Name != "Kestria" {
		t.Errorf("MergeActors changed base: %#v", base)
	}
	if _, err := MergeActors(base, []Actor{{Name: "Ostmark", Aliases: []string{"Velgrad"}}}); err == nil ||
		err.Error() != "\"Velgrad\" already names \"Kestria\"" {
		t.Errorf("conflict: %v", err)
	}
	if got, err := MergeActors(nil, nil); err != nil || got != nil {
		t.Errorf("MergeActors(nil, nil) = %#v, %v", got, err)
	}
}
