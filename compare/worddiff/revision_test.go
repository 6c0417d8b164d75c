package worddiff

import (
	"flag"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "regenerate testdata/hiroshima-revised.txt")

const (
	// The G7 communiqués of 2023 and 2024 in the repository's corpus.
	hiroshima    = "../../testdata/corpus/communiques/g7-communique-2023-hiroshima.txt"
	apulia       = "../../testdata/corpus/communiques/g7-communique-2024-apulia.txt"
	revisedFile  = "testdata/hiroshima-revised.txt"
	revisionSeed = 2023
)

// revision is a synthetic revision of a document and what was done to it.
type revision struct {
	text     string
	moved    [][2]string // original and revised text of each moved paragraph
	deleted  []string
	inserted []string
	edits    int // sentences edited in place (one word substituted/inserted/deleted)
}

// newParagraphs are the inserted paragraphs: invented wording that shares
// no passage with the communiqué.
var newParagraphs = []string{
	"We will convene an extraordinary ministerial meeting on maritime cable resilience before the end of the year, and we ask our digital ministers to report on concrete options for shared repair capacity, joint monitoring and rapid information exchange with partners in the Pacific.",
	"We welcome the launch of a voluntary registry of coastal adaptation projects, designed with small island developing states, to match technical expertise with local demand and to track disbursement of pledged finance in a transparent and timely manner.",
}

var substitutes = []string{"firmly", "jointly", "strongly", "fully", "actively", "resolutely"}

// makeRevision deterministically revises doc (seeded math/rand): it edits
// about 3% of sentences by one word, moves 3 paragraphs far away, deletes 2
// and inserts 2 new ones. The YAML header is left alone.
func makeRevision(doc string, seed int64) revision {
	rng := rand.New(rand.NewSource(seed))
	header, body := splitHeader(doc)
	paras := strings.Split(body, "\n\n")

	var eligible []int // long single-line paragraphs, not adjacent to each other's picks
	for i, p := range paras {
		if len(strings.Fields(p)) >= 40 && !strings.Contains(p, "\n") {
			eligible = append(eligible, i)
		}
	}
	picks := pickApart(rng, eligible, 5)
	movedIdx, deletedIdx := picks[:3], picks[3:]

	var rev revision
	edited := make([]string, len(paras))
	copy(edited, paras)
	rev.edits = editSentences(rng, edited, deletedIdx)

	// Moves: each moved paragraph goes before a paragraph at least 12 away.
	target := map[int][]int{} // original index -> moved paragraphs to put before it
	skip := map[int]bool{}
	for _, m := range movedIdx {
		t := m
		for abs(t-m) < 12 || skip[t] || isPicked(picks, t) || t == 0 {
			t = rng.Intn(len(paras))
		}
		target[t] = append(target[t], m)
		skip[m] = true
		rev.moved = append(rev.moved, [2]string{paras[m], edited[m]})
	}
	for _, d := range deletedIdx {
		skip[d] = true
		rev.deleted = append(rev.deleted, paras[d])
	}
	insertAt := map[int]string{}
	for _, p := range newParagraphs {
		t := 0
		for t == 0 || skip[t] || isPicked(picks, t) || insertAt[t] != "" || target[t] != nil {
			t = rng.Intn(len(paras))
		}
		insertAt[t] = p
		rev.inserted = append(rev.inserted, p)
	}

	var out []string
	for i := range paras {
		for _, m := range target[i] {
			out = append(out, edited[m])
		}
		if p := insertAt[i]; p != "" {
			out = append(out, p)
		}
		if !skip[i] {
			out = append(out, edited[i])
		}
	}
	rev.text = header + strings.Join(out, "\n\n")
	return rev
}

func splitHeader(doc string) (header, body string) {
	if strings.HasPrefix(doc, "---\n") {
		if end := strings.Index(doc[4:], "\n---\n"); end >= 0 {
			cut := 4 + end + len("\n---\n")
			return doc[:cut], doc[cut:]
		}
	}
	return "", doc
}

// pickApart picks n distinct, pairwise non-adjacent paragraph indices.
func pickApart(rng *rand.Rand, from []int, n int) []int {
	var out []int
	for len(out) < n {
		c := from[rng.Intn(len(from))]
		ok := true
		for _, o := range out {
			ok = ok && abs(o-c) > 1
		}
		if ok {
			out = append(out, c)
		}
	}
	return out
}

func isPicked(picks []int, i int) bool {
	for _, p := range picks {
		if abs(p-i) <= 1 {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

var sentenceRE = regexp.MustCompile(`[.!?] +[A-Z]`)
var plainWordRE = regexp.MustCompile(`^[a-z]{4,}$`)

// editSentences changes one word in about 3% of the sentences of paras
// (except the deleted ones) and returns how many it changed.
func editSentences(rng *rand.Rand, paras []string, deleted []int) int {
	n := 0
	for i, p := range paras {
		if containsInt(deleted, i) {
			continue
		}
		sents := splitSentences(p)
		for k, s := range sents {
			if rng.Float64() >= 0.03 {
				continue
			}
			if e, ok := editOneWord(rng, s); ok {
				sents[k] = e
				n++
			}
		}
		paras[i] = strings.Join(sents, "")
	}
	return n
}

func splitSentences(p string) []string {
	var out []string
	start := 0
	for _, m := range sentenceRE.FindAllStringIndex(p, -1) {
		out = append(out, p[start:m[1]-1])
		start = m[1] - 1
	}
	return append(out, p[start:])
}

// editOneWord substitutes, inserts or deletes one plain lower-case word
// (never the first), keeping the sentence's spacing.
func editOneWord(rng *rand.Rand, s string) (string, bool) {
	words := strings.Split(s, " ")
	var cands []int
	for i, w := range words {
		if i > 0 && plainWordRE.MatchString(w) {
			cands = append(cands, i)
		}
	}
	if len(cands) < 3 {
		return s, false
	}
	i := cands[rng.Intn(len(cands))]
	word := substitutes[rng.Intn(len(substitutes))]
	switch rng.Intn(3) {
	case 0:
		words[i] = word
	case 1:
		words = append(words[:i], append([]string{word}, words[i:]...)...)
	default:
		words = append(words[:i], words[i+1:]...)
	}
	return strings.Join(words, " "), true
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// loadHiroshima returns the Hiroshima communiqué of the corpus, the
// revision makeRevision makes of it and the committed text of that
// revision (rewritten first with -update; TestRevisionFilesUpToDate checks
// that the two agree).
func loadHiroshima(t testing.TB) (orig string, rev revision, revised string) {
	orig = readFile(t, hiroshima)
	rev = makeRevision(orig, revisionSeed)
	if *update {
		must(t, os.WriteFile(revisedFile, []byte(rev.text), 0o644))
	}
	return orig, rev, readFile(t, revisedFile)
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestRevisionFilesUpToDate(t *testing.T) {
	_, rev, revised := loadHiroshima(t)
	if rev.text != revised {
		t.Errorf("%s differs from makeRevision(%s); rerun with -update", revisedFile, filepath.Clean(hiroshima))
	}
	if len(rev.moved) != 3 || len(rev.deleted) != 2 || len(rev.inserted) != 2 || rev.edits == 0 {
		t.Errorf("revision: %d moved, %d deleted, %d inserted, %d edits", len(rev.moved), len(rev.deleted), len(rev.inserted), rev.edits)
	}
}
