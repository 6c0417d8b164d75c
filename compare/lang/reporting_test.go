package lang

import "testing"

func TestReportingVerbs(t *testing.T) {
	verbs := ReportingVerbs()
	byForm := map[string]ReportingVerb{}
	for _, v := range verbs {
		if _, dup := byForm[v.Form]; dup {
			t.Errorf("%q is listed twice", v.Form)
		}
		byForm[v.Form] = v
	}
	for form, want := range map[string]ReportingVerb{
		"said":     {Form: "said", Frame: FrameClause, Reports: true},
		"told":     {Form: "told", Frame: FrameTell, Reports: true},
		"claims":   {Form: "claims", Frame: FrameClause, NeedsThat: true, Reports: true},
		"calling":  {Form: "calling", Frame: FrameObject, AfterComma: true},
		"affirmed": {Form: "affirmed", Frame: FrameNone, ReportsWithThat: true},
	} {
		if got := byForm[form]; got != want {
			t.Errorf("%s: %+v, want %+v", form, got, want)
		}
	}
	for _, bad := range [][]string{{"said clause"}, {"said speech reports"}, {"said clause+loud reports"}, {"said clause maybe"}} {
		if _, err := parseReportingVerbs(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
	if !CognitiveVerbs().Has("remember") || !EpistemicVerbs().Has("anticipate") {
		t.Error("cognitive or epistemic verbs lack their first examples")
	}
}
