// Package project reads and writes Parley comparisons as .parley files
// (JSON), and builds the built-in demo comparison.
package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"unicode/utf8"

	"github.com/parley-app/parley/statement"
)

// FormatVersion is the newest .parley format this build reads and the one
// it writes. Bump it when a field changes meaning, never for added fields.
const FormatVersion = 1

// Extension is the file-name ending of project files.
const Extension = ".parley"

const formatName = "parley-project"

// MaxFileSize bounds what Load reads: a project holds text, and even the
// 149 White House statements of a month fit in 2 MB.
const MaxFileSize = 256 << 20

// Project is one comparison: the statements, which of them are shown, and
// the analyst's settings.
type Project struct {
	Title      string   `json:"title,omitempty"`
	Statements []Entry  `json:"statements"`
	Settings   Settings `json:"settings"`
	// Pages are the web pages statements were fetched from, as received.
	Pages []Page `json:"pages,omitempty"`
}

// Entry is a statement in a project with its place in the comparison.
type Entry struct {
	statement.Statement
	Included bool `json:"included"`
}

// Settings are per-project choices that shape the comparison, and the
// analyst's own work on it.
type Settings struct {
	Baseline  string               `json:"baseline,omitempty"`  // statement ID the others are compared with; empty: the first
	Overrides []statement.Override `json:"overrides,omitempty"` // manual alignments, unpairings and topic moves
	Notes     []Note               `json:"notes,omitempty"`
	// Actors the analyst adds to the built-in list, with their aliases
	// (an actors file imported in Preferences, or parley open --actors).
	Actors []statement.Actor `json:"actors,omitempty"`
	// Phrases are the phrases the analyst follows through the series
	// (the Timeline view).
	Phrases []string `json:"phrases,omitempty"`
}

// Note is the analyst's note on a passage, an aligned pair or a commitment.
type Note struct {
	On   string `json:"on"`   // a sentence id, a pair "a|b" (statement.PairKey), or "commitment:<sentence id>:<actor>:<kind>"
	Kind string `json:"kind"` // NoteOnPassage, NoteOnPair or NoteOnCommitment
	Text string `json:"text"`
}

// The things a note can be attached to.
const (
	NoteOnPassage    = "passage"
	NoteOnPair       = "pair"
	NoteOnCommitment = "commitment"
)

// Note returns the text of the note on target, or "".
func (s *Settings) Note(on string) string {
	for _, n := range s.Notes {
		if n.On == on {
			return n.Text
		}
	}
	return ""
}

// SetNote sets, replaces or (with empty text) removes the note on target.
func (s *Settings) SetNote(kind, on, text string) {
	for i, n := range s.Notes {
		if n.On == on {
			if text == "" {
				s.Notes = append(s.Notes[:i], s.Notes[i+1:]...)
			} else {
				s.Notes[i].Text = text
			}
			return
		}
	}
	if text != "" {
		s.Notes = append(s.Notes, Note{On: on, Kind: kind, Text: text})
	}
}

// AddOverride records an alignment correction, replacing an earlier one on
// the same sentences (pairing after unpairing undoes the unpairing).
func (s *Settings) AddOverride(o statement.Override) {
	kept := s.Overrides[:0]
	for _, x := range s.Overrides {
		same := x.A == o.A && x.B == o.B || x.A == o.B && x.B == o.A
		if o.Action == statement.OverrideMove && x.Action == statement.OverrideMove && x.A == o.A ||
			o.Action != statement.OverrideMove && x.Action != statement.OverrideMove && same {
			continue
		}
		kept = append(kept, x)
	}
	s.Overrides = append(kept, o)
}

type fileFormat struct {
	Format        string `json:"format"`
	FormatVersion int    `json:"format_version"`
	Project
}

// Included returns the statements shown in the comparison, in order.
func (p *Project) Included() []statement.Statement {
	var out []statement.Statement
	for _, e := range p.Statements {
		if e.Included {
			out = append(out, e.Statement)
		}
	}
	return out
}

// Add appends statements, included, giving each an ID unique in the project.
func (p *Project) Add(statements ...statement.Statement) {
	for _, s := range statements {
		p.Statements = append(p.Statements, Entry{Statement: s, Included: true})
	}
	p.fixIDs()
}

