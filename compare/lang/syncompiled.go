package lang

import (
	"sort"
	"strings"
	"sync"
)

// compiledTable answers a compiled index's questions from its text, which
// stays where the binary holds it. Building maps of its 16,000 stems and
// 7,500 groups cost every process some 7 ms and 3.7 MB (about 25 ms with
// the page faults of a fresh process) before the first sentence was
// aligned, though a statement pair meets a few thousand stems. Instead
// the S records, sorted by stem, are searched in place, and each answer is
// kept for the next asker; the groups are read on the first Name.
type compiledTable struct {
	stems      []string // each S record's "stem\tid\tid…", in stem order
	known      sync.Map // stem → []string: the answers given so far
	groupLines []string // each G record's "id\tmember\t…", in file order
	groups     func() ([]synGroup, map[string]int)
}

// newCompiledTable indexes the records of data, the compiled index: one
// slice of data per record, no copy.
func newCompiledTable(data string) *compiledTable {
	t := &compiledTable{
		stems:      make([]string, 0, strings.Count(data, "\nS\t")),
		groupLines: make([]string, 0, strings.Count(data, "\nG\t")),
	}
	for data != "" {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if rest, ok := strings.CutPrefix(line, "S\t"); ok {
			t.stems = append(t.stems, rest)
		} else if rest, ok := strings.CutPrefix(line, "G\t"); ok {
			t.groupLines = append(t.groupLines, rest)
		}
	}
	t.groups = sync.OnceValues(t.readGroups)
	return t
}

// groupsOf is Synonyms.Groups for the compiled table.
func (t *compiledTable) groupsOf(stem string) []string {
	if ids, ok := t.known.Load(stem); ok {
		return ids.([]string)
	}
	var ids []string
	if i := sort.Search(len(t.stems), func(i int) bool { return recordKey(t.stems[i]) >= stem }); i < len(t.stems) {
		if key, rest, _ := strings.Cut(t.stems[i], "\t"); key == stem {
			ids = strings.Split(rest, "\t")
		}
	}
	t.known.Store(stem, ids)
	return ids
}

// recordKey is a record's first field.
func recordKey(record string) string {
	key, _, _ := strings.Cut(record, "\t")
	return key
}

// readGroups reads the G records: the groups, and each id's index.
func (t *compiledTable) readGroups() ([]synGroup, map[string]int) {
	groups := make([]synGroup, len(t.groupLines))
	byID := make(map[string]int, len(t.groupLines))
	for i, line := range t.groupLines {
		fields := strings.Split(line, "\t")
		groups[i] = synGroup{id: fields[0], members: fields[1:]}
		byID[fields[0]] = i
	}
	return groups, byID
}
