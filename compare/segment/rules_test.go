package segment

import (
	"reflect"
	"testing"
)

// splitCase is one table case: text and the sentences it splits into.
type splitCase struct {
	name string
	text string
	want []string
}

// runSplitCases checks each case's sentences and the invariants on it.
func runSplitCases(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := sentenceTexts(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sentences(%q)\n got  %q\n want %q", tc.text, got, tc.want)
			}
			checkInvariants(t, tc.text)
		})
	}
}

// scoreSplitCases runs each case through the invariants, logs each case
// whose sentences differ and returns how many match.
func scoreSplitCases(t *testing.T, cases []splitCase) int {
	t.Helper()
	pass := 0
	for _, tc := range cases {
		checkInvariants(t, tc.text)
		if got := sentenceTexts(tc.text); reflect.DeepEqual(got, tc.want) {
			pass++
		} else {
			t.Logf("%s fails:\n got  %q\n want %q", tc.name, got, tc.want)
		}
	}
	return pass
}

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentenceEnds(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"period", "Iran must cease its destabilizing actions. We reiterate our determination.",
			[]string{"Iran must cease its destabilizing actions.", "We reiterate our determination."}},
		{"exclamation", "Four more years! The crowd cheered.",
			[]string{"Four more years!", "The crowd cheered."}},
		{"question", "But you know what changes it? Jobs do.",
			[]string{"But you know what changes it?", "Jobs do."}},
		{"interrobang run", "Really?! Yes.", []string{"Really?!", "Yes."}},
		{"ellipsis char", "It ended… Then we left.", []string{"It ended…", "Then we left."}},
		{"three dots", "We waited... Nothing came.", []string{"We waited...", "Nothing came."}},
		{"digit start", "The talks ended in 2023. 56 countries signed.",
			[]string{"The talks ended in 2023.", "56 countries signed."}},
		{"currency start", "Aid was pledged. $1.2 billion will follow.",
			[]string{"Aid was pledged.", "$1.2 billion will follow."}},
		{"lowercase after period", "The minimum is approx. five days and e.g. the fund pays.",
			[]string{"The minimum is approx. five days and e.g. the fund pays."}},
		{"lowercase after question", "Is it over? not yet, officials said.",
			[]string{"Is it over? not yet, officials said."}},
		{"no space after period", "See whitehouse.gov.Thanks.", []string{"See whitehouse.gov.Thanks."}},
		{"url", "Visit https://www.whitehouse.gov/briefing-room. The page lists it.",
			[]string{"Visit https://www.whitehouse.gov/briefing-room.", "The page lists it."}},
		{"sentence without end", "We call for restraint", []string{"We call for restraint"}},
		{"trailing spaces", "  \t We call for restraint.  \n", []string{"We call for restraint."}},
		{"empty", "", nil},
		{"only spaces", " \n\u00a0\t\u2029 ", nil},
	})
}