func (p *Project) fixIDs() {
	sts := make([]statement.Statement, len(p.Statements))
	for i, e := range p.Statements {
		sts[i] = e.Statement
	}
	statement.UniqueIDs(sts)
	for i := range sts {
		p.Statements[i].ID = sts[i].ID
	}
}

// Clone returns a deep copy, so a view can be handed a snapshot that later
// edits do not change.
func (p *Project) Clone() *Project {
	c := *p
	c.Settings.Overrides = append([]statement.Override(nil), p.Settings.Overrides...)
	c.Settings.Notes = append([]Note(nil), p.Settings.Notes...)
	c.Settings.Actors = cloneActors(p.Settings.Actors)
	c.Settings.Phrases = slices.Clone(p.Settings.Phrases)
	c.Pages = slices.Clone(p.Pages) // a page's bytes are never changed in place
	c.Statements = make([]Entry, len(p.Statements))
	for i, e := range p.Statements {
		c.Statements[i] = e
		if e.Extra != nil {
			c.Statements[i].Extra = make(map[string]string, len(e.Extra))
			for k, v := range e.Extra {
				c.Statements[i].Extra[k] = v
			}
		}
	}
	return &c
}

// Marshal encodes the project in the .parley format.
func (p *Project) Marshal() ([]byte, error) {
	kept := *p
	kept.Pages = p.usedPages()
	return json.MarshalIndent(fileFormat{Format: formatName, FormatVersion: FormatVersion, Project: kept}, "", "  ")
}

// Unmarshal decodes a .parley file. name is used in error messages.
func Unmarshal(name string, data []byte) (*Project, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: the project file is empty", name)
	}
	var f fileFormat
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: not a readable Parley project (%s); the file may be damaged or truncated", name, describeJSONError(data, err))
	}
	if f.Format != formatName {
		return nil, fmt.Errorf("%s: not a Parley project file (format %q)", name, f.Format)
	}
	if f.FormatVersion > FormatVersion {
		return nil, fmt.Errorf("%s: saved by a newer Parley (project format %d; this version reads up to %d); update Parley to open it", name, f.FormatVersion, FormatVersion)
	}
	if f.FormatVersion < 1 {
		return nil, fmt.Errorf("%s: invalid project format version %d", name, f.FormatVersion)
	}
	p := f.Project
	if err := p.validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &p, nil
}

func (p *Project) validate() error {
	seen := map[string]bool{}
	for i, e := range p.Statements {
		if e.ID == "" {
			return fmt.Errorf("statement %d has no id", i+1)
		}
		if seen[e.ID] {
			return fmt.Errorf("statement id %q appears twice", e.ID)
		}
		seen[e.ID] = true
		if !utf8.ValidString(e.Text) {
			return fmt.Errorf("statement %q: text is not valid UTF-8", e.ID)
		}
	}
	if err := statement.CheckActors(p.Settings.Actors); err != nil {
		return fmt.Errorf("the actors in the settings: %w", err)
	}
	return p.checkPages()
}

// cloneActors copies actors and their aliases.
func cloneActors(actors []statement.Actor) []statement.Actor {
	if actors == nil {
		return nil
	}
	out := make([]statement.Actor, len(actors))
	for i, a := range actors {
		out[i] = statement.Actor{Name: a.Name, Aliases: append([]string(nil), a.Aliases...)}
	}
	return out
}

func describeJSONError(data []byte, err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		line := bytes.Count(data[:min(int(syn.Offset), len(data))], []byte("\n")) + 1
		return fmt.Sprintf("%s at line %d", syn.Error(), line)
	}
	return err.Error()
}

// Load reads a project file.
func Load(path string) (*Project, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: %d MB is larger than the %d MB a project file may be", path, info.Size()>>20, MaxFileSize>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Unmarshal(filepath.Base(path), data)
}

// Save writes the project atomically: a reader, or a crash at any moment,
// sees the old file or the new one, never a mix. The previous version is kept
// beside it as PATH.bak.
func (p *Project) Save(path string) error {
	data, err := p.Marshal()
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, data, true)
}
