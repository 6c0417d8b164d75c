package commitment

import (
	"slices"
	"strings"
	"testing"
)

// issuerOf is the actor, or the members of the joint issuer, that a
// statement of sp commits, read with a text that names no one.
func issuerOf(org, name string) []string {
	sp := Speaker{Name: name, Organization: org}
	sg := DefaultGazetteer().ForStatement("We will continue to support the people of the region.", sp)
	a, _ := sg.actorOf(sp)
	if m := sg.joint[a]; m != nil {
		return m
	}
	return []string{a}
}

// TestIssuerTable: the issuer of many organisations' statements, invented
// and real-world-shaped, as the gold names actors: a state by its short
// name, a body by its own name, never a known name that only qualifies
// another body.
func TestIssuerTable(t *testing.T) {
	for _, c := range []struct{ org, name, want string }{
		// UN agencies, funds and programmes: bodies of their own.
		{"United Nations Development Programme (UNDP)", "UNDP Administrator", "United Nations Development Programme"},
		{"United Nations Environment Programme", "Executive Director", "United Nations Environment Programme"},
		{"Food and Agriculture Organization of the United Nations", "Director-General", "Food and Agriculture Organization of the United Nations"},
		{"United Nations Educational, Scientific and Cultural Organization", "Director-General", "United Nations Educational, Scientific and Cultural Organization"},
		{"United Nations Children's Fund", "Executive Director", "UNICEF"},
		{"Office of the United Nations High Commissioner for Refugees", "High Commissioner", "UNHCR"},
		{"United Nations Office for Project Services", "Executive Director", "United Nations Office for Project Services"},
		{"United Nations Population Fund (UNFPA)", "Executive Director", "United Nations Population Fund"},
		{"United Nations Economic Commission for Europe", "Executive Secretary", "United Nations Economic Commission for Europe"},
		{"International Fund for Agricultural Development", "President", "International Fund for Agricultural Development"},
		{"United Nations Secretariat", "Spokesperson", "United Nations"},
		{"United Nations (Office of the Special Envoy of the Secretary-General for Velm)", "Special Envoy", "United Nations"},
		// Regional banks, commissions, secretariats.
		{"African Development Bank Group", "President", "African Development Bank Group"},
		{"Inter-American Development Bank", "President", "Inter-American Development Bank"},
		{"Organization of American States", "Secretary General", "Organization of American States"},
		{"Economic Commission for Africa", "Executive Secretary", "Economic Commission for Africa"},
		{"Commission of the African Union", "Chairperson", "African Union"},
		{"African Union Commission", "Chairperson", "African Union"},
		{"ECOWAS Commission", "President of the Commission", "ECOWAS"},
		{"Pacific Islands Forum Secretariat", "Secretary General", "Pacific Islands Forum"},
		{"General Secretariat of the Andean Community", "Secretary General", "Andean Community"},
		{"Commonwealth Secretariat", "Secretary-General", "Commonwealth"},
		{"Secretariat of the Pacific Community", "Director-General", "Pacific Community"},
		{"", "Secretary-General of the League of Arab States", "League of Arab States"},
		{"Organisation for Security and Co-operation in Europe", "Chairperson-in-Office", "Organisation for Security and Co-operation in Europe"},
		{"Council of Europe", "Secretary General", "Council of Europe"},
		{"Bank of Velm", "Governor", "Bank of Velm"},
		// The EU's organs.
		{"Council of the European Union", "Press office", "European Union"},
		{"Presidency of the Council of the EU", "Presidency", "European Union"},
		{"European Union and its Member States", "High Representative", "European Union"},
		// States' offices, governments and ministries.
		{"Office of the President of the Republic of Velm", "Press Secretary", "Velm"},
		{"Prime Minister's Office, Republic of Velm", "Spokesperson", "Velm"},
		{"Government of the Kingdom of Velm", "Government Spokesperson", "Velm"},
		{"Ministry of Foreign Affairs, Trade and Development (Velm)", "Minister", "Velm"},
		{"Federal Department of Foreign Affairs FDFA", "Communication", "Federal Department of Foreign Affairs"},
		{"Spokesperson of the Ministry of Foreign Affairs of Velm", "Spokesperson", "Velm"},
		{"", "Spokesperson for the Ministry of Foreign Affairs of Velm", "Velm"},
		{"Office of the Government of the Czech Republic", "Prime Minister", "Czechia"}, // as lang.StateNames names it; the gold lists both
		{"Ministry for Foreign Affairs of Finland", "Ministry for Foreign Affairs of Finland", "Finland"},
		{"", "Foreign Minister of Velm", "Velm"},
		{"Government of Trinidad and Tobago", "Prime Minister", "Trinidad and Tobago"},
		{"Ministry of Foreign Affairs of Bosnia and Herzegovina", "Spokesperson", "Bosnia and Herzegovina"},
		{"Embassy of Japan in Velm", "Ambassador", "Japan"},
		{"Permanent Mission of Velm to the United Nations", "Permanent Representative", "Velm"},
		{"Israeli Prime Minister's Office", "Spokesperson", "Israel"},
		{"U.S. Department of State", "Spokesperson", "United States"},
		{"Russian Ministry of Foreign Affairs", "Spokeswoman", "Russia"},
		// Groups with their own name: one actor.
		{"Group of Seven (as published by The White House)", "G7 Leaders (joint)", "G7"},
		{"The White House (United States)", "The White House", "United States"},
		{"G7 Foreign Ministers", "G7 Foreign Ministers (joint statement)", "G7"},
		{"Association of Southeast Asian Nations (ASEAN)", "ASEAN Foreign Ministers", "Association of Southeast Asian Nations"},
		// Joint issuers: one actor for each member.
		{"Ministries of Foreign Affairs of Velm and Arden", "Ministers", "Velm|Arden"},
		{"Governments of Velm, Arden and Tarsk", "Leaders", "Velm|Arden|Tarsk"},
		{"", "Joint Statement by the Foreign Ministers of Velm and Arden", "Velm|Arden"},
		{"Ministry for Foreign Affairs of Velm and Ministry of Foreign Affairs of the Republic of Arden (joint statement)", "Ministers", "Velm|Arden"},
		{"Ministries of Foreign Affairs of France and Germany", "Ministers", "France|Germany"},
		{"Government of Velm and Government of the Kingdom of Arden", "Governments", "Velm|Arden"},
		{"Ministry of Foreign Affairs and Trade (Velm)", "Minister", "Velm"},
		{"Food and Agriculture Organization (FAO)", "Director-General", "Food and Agriculture Organization"},
	} {
		if got := issuerOf(c.org, c.name); !slices.Equal(got, strings.Split(c.want, "|")) {
			t.Errorf("%q / %q: issuer %q, want %q", c.org, c.name, got, c.want)
		}
	}
}