func TestAbbreviations(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"titles", "Mr. Sullivan met Dr. Biden and Mrs. Kishida. Ms. Lee joined later.",
			[]string{"Mr. Sullivan met Dr. Biden and Mrs. Kishida.", "Ms. Lee joined later."}},
		{"military ranks", "Lt. Col. Smith briefed Gen. Brown, Maj. Ortiz, Capt. Hale, Adm. Franchetti and Sgt. Diaz.",
			[]string{"Lt. Col. Smith briefed Gen. Brown, Maj. Ortiz, Capt. Hale, Adm. Franchetti and Sgt. Diaz."}},
		{"political titles", "Sen. Warren, Rep. Takano, Gov. Evers, Pres. Macron, Amb. Rule and Sec. Blinken spoke.",
			[]string{"Sen. Warren, Rep. Takano, Gov. Evers, Pres. Macron, Amb. Rule and Sec. Blinken spoke."}},
		{"other titles", "Prof. Okina, Rev. Warnock and the Hon. Tony Evers attended.",
			[]string{"Prof. Okina, Rev. Warnock and the Hon. Tony Evers attended."}},
		{"title before starter-like name", "We thank Mr. The Honorable guest.",
			[]string{"We thank Mr. The Honorable guest."}},
		{"capitals", "THE PRESIDENT AND DR. BIDEN welcomed MRS. KISHIDA.",
			[]string{"THE PRESIDENT AND DR. BIDEN welcomed MRS. KISHIDA."}},
		{"places", "He grew up near St. Paul, visited Mt. Vernon and Ft. Bragg.",
			[]string{"He grew up near St. Paul, visited Mt. Vernon and Ft. Bragg."}},
		{"suffix before name", "Martin Luther King Jr. Day is a holiday.",
			[]string{"Martin Luther King Jr. Day is a holiday."}},
		{"suffix at sentence end", "We honor Dr. Martin Luther King Jr. We remember his words.",
			[]string{"We honor Dr. Martin Luther King Jr.", "We remember his words."}},
		{"company", "Apple Inc. Chief Executive Tim Cook met Acme Ltd. and Boeing Co. officials.",
			[]string{"Apple Inc. Chief Executive Tim Cook met Acme Ltd. and Boeing Co. officials."}},
		{"company at sentence end", "The loan went to TSMC Arizona Corp. The award is preliminary.",
			[]string{"The loan went to TSMC Arizona Corp.", "The award is preliminary."}},
		{"number abbreviations", "See Resolution No. 2231, Art. 5, Para. 3, Vol. 2 and Fig. 4 of Dept. guidance.",
			[]string{"See Resolution No. 2231, Art. 5, Para. 3, Vol. 2 and Fig. 4 of Dept. guidance."}},
		{"no as a word", "The answer was no. We will not accept it.",
			[]string{"The answer was no.", "We will not accept it."}},
		{"months before numbers", "Talks ran from Jan. 6 to Feb. 2, then Sept. 11 and Dec. 31.",
			[]string{"Talks ran from Jan. 6 to Feb. 2, then Sept. 11 and Dec. 31."}},
		{"month at sentence end", "The vote is set for Oct. The date may move.",
			[]string{"The vote is set for Oct.", "The date may move."}},
		{"versus", "The case Roe v. Wade and Smith vs. Jones were cited.",
			[]string{"The case Roe v. Wade and Smith vs. Jones were cited."}},
		{"et al and etc", "Smith et al. Found similar results, etc. The study ends there.",
			[]string{"Smith et al. Found similar results, etc.", "The study ends there."}},
	})
}

func TestDottedAbbreviations(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"before a name", "He met the U.S. Secretary of State in Washington.",
			[]string{"He met the U.S. Secretary of State in Washington."}},
		{"before a noun", "U.S. officials and U.N. agencies met E.U. envoys.",
			[]string{"U.S. officials and U.N. agencies met E.U. envoys."}},
		{"before a starter", "The plan has support from the U.S. The President said so.",
			[]string{"The plan has support from the U.S.", "The President said so."}},
		{"before capitalised noun in place name", "They met in Washington, D.C. Officials declined to comment.",
			[]string{"They met in Washington, D.C. Officials declined to comment."}},
		{"place name then starter", "They met in Washington, D.C. However, no deal was reached.",
			[]string{"They met in Washington, D.C.", "However, no deal was reached."}},
		{"UK then we", "We thank the U.K. We also thank Japan.",
			[]string{"We thank the U.K.", "We also thank Japan."}},
		{"e.g. and i.e.", "Some partners, e.g. Japan, and one body, i.e. the IAEA, agreed.",
			[]string{"Some partners, e.g. Japan, and one body, i.e. the IAEA, agreed."}},
		{"a.m. before lowercase", "The embargo lifts at 10:00 a.m. tomorrow morning.",
			[]string{"The embargo lifts at 10:00 a.m. tomorrow morning."}},
		{"a.m. before a name", "The embargo lifts at 5:00 a.m. Eastern time.",
			[]string{"The embargo lifts at 5:00 a.m. Eastern time."}},
		{"p.m. before number", "Doors open at 7 p.m. 200 guests are expected.",
			[]string{"Doors open at 7 p.m. 200 guests are expected."}},
		{"p.m. at sentence end", "The call will lift at 3:30 p.m. The President will speak.",
			[]string{"The call will lift at 3:30 p.m.", "The President will speak."}},
		{"ship name", "He served on the U.S.S. Arizona.", []string{"He served on the U.S.S. Arizona."}},
		{"degree", "She holds a Ph.D. In 2020 she joined.", []string{"She holds a Ph.D.", "In 2020 she joined."}},
		{"at a line end", "Katrina Polk – Washington, D.C.\nDr. Katrina Polk was pardoned.",
			[]string{"Katrina Polk – Washington, D.C.", "Dr. Katrina Polk was pardoned."}},
	})
}

