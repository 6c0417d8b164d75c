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

func TestModalScale(t *testing.T) {
	scale := ModalScale()
	for w, want := range map[string]string{"must": "high", "will": "median", "may": "low", "cannot": ""} {
		if scale[w] != want {
			t.Errorf("%s: %q, want %q", w, scale[w], want)
		}
	}
	for _, bad := range [][]string{{"must"}, {"must strong"}, {"must high very"}} {
		if _, err := parseModalScale(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}
