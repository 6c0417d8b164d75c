package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parley-app/parley/statement"
)

// File is a statement read from a file.
type File struct {
	Path      string
	Statement statement.Statement
	// NamedBy is the index of the file whose front matter named this one
	// as its translation or original (it was read for that reason), or -1
	// for a file asked for.
	NamedBy int
}

// ReadFiles reads statement files, and with each the file its front matter
// names as its translation or its original ("translation:",
// "translation_of:") when that file exists (a name is relative to the
// naming file's folder) and is not read already: an original and its
// translation are loaded together. A named file comes right after the file
// that named it. A file is read once however often it is named or listed.
// Every file is tried: errs has one error per file that could not be read,
// and the other files are returned. Reading stops when ctx is done;
// progress, when not nil, receives the share of the files known so far
// that are read.
func ReadFiles(ctx context.Context, paths []string, progress func(done float64)) (files []File, errs []error) {
	type pending struct {
		path    string
		namedBy int
	}
	queue := make([]pending, 0, len(paths))
	seen := map[string]bool{}
	add := func(path string, namedBy int) {
		key := fileKey(path)
		if !seen[key] {
			seen[key] = true
			queue = append(queue, pending{path, namedBy})
		}
	}
	for _, p := range paths {
		add(p, -1)
	}
	// A named file is read right after the one that named it: the queue
	// is walked in order, and named files are put next in line.
	for i := 0; i < len(queue); i++ {
		if ctx.Err() != nil {
			return files, errs
		}
		q := queue[i]
		st, err := ReadFile(q.path)
		if err != nil {
			errs = append(errs, err)
		} else {
			namedBy := -1
			if q.namedBy >= 0 {
				namedBy = fileIndex(files, queue[q.namedBy].path)
			}
			files = append(files, File{Path: q.path, Statement: st, NamedBy: namedBy})
			rest := append([]pending(nil), queue[i+1:]...)
			queue = queue[:i+1]
			for _, name := range []string{st.Translation, st.TranslationOf} {
				if other := companion(q.path, name); other != "" {
					add(other, i)
				}
			}
			queue = append(queue, rest...)
		}
		if progress != nil {
			progress(float64(i+1) / float64(len(queue)))
		}
	}
	return files, errs
}

// fileIndex is the index of the file read from path, or -1.
func fileIndex(files []File, path string) int {
	for i, f := range files {
		if f.Path == path {
			return i
		}
	}
	return -1
}

// companion is the path of the file named (as a translation or original)
// in the front matter of the file at path, or "" when there is none.
func companion(path, name string) string {
	name = namedPath(path, name)
	if name == "" {
		return ""
	}
	if fi, err := os.Stat(name); err != nil || fi.IsDir() {
		return ""
	}
	return name
}

// namedPath is the path of a file named in the front matter of the file at
// path: name itself when absolute, else relative to that file's folder.
func namedPath(path, name string) string {
	if name == "" || filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(filepath.Dir(path), filepath.FromSlash(name))
}

// fileKey tells files apart: their absolute, cleaned path.
func fileKey(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}

// Translations returns the originals and translations among files, as
// indexes into files: a pair when one's front matter names the other's
// file as its translation (or its original).
func Translations(files []File) []statement.TranslationPair {
	sts := make([]statement.Statement, len(files))
	byKey := map[string]int{}
	for i, f := range files {
		byKey[fileKey(f.Path)] = i
	}
	// Resolve each file name to the ID of the file it names, so that the
	// statement model's own rule finds the pairs.
	ids := make([]string, len(files))
	for i := range files {
		ids[i] = fmt.Sprintf("\x00%d", i) // unique, and no file name
	}
	for i, f := range files {
		st := f.Statement
		st.ID = ids[i]
		st.Translation = resolve(byKey, ids, f.Path, st.Translation)
		st.TranslationOf = resolve(byKey, ids, f.Path, st.TranslationOf)
		sts[i] = st
	}
	return statement.TranslationPairs(sts)
}

// resolve maps a file name written in the front matter of the file at path
// to the stand-in ID of the file it names, or "".
func resolve(byKey map[string]int, ids []string, path, name string) string {
	if name == "" {
		return ""
	}
	if j, ok := byKey[fileKey(namedPath(path, name))]; ok {
		return ids[j]
	}
	return ""
}