func TestInitials(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"middle initial", "John F. Kennedy spoke in Berlin.", []string{"John F. Kennedy spoke in Berlin."}},
		{"several initials", "J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
		{"initial before starter-like initial", "The author is J. A. Smith.", []string{"The author is J. A. Smith."}},
		{"signature", "JOSEPH R. BIDEN JR.", []string{"JOSEPH R. BIDEN JR."}},
		{"letter then function word", "It covers Medicare Part D. From next year, costs fall.",
			[]string{"It covers Medicare Part D.", "From next year, costs fall."}},
	})
}

func TestNumbers(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"decimal", "Growth reached 3.5 percent. Inflation fell.", []string{"Growth reached 3.5 percent.", "Inflation fell."}},
		{"money", "We pledge $1.2 billion and USD 1,000.50 more.", []string{"We pledge $1.2 billion and USD 1,000.50 more."}},
		{"version and time", "Version 2.0 ships at 10.30 on 14.04.2024 as planned.",
			[]string{"Version 2.0 ships at 10.30 on 14.04.2024 as planned."}},
		{"date at sentence end", "The law took effect on 14.04.2024. It applies now.",
			[]string{"The law took effect on 14.04.2024.", "It applies now."}},
		{"percent at sentence end", "Unemployment fell to 3.8 percent. That is 50 years.",
			[]string{"Unemployment fell to 3.8 percent.", "That is 50 years."}},
	})
}

func TestEllipses(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"lowercase after dots", "We will... we must prevail.", []string{"We will... we must prevail."}},
		{"lowercase after char", "We will… we must prevail.", []string{"We will… we must prevail."}},
		{"capital after char", "It ended… Then we left.", []string{"It ended…", "Then we left."}},
		{"quoted", "He said “we will see…” and left.", []string{"He said “we will see…” and left."}},
		{"spaced dots", "We will . . . we must.", []string{"We will . . . we must."}},
		{"four dots", "They left…. The hall emptied.", []string{"They left….", "The hall emptied."}},
	})
}

func TestQuotesAndBrackets(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"curly double", `He said, “We will help.” Then he left.`,
			[]string{`He said, “We will help.”`, "Then he left."}},
		{"straight double", `He said, "We will help." Then he left.`,
			[]string{`He said, "We will help."`, "Then he left."}},
		{"curly single", "She wrote ‘enough.’ Nobody replied.", []string{"She wrote ‘enough.’", "Nobody replied."}},
		{"parenthesis", "(This is final.) Next.", []string{"(This is final.)", "Next."}},
		{"bracket", "[Applause.] Thank you.", []string{"[Applause.]", "Thank you."}},
		{"stage direction", "(Laughter.)\u00a0 There were tears on my part.",
			[]string{"(Laughter.)", "There were tears on my part."}},
		{"question in quotes", "He asked, “Are we safe?” Nobody answered.",
			[]string{"He asked, “Are we safe?”", "Nobody answered."}},
		{"question then attribution", "“Are we safe?” he asked.", []string{"“Are we safe?” he asked."}},
		{"exclamation then attribution", "“Never again!” she said.", []string{"“Never again!” she said."}},
		{"guillemets", "«Nous aiderons.» Puis il est parti.", []string{"«Nous aiderons.»", "Puis il est parti."}},
		{"spaced guillemets", "« Nous aiderons. » Puis il est parti.", []string{"« Nous aiderons. »", "Puis il est parti."}},
		{"opening quote starts", "We agreed. “This is historic,” he said.",
			[]string{"We agreed.", "“This is historic,” he said."}},
		{"opening bracket starts", "We agreed. (The vote was 7-0.)", []string{"We agreed.", "(The vote was 7-0.)"}},
		{"bracket with lowercase", "We agreed. (see annex) and moved on.", []string{"We agreed. (see annex) and moved on."}},
		{"markdown emphasis", "*This evening, they dine.* *The list follows.*",
			[]string{"*This evening, they dine.*", "*The list follows.*"}},
		{"quote after abbreviation", "He praised the “U.S.” Officials disagreed.", []string{"He praised the “U.S.” Officials disagreed."}},
	})
}