// TestJointIssuerCommits: a joint statement's "we" commits each member; a
// member named alone commits alone; a group with its own name is one.
func TestJointIssuerCommits(t *testing.T) {
	joint := Speaker{Name: "Ministers", Organization: "Ministries of Foreign Affairs of Velm and Arden (joint statement)"}
	g7 := Speaker{Name: "G7 Foreign Ministers", Organization: "G7 Foreign Ministers"}
	for _, c := range []struct {
		sp       Speaker
		sentence string
		want     string
	}{
		{joint, "We call on the authorities of Tarsk to release the crew immediately.", "Velm|Arden"},
		{joint, "We will not bargain over the freedom of our citizens.", "Velm|Arden"},
		{joint, "Velm will close its embassy in Tarsk, and Arden will recall its ambassador.", "Velm|Arden"},
		{joint, "Velm will close its embassy in Tarsk.", "Velm"},
		{g7, "We will not bargain over the freedom of our citizens.", "G7"},
	} {
		text := "Velm and Arden are concerned by the detention of the crew by Tarsk. " + c.sentence
		sg := DefaultGazetteer().ForStatement(text, c.sp)
		var got []string
		for _, k := range Extract(c.sentence, c.sp, sg) {
			if !k.Reported {
				got = append(got, k.Actor)
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: actors %q, want %q", c.sentence, got, c.want)
		}
	}
}
