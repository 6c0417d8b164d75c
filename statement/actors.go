package statement

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Actor is an actor the analyst adds to Parley's built-in list: its
// canonical name (what the Commitments view and the report call it) and the
// other names that mean it in a statement.
type Actor struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}

// Limits of an actors file (ParseActors) and of the names in it.
const (
	MaxActorsFile = 1 << 20 // bytes in a file
	MaxActorsLine = 1000    // bytes in a line, its line break excluded
	MaxActorName  = 200     // bytes in a name, canonical or alias
)

// ParseActors reads an actors file. name (the file's name) begins every
// error, with the line ("actors.txt:3: …").
//
// One actor a line: its canonical name, then, optionally, a colon and its
// aliases separated by semicolons:
//
//	# Actors of the Kestria talks
//	Kestria: Kestrian government; Velgrad
//	Northern Alliance
//
// Lines whose first non-blank character is # are comments; blank lines are
// skipped. Spaces around names are dropped and runs of spaces inside them
// made one. A canonical name cannot contain a colon (the first colon ends
// it) and an alias cannot contain a semicolon. A canonical name listed
// again adds its aliases to the earlier line's (a long list of aliases may
// go on several lines); a name already listed for the same actor is skipped.
// Names are compared as the gazetteer matches them: ignoring case and a
// leading "the".
//
// It is an error, naming the file and line: text that is not UTF-8, a line
// over MaxActorsLine bytes, an empty canonical name or alias (";;", or a
// ";" at the end), a name over MaxActorName bytes, with a control
// character or without a letter or digit, and a name that already names
// another actor. A file over MaxActorsFile bytes is refused whole.
func ParseActors(name string, data []byte) ([]Actor, error) {
	if len(data) > MaxActorsFile {
		return nil, fmt.Errorf("%s: %d KB is larger than the %d MB an actors file may be", name, len(data)>>10, MaxActorsFile>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var l actorList
	for n, line := range bytes.Split(data, []byte("\n")) {
		lineNo := n + 1
		fail := func(format string, a ...any) error {
			return fmt.Errorf("%s:%d: %s", name, lineNo, fmt.Sprintf(format, a...))
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if !utf8.Valid(line) {
			return nil, fail("not valid UTF-8 text (convert the file to UTF-8 first)")
		}
		if len(line) > MaxActorsLine {
			return nil, fail("the line is %d bytes long, over the %d a line may be; put further aliases on a line of their own that starts with the same name", len(line), MaxActorsLine)
		}
		text := strings.TrimSpace(string(line))
		if text == "" || text[0] == '#' {
			continue
		}
		head, tail, _ := strings.Cut(text, ":")
		canonical := cleanName(head)
		if canonical == "" {
			return nil, fail("no actor name before the colon; write \"Name: alias; alias\"")
		}
		if err := checkName(canonical); err != nil {
			return nil, fail("actor name %q: %v", clipName(canonical), err)
		}
		var aliases []string
		if strings.TrimSpace(tail) != "" {
			for _, a := range strings.Split(tail, ";") {
				alias := cleanName(a)
				if alias == "" {
					return nil, fail("an empty alias of %q: two semicolons together, or one at the end", canonical)
				}
				if err := checkName(alias); err != nil {
					return nil, fail("alias %q: %v", clipName(alias), err)
				}
				aliases = append(aliases, alias)
			}
		}
		if err := l.add(canonical, aliases, lineNo, true); err != nil {
			return nil, fail("%v", err)
		}
	}
	return l.actors, nil
}

// FormatActors writes actors in the form ParseActors reads, one actor a
// line, a comment first. An actor whose aliases would make a line longer
// than MaxActorsLine goes on as many lines as it needs, each starting with
// its name. For actors that pass CheckActors (those ParseActors returns
// do), ParseActors gives back exactly actors.
func FormatActors(actors []Actor) []byte {
	var b bytes.Buffer
	b.WriteString("# Parley actors: one actor a line, \"Name: alias; alias\"\n")
	for _, a := range actors {
		line := a.Name
		sep := ": "
		for _, alias := range a.Aliases {
			if sep == "; " && len(line)+len(sep)+len(alias) > MaxActorsLine {
				b.WriteString(line + "\n")
				line, sep = a.Name, ": "
			}
			line += sep + alias
			sep = "; "
		}
		b.WriteString(line + "\n")
	}
	return b.Bytes()
}

// CheckActors reports whether actors are a list ParseActors could have
// read: every name clean (no spaces around it or doubled inside it) and
// valid, no canonical name with a colon or starting with #, no alias with a
// semicolon, and no name that names two actors or one actor twice. A
// project's actors are checked when it is loaded.
func CheckActors(actors []Actor) error {
	var l actorList
	for i, a := range actors {
		fail := func(format string, args ...any) error {
			return fmt.Errorf("actor %d (%q): %s", i+1, clipName(a.Name), fmt.Sprintf(format, args...))
		}
		for k, n := range append([]string{a.Name}, a.Aliases...) {
			switch {
			case !utf8.ValidString(n):
				return fail("a name is not valid UTF-8")
			case n == "":
				return fail("an empty name")
			case n != cleanName(n):
				return fail("%q has spaces around it, doubled or other than plain spaces", clipName(n))
			case k == 0 && (strings.Contains(n, ":") || n[0] == '#'):
				return fail("an actor name may not contain a colon or start with #")
			case k > 0 && strings.Contains(n, ";"):
				return fail("alias %q contains a semicolon", clipName(n))
			}
			if err := checkName(n); err != nil {
				return fail("%q: %v", clipName(n), err)
			}
		}
		if err := l.add(a.Name, a.Aliases, 0, false); err != nil {
			return fail("%v", err)
		}
	}
	return nil
}

// MergeActors returns base with more added: an actor of more already in
// base (by canonical name) gets its new aliases; the others follow base's.
// Neither list is changed. A name of more that names another actor in
// base is an error.
func MergeActors(base, more []Actor) ([]Actor, error) {
	var l actorList
	for _, list := range [][]Actor{base, more} {
		for _, a := range list {
			if err := l.add(a.Name, a.Aliases, 0, true); err != nil {
				return nil, err
			}
		}
	}
	return l.actors, nil
}

// actorList builds a list of actors, keeping every name to one actor.
type actorList struct {
	actors []Actor
	names  map[string]nameOwner // folded name → its actor
}

type nameOwner struct {
	actor int // index in actors
	line  int // where it was listed; 0: not from a file
}

// add adds an actor, or with merge its aliases to the actor of that
// canonical name already listed. Without merge, a canonical name listed
// again or an alias listed twice is an error.
func (l *actorList) add(canonical string, aliases []string, line int, merge bool) error {
	if l.names == nil {
		l.names = map[string]nameOwner{}
	}
	key := foldName(canonical)
	i := len(l.actors)
	if o, ok := l.names[key]; ok {
		switch {
		case foldName(l.actors[o.actor].Name) != key:
			return fmt.Errorf("%q is already an alias of %q%s", clipName(canonical), clipName(l.actors[o.actor].Name), o.where())
		case !merge:
			return fmt.Errorf("%q is listed twice", clipName(canonical))
		}
		i = o.actor
	} else {
		l.actors = append(l.actors, Actor{Name: canonical})
		l.names[key] = nameOwner{actor: i, line: line}
	}
	for _, alias := range aliases {
		key := foldName(alias)
		if o, ok := l.names[key]; ok {
			if o.actor != i {
				return fmt.Errorf("%q already names %q%s", clipName(alias), clipName(l.actors[o.actor].Name), o.where())
			}
			if !merge {
				return fmt.Errorf("%q is listed twice", clipName(alias))
			}
			continue
		}
		l.names[key] = nameOwner{actor: i, line: line}
		l.actors[i].Aliases = append(l.actors[i].Aliases, alias)
	}
	return nil
}

func (o nameOwner) where() string {
	if o.line == 0 {
		return ""
	}
	return fmt.Sprintf(" (line %d)", o.line)
}

// cleanName drops the spaces around a name and makes each run inside it
// one space.
func cleanName(s string) string { return strings.Join(strings.Fields(s), " ") }

// foldName is how names are compared: as the gazetteer matches them,
// ignoring case and a leading "the".
func foldName(s string) string {
	s = strings.ToLower(s)
	if rest, ok := strings.CutPrefix(s, "the "); ok && rest != "" {
		return rest
	}
	return s
}

// checkName checks a clean, non-empty name.
func checkName(s string) error {
	if len(s) > MaxActorName {
		return fmt.Errorf("%d bytes long, over the %d a name may be", len(s), MaxActorName)
	}
	word := false
	for _, r := range s {
		if unicode.IsControl(r) {
			return fmt.Errorf("contains a control character (%U)", r)
		}
		word = word || unicode.IsLetter(r) || unicode.IsNumber(r)
	}
	if !word {
		return fmt.Errorf("has no letter or digit")
	}
	return nil
}

// clipName shortens a name for an error message.
func clipName(s string) string {
	if len(s) <= 60 {
		return s
	}
	cut := 60
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