func TestDashes(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"em dash", "We are deeply engaged — along with partners — in preventing escalation.",
			[]string{"We are deeply engaged — along with partners — in preventing escalation."}},
		{"en dash", "We work together – and with others – to coordinate.",
			[]string{"We work together – and with others – to coordinate."}},
		{"hyphen", "A two-state solution - the only path - remains.", []string{"A two-state solution - the only path - remains."}},
		{"dash after full stop", "It ended. — Then silence.", []string{"It ended. — Then silence."}},
		{"glued dash", "Under my predecessor—who is busy—jobs were lost.", []string{"Under my predecessor—who is busy—jobs were lost."}},
	})
}

func TestLists(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"hyphen bullets", "We are:\n- standing with Ukraine\n- united for a ceasefire",
			[]string{"We are:", "- standing with Ukraine", "- united for a ceasefire"}},
		{"bullets with sentences", "We are:\n- standing with Ukraine. We decided to act.\n- united for peace.",
			[]string{"We are:", "- standing with Ukraine.", "We decided to act.", "- united for peace."}},
		{"star bullets", "* first item\n* second item", []string{"* first item", "* second item"}},
		{"dot bullets", "• first item\n•second item", []string{"• first item", "•second item"}},
		{"dash bullets", "– first item\n— second item", []string{"– first item", "— second item"}},
		{"after comma", "including:\n- Japan,\n- Canada,\n- Italy", []string{"including:", "- Japan,", "- Canada,", "- Italy"}},
		{"numbered dot", "Steps:\n1. convene the group\n2. report back", []string{"Steps:", "1. convene the group", "2. report back"}},
		{"numbered paren", "1) convene the group\n2) report back", []string{"1) convene the group", "2) report back"}},
		{"lettered in parens", "(a) convene the group;\n(b) report back", []string{"(a) convene the group;", "(b) report back"}},
		{"lettered paren", "a) convene the group\nb) report back", []string{"a) convene the group", "b) report back"}},
		{"roman", "i. convene the group\nii. report back\niv. adjourn", []string{"i. convene the group", "ii. report back", "iv. adjourn"}},
		{"upper roman heading", "II. Prevent and Safeguard\nWe must act.", []string{"II. Prevent and Safeguard", "We must act."}},
		{"markup around number", "<u>II. Prevent & Safeguard:</u> The pandemic exposed gaps.",
			[]string{"<u>II. Prevent & Safeguard:</u> The pandemic exposed gaps."}},
		{"numbered paragraph", "56. We reiterate our clear determination. We remain concerned.",
			[]string{"56. We reiterate our clear determination.", "We remain concerned."}},
		{"numbered paragraph with capital", "57. Iran must stop. Russia must end its war.",
			[]string{"57. Iran must stop.", "Russia must end its war."}},
		{"inline numbering", "Two steps were agreed. 1. The group convenes. 2. It reports.",
			[]string{"Two steps were agreed.", "1. The group convenes.", "2. It reports."}},
		{"section number", "2.1 Scope\nThe rule applies.", []string{"2.1 Scope", "The rule applies."}},
		{"year is not a number marker", "We met in\n2023. The talks ended.", []string{"We met in\n2023.", "The talks ended."}},
	})
}

