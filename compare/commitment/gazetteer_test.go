package commitment

import "testing"

func TestResolve(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct {
		mention, want string
		ok            bool
	}{
		{"Tehran", "Iran", true},
		{"the IRGC", "Iran", true},
		{"Islamic Revolutionary Guard Corps", "Iran", true},
		{"iranian government", "Iran", true},
		{"U.S.", "United States", true},
		{"US", "United States", true},
		{"us", "", false}, // the pronoun, not the country
		{"the White House", "United States", true},
		{"WHITE HOUSE", "United States", true},
		{"Defense Minister Yoav Gallant", "Israel", true},
		{"the Israeli government", "Israel", true},
		{"G7 leaders", "G7", true},
		{"Group of Seven", "G7", true},
		{"the U.N. Security Council", "United Nations Security Council", true},
		{"the UN Secretary-General", "United Nations", true},
		{"President Zelenskyy", "Ukraine", true}, // the head of the name wins a tie
		{"Hossein Salami, Commander of Iran’s Islamic Revolutionary Guard Corps", "Iran", true},
		{"Jerusalem", "", false}, // a city, not a government
		{"", "", false},
	} {
		got, ok := g.Resolve(c.mention)
		if got != c.want || ok != c.ok {
			t.Errorf("Resolve(%q) = %q, %v; want %q, %v", c.mention, got, ok, c.want, c.ok)
		}
	}
}

func TestResolveLongestWins(t *testing.T) {
	g := &Gazetteer{}
	g.Add("Palestinian Authority", "Palestinian Authority")
	g.Add("Palestine", "Palestinian")
	if got, _ := g.Resolve("the Palestinian Authority cabinet"); got != "Palestinian Authority" {
		t.Errorf("longest alias: got %q", got)
	}
	if got, _ := g.Resolve("Palestinian civilians"); got != "Palestine" {
		t.Errorf("shorter alias: got %q", got)
	}
}

func TestAdd(t *testing.T) {
	g := DefaultGazetteer()
	if _, ok := g.Resolve("Ottawa"); ok {
		t.Fatal("Ottawa known before Add")
	}
	g.Add("Canada", "Ottawa", "Canadian government", "Trudeau")
	for _, m := range []string{"Canada", "ottawa", "the Canadian government", "Prime Minister Trudeau"} {
		if got, ok := g.Resolve(m); !ok || got != "Canada" {
			t.Errorf("Resolve(%q) = %q, %v after Add", m, got, ok)
		}
	}
	// An added alias is used by Extract.
	got := Extract("Ottawa will not accept the annexation.", Speaker{Name: "Global Affairs Canada", Organization: "Government of Canada"}, g)
	if len(got) != 1 || got[0].Actor != "Canada" || got[0].Kind != Refusal {
		t.Errorf("Extract with added actor: %s", describe(got))
	}
	var zero Gazetteer // the zero value is usable
	zero.Add("Hamas")
	if got, ok := zero.Resolve("HAMAS"); !ok || got != "Hamas" {
		t.Errorf("zero gazetteer: %q %v", got, ok)
	}
}

func TestActorOf(t *testing.T) {
	g := DefaultGazetteer()
	for _, c := range []struct {
		sp   Speaker
		want string
	}{
		{g7, "G7"},
		{Speaker{Name: "G7 Leaders (joint)", Organization: "Group of Seven (as published by The White House)"}, "G7"},
		{kirby, "United States"},
		{whiteHouse, "United States"},
		{israel, "Israel"},
		{iran, "Iran"},
		{Speaker{Name: "Israeli Defense Minister Yoav Gallant"}, "Israel"},
		{narrator, "news article"},
		{Speaker{Name: "Jane Doe, analyst", Organization: "Acme Think Tank"}, "Jane Doe, analyst"},
	} {
		if got := g.ActorOf(c.sp); got != c.want {
			t.Errorf("ActorOf(%+v) = %q, want %q", c.sp, got, c.want)
		}
	}
}
