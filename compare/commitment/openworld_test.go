package commitment

import (
	"slices"
	"testing"
)

// The open world: a statement's own names, its issuer, its demonyms and
// acronyms become actors for reading that statement, and the gazetteer it
// was given stays as it was.
func TestForStatement(t *testing.T) {
	base := DefaultGazetteer()
	before := base.names()
	text := "The Government of the Republic of Norvalia announced new rules. Norvalian officials met the Port Authority of Selm. " +
		"The Council of Coastal States (CCS) will meet. African countries welcomed it. Analysts expect growth in 2027.Talks continue."
	g := base.ForStatement(text, Speaker{Name: "Minister of Trade", Organization: "Trade Agency of Velm (Government of Velm)"})
	tests := []struct {
		mention, want string
	}{
		{"Norvalia", "Norvalia"},
		{"the Republic of Norvalia", "Norvalia"},
		{"Norvalian officials", "Norvalia"},
		{"the Port Authority of Selm", "Port Authority of Selm"},
		{"CCS", "Council of Coastal States"},
		{"Velm", "Velm"},
		{"Trade Agency of Velm", "Velm"},
		{"Iran", "Iran"}, // the built-in gazetteer still answers
	}
	for _, tt := range tests {
		if got, ok := g.Resolve(tt.mention); !ok || got != tt.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tt.mention, got, ok, tt.want)
		}
	}
	for _, notName := range []string{"African", "Analysts", "Talks", "2027.Talks"} {
		if got, ok := g.Resolve(notName); ok {
			t.Errorf("%q became the actor %q", notName, got)
		}
	}
	if !slices.Equal(base.names(), before) {
		t.Error("ForStatement changed the gazetteer it was given")
	}
}

// An office named bare is the issuer's principal; an office of another
// state is that state's.
func TestPrincipalOffices(t *testing.T) {
	sp := Speaker{Name: "Presidency", Organization: "Republic of Velm"}
	text := "The President condemns the shelling of Arden. The President of the Republic will travel to Selm. " +
		"The President spoke with the President of Norvalia, who will host the talks."
	g := DefaultGazetteer().ForStatement(text, sp)
	tests := []struct {
		sentence, actor string
		kind            Kind
	}{
		{"The President condemns the shelling of Arden.", "Velm", Condemnation},
		{"The President of the Republic will travel to Selm.", "Velm", Pledge},
		{"The Chairperson of the Commission will convene the Council.", "Velm", Pledge},
	}
	for _, tt := range tests {
		cs := Extract(tt.sentence, sp, g)
		if len(cs) != 1 || cs[0].Actor != tt.actor || cs[0].Kind != tt.kind {
			t.Errorf("Extract(%q) = %+v, want one %s by %s", tt.sentence, cs, tt.kind, tt.actor)
		}
	}
	// Without the issuer's name anywhere, a bare "President" is not the
	// United States any more.
	for _, c := range Extract("The President condemns the attack.", Speaker{Organization: "Republic of Velm"}, DefaultGazetteer()) {
		if c.Actor == "United States" {
			t.Errorf("a bare President was taken for the United States: %+v", c)
		}
	}
}

func TestSpells(t *testing.T) {
	tests := []struct {
		acronym string
		words   []string
		want    bool
	}{
		{"wfp", []string{"world", "food", "programme"}, true},
		{"nato", []string{"north", "atlantic", "treaty", "organization"}, true},
		{"au", []string{"african", "union"}, true},
		{"eu", []string{"african", "union"}, false},
		{"wf", []string{"world", "food", "programme"}, false},
	}
	for _, tt := range tests {
		if got := spells(tt.acronym, tt.words); got != tt.want {
			t.Errorf("spells(%q, %v) = %v", tt.acronym, tt.words, got)
		}
	}
}