func TestHeadings(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"heading in paragraph", "Conflict in Gaza\nWe reiterate our strongest condemnation.",
			[]string{"Conflict in Gaza", "We reiterate our strongest condemnation."}},
		{"heading paragraph", "Conflict in Gaza\n\nWe reiterate our condemnation.",
			[]string{"Conflict in Gaza", "We reiterate our condemnation."}},
		{"guest list", "Mr. Ajay Banga & Mrs. Ritu Banga\nThe Honorable John Bass & Ms. Audrey Hsieh\nMr. Ayase",
			[]string{"Mr. Ajay Banga & Mrs. Ritu Banga", "The Honorable John Bass & Ms. Audrey Hsieh", "Mr. Ayase"}},
		{"colon line", "The following attended:\nThe Honorable Tony Evers",
			[]string{"The following attended:", "The Honorable Tony Evers"}},
		{"dash line", "Strengthening the Power Grid –\nPresident Biden has secured investments.",
			[]string{"Strengthening the Power Grid –", "President Biden has secured investments."}},
		{"hard wrap lowercase", "We reiterate our support for the historic\nstatus quo in Jerusalem.",
			[]string{"We reiterate our support for the historic\nstatus quo in Jerusalem."}},
		{"hard wrap function word", "We welcome the recent meetings with the\nPalestinian Authority and Jordan.",
			[]string{"We welcome the recent meetings with the\nPalestinian Authority and Jordan."}},
		{"hard wrap comma", "We met Egypt, Israel, Jordan,\nSaudi Arabia and Qatar.",
			[]string{"We met Egypt, Israel, Jordan,\nSaudi Arabia and Qatar."}},
		{"hard wrap ampersand", "Mr. Jon Finer, Deputy Advisor &\nMs. Maggie Goodlander",
			[]string{"Mr. Jon Finer, Deputy Advisor &\nMs. Maggie Goodlander"}},
		{"hard wrap hyphenated", "The Biden-\nHarris Administration acted.", []string{"The Biden-\nHarris Administration acted."}},
		{"hard wrap title", "We met Mr.\nBiden today.", []string{"We met Mr.\nBiden today."}},
		{"crlf", "Preamble\r\nWe, the Leaders, met.\r\n\r\nWe agree.", []string{"Preamble", "We, the Leaders, met.", "We agree."}},
	})
}

func TestNonBreakingSpaces(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"nbsp between sentences", "Thank you.\u00a0Please have a seat.", []string{"Thank you.", "Please have a seat."}},
		{"narrow nbsp", "Thank you.\u202fPlease sit.", []string{"Thank you.", "Please sit."}},
		{"nbsp after title", "Mr.\u00a0Sullivan called.", []string{"Mr.\u00a0Sullivan called."}},
		{"nbsp trimmed", "\u00a0\u202f We agree.\u00a0\u00a0", []string{"We agree."}},
		{"nbsp in words", "The two leaders discussed the\u00a0deal\u00a0now on the table.",
			[]string{"The two leaders discussed the\u00a0deal\u00a0now on the table."}},
		{"nbsp blank line", "First.\n\u00a0\u202f\nSecond.", []string{"First.", "Second."}},
	})
}

func TestOtherScripts(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"persian", "ما پاسخ خواهیم داد. این پایان نیست؟ بله.",
			[]string{"ما پاسخ خواهیم داد.", "این پایان نیست؟", "بله."}},
		{"hebrew", "אנחנו לא מחפשים הסלמה. זה לא נגמר.", []string{"אנחנו לא מחפשים הסלמה.", "זה לא נגמר."}},
		{"hebrew with rlm", "אנחנו לא מחפשים הסלמה.\u200f זה לא נגמר.", []string{"אנחנו לא מחפשים הסלמה.\u200f", "זה לא נגמר."}},
		{"hebrew quote", "הוא אמר: \"נגיב בעוצמה.\" הדיון הסתיים.", []string{"הוא אמר: \"נגיב בעוצמה.\"", "הדיון הסתיים."}},
		{"arabic question", "هل انتهى الأمر؟ لا، لم ينته بعد.", []string{"هل انتهى الأمر؟", "لا، لم ينته بعد."}},
		{"urdu full stop", "ہم جواب دیں گے۔ یہ ختم نہیں ہوا۔", []string{"ہم جواب دیں گے۔", "یہ ختم نہیں ہوا۔"}},
		{"arabic digits", "وقع الهجوم في 2024. ٣ دول أدانته.", []string{"وقع الهجوم في 2024.", "٣ دول أدانته."}},
		{"chinese", "我们会提供帮助。然后我们离开了。", []string{"我们会提供帮助。", "然后我们离开了。"}},
		{"chinese quote", "他说：「我们会帮助。」然后离开！好吗？", []string{"他说：「我们会帮助。」", "然后离开！", "好吗？"}},
		{"japanese", "会談は終わった。 次の会談は来月です。", []string{"会談は終わった。", "次の会談は来月です。"}},
		{"german quotes", "Er sagte: „Wir helfen.“ Dann ging er.", []string{"Er sagte: „Wir helfen.“", "Dann ging er."}},
	})
}

func TestSentenceOffsets(t *testing.T) {
	text := "  Preamble\n\n56. We act.\u00a0Then “we rest.”\n"
	want := []Sentence{
		{Span{2, 10}, 0},
		{Span{12, 23}, 1},
		{Span{25, 44}, 1},
	}
	got := Sentences(text)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Sentences(%q) = %v, want %v", text, got, want)
	}
	if s := text[got[2].Start:got[2].End]; s != "Then “we rest.”" {
		t.Errorf("third sentence = %q", s)
	}
}

// TestGuards pins what the inline-list, time, pronoun, footnote and
// spaced-ellipsis rules must not do.
func TestGuards(t *testing.T) {
	runSplitCases(t, []splitCase{
		{"number after a month", "1. We met on May 2. The talks ended.",
			[]string{"1. We met on May 2.", "The talks ended."}},
		{"reference to an item", "(a) as set out in paragraph (b) above; (b) the rest",
			[]string{"(a) as set out in paragraph (b) above;", "(b) the rest"}},
		{"reference after a function word", "(a) the measures in (b) and (c) apply.",
			[]string{"(a) the measures in (b) and (c) apply."}},
		{"not the next item", "1) The fund pays 3) the rest.", []string{"1) The fund pays 3) the rest."}},
		{"initial after a name in a lettered item", "A. We met John B. Kennedy.", []string{"A. We met John B. Kennedy."}},
		{"dashes are not inline bullets", "- Japan - the host - welcomed it.", []string{"- Japan - the host - welcomed it."}},
		{"numbered part", "The rules of part I. Section 2 applies.", []string{"The rules of part I. Section 2 applies."}},
		{"four dots before lowercase", "It ended in compounds. . . . the practice went on.",
			[]string{"It ended in compounds. . . . the practice went on."}},
		{"spaced ellipsis at a line end", "We waited . . .\nThen it came.", []string{"We waited . . .", "Then it came."}},
		{"footnote after a question", "Is it over? [3] Yes.", []string{"Is it over? [3]", "Yes."}},
		{"superscript footnote", "It breaches the Charter.¹ We condemn it.", []string{"It breaches the Charter.¹", "We condemn it."}},
		{"bracketed elision ends nothing", "The text reads “we […] Israel will act” in full.",
			[]string{"The text reads “we […] Israel will act” in full."}},
		{"company before a title", "The deal went to Acme Inc. Mr. Smith signed it.",
			[]string{"The deal went to Acme Inc.", "Mr. Smith signed it."}},
		{"U.S. before a title", "He met U.S. Amb. Bridget Brink in Kyiv.", []string{"He met U.S. Amb. Bridget Brink in Kyiv."}},
		{"p.m. before a time zone", "The vote closes at 6 P.M. EDT on Friday.", []string{"The vote closes at 6 P.M. EDT on Friday."}},
		{"time opening after four words", "On Monday at 5 a.m. Gen. Brown left.", []string{"On Monday at 5 a.m. Gen. Brown left."}},
	})
}
