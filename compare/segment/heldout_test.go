package segment

// A held-out table: the project's rule is to hold a fifth of the gold back
// and score it once at the end. The segmenter was tuned on the 48 Golden
// Rules and the 66 cases of official_test.go; these 24 cases were not
// seen while changing it, and their expected sentences were written by hand,
// as a careful reader would split them, before the table was first run.
//
// The 20 English cases quote passages of testdata/corpus (the file is
// named in each case) that official_test.go and rules_test.go do not
// quote: abbreviations (Dr., Jr., U.S., U.S.S., D.C., Mr., MR., Sen., St.),
// initials, numbered paragraphs, bullets, headings and name lines without a
// full stop, quotations ending inside the quote, stage directions, dates and
// times, parentheses and links, money with decimals. The 4 others, in
// Persian, Hebrew and Arabic, were written for this table: their question
// mark ؟, comma ، and semicolon ؛, an Urdu full stop ۔ inside a Persian
// quotation, zero-width non-joiners (U+200C) inside Persian words, Hebrew
// geresh and gershayim, the Arabic title abbreviation د. and an ellipsis
// inside a sentence.
//
// held-out, scored once on 2026-12-05: 22/24
//
// The two cases that failed then: the State Sen. quotation, whose closing
// citation [[X Post](…), 04/22/2024] became a sentence of its own instead of
// staying with the quoted sentence it sources; and the Arabic case, split
// after the title abbreviation د. and after the ellipsis before لكن.
//
// Do not tune the segmenter to this table, nor the table to the segmenter:
// once the rules have been changed with these cases in view they no longer
// measure anything, and a new held-out table is needed. heldoutMin is the
// measured score, so that the test fails only if the segmenter gets worse.

import "testing"

var heldoutCases = []splitCase{
	{"Dr. and Jr. before a verb (2024-04-04-statement-from-president-joe-biden-on-the-56th-anniversary-of-theassassination-of-dr-martin-luther-king-jr.txt)",
		"Fifty-six years ago today, Dr. Martin Luther King, Jr. gave his last breath in the cause to redeem the soul of our nation. He was in Memphis to march with sanitation workers rightly demanding safer working conditions, fairer wages, and basic dignity as part of the larger quest to make real the promise of America for all Americans.",
		[]string{
			"Fifty-six years ago today, Dr. Martin Luther King, Jr. gave his last breath in the cause to redeem the soul of our nation.",
			"He was in Memphis to march with sanitation workers rightly demanding safer working conditions, fairer wages, and basic dignity as part of the larger quest to make real the promise of America for all Americans.",
		}},
	{"U.S.S. ending a sentence (2024-04-02-statement-from-president-joe-biden-on-the-passing-of-lou-conter.txt)",
		"Today, our hearts are with Lou Conter’s family and friends, and all those he served with over the years, including his shipmates on the U.S.S. Arizona. May God bless and keep them.",
		[]string{
			"Today, our hearts are with Lou Conter’s family and friends, and all those he served with over the years, including his shipmates on the U.S.S. Arizona.",
			"May God bless and keep them.",
		}},
	{"initial, Mr. and U.S. inside (2024-04-01-readout-of-national-security-advisor-jake-sullivans-call-with-national-security-advisor-eduardo-m-ano-of-the-philippines-2.txt)",
		"National Security Advisor Jake Sullivan spoke today with Philippine National Security Advisor Eduardo M. Año.\u00a0 Mr. Sullivan and Mr. Ano discussed preparations for the visit of Philippine President Marcos to the White House and the historic Japan-Philippines-U.S. trilateral leaders’ summit.\u00a0 Mr. Sullivan also emphasized U.S. support for the Philippines following the PRC Coast Guard and maritime militia’s dangerous actions on March 23 obstructing a lawful Philippine resupply mission to Second Thomas Shoal.\u00a0 Mr. Sullivan underscored the ironclad U.S. alliance commitments to the Philippines under the U.S.-Philippines Mutual Defense Treaty, which extends to armed attacks on Philippine armed forces, public vessels, or aircraft—to include those of its Coast Guard—anywhere in the South China Sea.",
		[]string{
			"National Security Advisor Jake Sullivan spoke today with Philippine National Security Advisor Eduardo M. Año.",
			"Mr. Sullivan and Mr. Ano discussed preparations for the visit of Philippine President Marcos to the White House and the historic Japan-Philippines-U.S. trilateral leaders’ summit.",
			"Mr. Sullivan also emphasized U.S. support for the Philippines following the PRC Coast Guard and maritime militia’s dangerous actions on March 23 obstructing a lawful Philippine resupply mission to Second Thomas Shoal.",
			"Mr. Sullivan underscored the ironclad U.S. alliance commitments to the Philippines under the U.S.-Philippines Mutual Defense Treaty, which extends to armed attacks on Philippine armed forces, public vessels, or aircraft—to include those of its Coast Guard—anywhere in the South China Sea.",
		}},
	{"D.C. ending a sentence before As (2024-04-11-remarks-by-vice-president-kamala-harris-secretary-of-state-antony-blinken-and-prime-minister-kishida-fumio-of-japan-at-state-luncheon.txt)",
		"Mr. Prime Minister, it is wonderful to welcome you back to Washington, D.C.\u00a0 As President of the United States Senate, I also had the great honor of — of co-chairing your presentation to the joint session of Congress.\u00a0 And you make quite clear that Japan will continue to be strong as a partner and a dear, close friend of the United States.",
		[]string{
			"Mr. Prime Minister, it is wonderful to welcome you back to Washington, D.C.",
			"As President of the United States Senate, I also had the great honor of — of co-chairing your presentation to the joint session of Congress.",
			"And you make quite clear that Japan will continue to be strong as a partner and a dear, close friend of the United States.",
		}},
	{"quotations ending inside and stage directions (2024-04-11-remarks-by-vice-president-kamala-harris-secretary-of-state-antony-blinken-and-prime-minister-kishida-fumio-of-japan-at-state-luncheon.txt)",
		"And Secretary Blinken mentioned that the Prime Minister made reference in his presentation to the joint session of “The Flintstones.”\u00a0 (Laughter.)\u00a0 Many of us will remember the cartoon.\u00a0 I thought it was particularly poignant when he said but he’s not sure how to translate “Yabba dabba doo.”\u00a0 (Laughter.)",
		[]string{
			"And Secretary Blinken mentioned that the Prime Minister made reference in his presentation to the joint session of “The Flintstones.”",
			"(Laughter.)",
			"Many of us will remember the cartoon.",
			"I thought it was particularly poignant when he said but he’s not sure how to translate “Yabba dabba doo.”",
			"(Laughter.)",
		}},
	{"sentences inside quotations, Mr. President (2024-04-25-remarks-by-president-biden-at-a-campaign-event-irvington-ny.txt)",
		"But, look, I know not everyone is feeling the enthusiasm.\u00a0 Just the other day, a defeated-looking guy came up to me and said, “Mr. President, I’m being crushed by debt.\u00a0 I’m completely wiped out.”\u00a0 And I had to tell him, “Donald, I’m sorry.\u00a0 I can’t help you.”\u00a0 (Laughter.) “I’m not — I’m just not in the position to do it.”\u00a0 (Laughter and applause.)",
		[]string{
			"But, look, I know not everyone is feeling the enthusiasm.",
			"Just the other day, a defeated-looking guy came up to me and said, “Mr. President, I’m being crushed by debt.",
			"I’m completely wiped out.”",
			"And I had to tell him, “Donald, I’m sorry.",
			"I can’t help you.”",
			"(Laughter.)",
			"“I’m not — I’m just not in the position to do it.”",
			"(Laughter and applause.)",
		}},
	{"speaker label, a.m., quoted title and closing time (2024-04-16-press-call-by-national-economic-advisor-lael-brainard-and-senior-administration-officials-previewing-president-bidens-remarks-on-steel.txt)",
		"MR. KIKUKAWA:\u00a0 All right.\u00a0 With that, we, I think, have run out of time.\u00a0 If you have any other questions, please feel free to email them to me.\n\nAgain, this call is embargoed until 5:00 a.m. tomorrow.\u00a0 The remarks from NEC Director Lael Brainard were on the record, and the Q&A was on background as “senior administration officials.”\n\nThank you.\n\n5:24 P.M. EDT",
		[]string{
			"MR. KIKUKAWA:\u00a0 All right.",
			"With that, we, I think, have run out of time.",
			"If you have any other questions, please feel free to email them to me.",
			"Again, this call is embargoed until 5:00 a.m. tomorrow.",
			"The remarks from NEC Director Lael Brainard were on the record, and the Q&A was on background as “senior administration officials.”",
			"Thank you.",
			"5:24 P.M. EDT",
		}},
	{"sentence in parentheses with links and U.S. (2024-04-08-readout-of-latest-industry-stakeholder-engagements-on-the-port-of-baltimore.txt)",
		"Representatives from the White House, Department of Commerce, Department of Energy, and Department of Transportation provided updates on the situation, including ongoing efforts to remove wreckage and reopen the Port as soon as possible. (The U.S. Army Corps of Engineers has now [shared](https://www.usace.army.mil/Media/News-Releases/News-Release-Article-View/Article/3731723/us-army-corps-of-engineers-develops-tentative-timeline-to-reopen-fort-mchenry-c/) a tentative timeline for restoring access, and several large automobile importers have [committed](https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/04/05/fact-sheet-biden-harris-administration-actions-following-the-francis-scott-key-bridge-collapse/) to take steps to try to return key cargo operations to the Port of Baltimore once it reopens.) The representatives underscored federal, state, and local governments’ continued efforts to reach out to impacted stakeholders, provide economic support to displaced workers and affected small businesses, monitor capacity at alternative ports, and coordinate timely, all-of-government responses to supply chain disruptions. Stakeholders from the auto, energy, chemical, and industrial sectors spoke with Federal representatives and offered suggestions for addressing specific concerns.",
		[]string{
			"Representatives from the White House, Department of Commerce, Department of Energy, and Department of Transportation provided updates on the situation, including ongoing efforts to remove wreckage and reopen the Port as soon as possible.",
			"(The U.S. Army Corps of Engineers has now [shared](https://www.usace.army.mil/Media/News-Releases/News-Release-Article-View/Article/3731723/us-army-corps-of-engineers-develops-tentative-timeline-to-reopen-fort-mchenry-c/) a tentative timeline for restoring access, and several large automobile importers have [committed](https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/04/05/fact-sheet-biden-harris-administration-actions-following-the-francis-scott-key-bridge-collapse/) to take steps to try to return key cargo operations to the Port of Baltimore once it reopens.)",
			"The representatives underscored federal, state, and local governments’ continued efforts to reach out to impacted stakeholders, provide economic support to displaced workers and affected small businesses, monitor capacity at alternative ports, and coordinate timely, all-of-government responses to supply chain disruptions.",
			"Stakeholders from the auto, energy, chemical, and industrial sectors spoke with Federal representatives and offered suggestions for addressing specific concerns.",
		}},
	{"short sentences, applause and END time line (2024-04-08-remarks-by-vice-president-harris-in-a-roundtable-discussion-on-student-debt-relief.txt)",
		"And thank you.\u00a0 Thank you.\u00a0 Thank you.\u00a0 Thank you.\u00a0 (Applause.)\n\nEND \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 5:27 P.M. EDT",
		[]string{
			"And thank you.",
			"Thank you.",
			"Thank you.",
			"Thank you.",
			"(Applause.)",
			"END \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 5:27 P.M. EDT",
		}},
	{"initial and Jr. inside, colon line (2024-04-24-clemency-recipient-list-6.txt)",
		"Today, President Joseph R. Biden, Jr. is using his authority under the Constitution to advance equal justice under law by granting clemency to 16 deserving individuals who were convicted of non-violent drug offenses.\n\nPresident Joseph R. Biden, Jr. is pardoning the following eleven individuals:",
		[]string{
			"Today, President Joseph R. Biden, Jr. is using his authority under the Constitution to advance equal justice under law by granting clemency to 16 deserving individuals who were convicted of non-violent drug offenses.",
			"President Joseph R. Biden, Jr. is pardoning the following eleven individuals:",
		}},
	{"name line and quotation ending a paragraph (2024-04-24-clemency-recipient-list-6.txt)",
		"Jeffrey Alan Lewis – Douglasville, Georgia\nJeffrey Alan Lewis is a 58-year-old man who pleaded guilty to a non-violent drug offense at the age of 40. Had Mr. Lewis been sentenced under current law and sentencing practices today, he would have received a significantly shorter sentence. Mr. Lewis served his sentence and completed the obligations associated with his supervised release. Since his release, he has been consistently employed, contributes to the community through charitable works and active community engagement, and he has built a reputation as “a family man.”",
		[]string{
			"Jeffrey Alan Lewis – Douglasville, Georgia",
			"Jeffrey Alan Lewis is a 58-year-old man who pleaded guilty to a non-violent drug offense at the age of 40.",
			"Had Mr. Lewis been sentenced under current law and sentencing practices today, he would have received a significantly shorter sentence.",
			"Mr. Lewis served his sentence and completed the obligations associated with his supervised release.",
			"Since his release, he has been consistently employed, contributes to the community through charitable works and active community engagement, and he has built a reputation as “a family man.”",
		}},
	{"money with decimals in bullets (2024-04-10-fact-sheet-japan-official-visit-with-state-dinner-to-the-united-states.txt)",
		"- Toyota has announced an additional investment of nearly $8 billion that it expects will add an estimated 3,000 more jobs to increase capacity to support battery electric vehicles and plug-in hybrid vehicles battery production in Greensboro, North Carolina.\u00a0 This is Toyota’s first automotive battery plant in North America, and the plant’s total investment is now nearly $13.9 billion; Toyota expects it will create an estimated 5,100 jobs.\n- Honda Aircraft Company has announced an additional investment of $55.7 million for production of its new HondaJet 2600 model in North Carolina. It brings the total investment in the HondaJet business in North Carolina to $573.4 million.",
		[]string{
			"- Toyota has announced an additional investment of nearly $8 billion that it expects will add an estimated 3,000 more jobs to increase capacity to support battery electric vehicles and plug-in hybrid vehicles battery production in Greensboro, North Carolina.",
			"This is Toyota’s first automotive battery plant in North America, and the plant’s total investment is now nearly $13.9 billion; Toyota expects it will create an estimated 5,100 jobs.",
			"- Honda Aircraft Company has announced an additional investment of $55.7 million for production of its new HondaJet 2600 model in North Carolina.",
			"It brings the total investment in the HondaJet business in North Carolina to $573.4 million.",
		}},
	{"St. Paul (2024-04-10-fact-sheet-biden-harris-administration-takes-critical-action-to-protect-communities-from-pfas-pollution-in-drinking-water.txt)",
		"These actions will help tackle PFAS pollution that has devastated communities like Oakdale, outside of St. Paul, Minnesota, where decades of PFAS-containing waste dumped by a chemical plant has contaminated the community’s drinking water. In this area, cancer was found to be a far more likely cause of death in children than in neighboring areas. The funding announced today will build on funding from the President’s Bipartisan Infrastructure Law that is already helping communities address PFAS contamination, including a $33 million award for Tucson, Arizona to treat its PFAS-contaminated drinking water wells.",
		[]string{
			"These actions will help tackle PFAS pollution that has devastated communities like Oakdale, outside of St. Paul, Minnesota, where decades of PFAS-containing waste dumped by a chemical plant has contaminated the community’s drinking water.",
			"In this area, cancer was found to be a far more likely cause of death in children than in neighboring areas.",
			"The funding announced today will build on funding from the President’s Bipartisan Infrastructure Law that is already helping communities address PFAS contamination, including a $33 million award for Tucson, Arizona to treat its PFAS-contaminated drinking water wells.",
		}},
	{"bullet with a label, a date and a vessel name (2024-04-05-fact-sheet-biden-harris-administration-actions-following-the-francis-scott-key-bridge-collapse.txt)",
		"- Deploying assets for wreckage removal: Hundreds of personnel from the USACE, Coast Guard, Navy, and the State of Maryland are supporting efforts on the ground. Highly trained salvage crews successfully cut and removed the first pieces of steel wreckage from outside the federal channel on Saturday, March 30. The Unified Command has a fleet of six heavy lift crane barges to conduct wreckage removal within the federal channel, including the Chesapeake 1000, the largest crane barge on the East Coast – which is nearly 200 feet long and can lift 1,000 tons. This will be a critical asset in clearing large wreckage from across the bow of the stranded MV Dali. Earlier this week, the Unified Command was able to open two small alternate channels for essential vessels supporting wreckage removal to better access the area, marking the first time vessels have been able to cross the harbor since the bridge collapse.",
		[]string{
			"- Deploying assets for wreckage removal: Hundreds of personnel from the USACE, Coast Guard, Navy, and the State of Maryland are supporting efforts on the ground.",
			"Highly trained salvage crews successfully cut and removed the first pieces of steel wreckage from outside the federal channel on Saturday, March 30.",
			"The Unified Command has a fleet of six heavy lift crane barges to conduct wreckage removal within the federal channel, including the Chesapeake 1000, the largest crane barge on the East Coast – which is nearly 200 feet long and can lift 1,000 tons.",
			"This will be a critical asset in clearing large wreckage from across the bow of the stranded MV Dali.",
			"Earlier this week, the Unified Command was able to open two small alternate channels for essential vessels supporting wreckage removal to better access the area, marking the first time vessels have been able to cross the harbor since the bridge collapse.",
		}},
	{"State Sen., exclamation then money inside a quotation, citation (2024-04-23-what-they-are-saying-president-biden-marks-earth-day-2024-with-historic-climate-action.txt)",
		"State Sen. Jeremy McPike (VA): “It was great to join [@potus](https://twitter.com/POTUS) at Prince William Forest Park today to celebrate [#EarthDay](https://twitter.com/hashtag/EarthDay?src=hashtag_click) and announce the new American Climate Corps initiative! $7 billion in grants through the Solar for All program will expand access to affordable solar energy right here in Virginia.” [[X Post](https://twitter.com/JeremyMcPike/status/1782516878151131394), 04/22/2024]",
		[]string{
			"State Sen. Jeremy McPike (VA): “It was great to join [@potus](https://twitter.com/POTUS) at Prince William Forest Park today to celebrate [#EarthDay](https://twitter.com/hashtag/EarthDay?src=hashtag_click) and announce the new American Climate Corps initiative!",
			"$7 billion in grants through the Solar for All program will expand access to affordable solar energy right here in Virginia.” [[X Post](https://twitter.com/JeremyMcPike/status/1782516878151131394), 04/22/2024]",
		}},
	{"D.C. ending a sentence before The (2024-04-05-u-s-eu-joint-statement-of-the-trade-and-technology-council-3.txt)",
		"On 30-31 January 2024, the United States and the European Union jointly organised the “[Crafting the Transatlantic Green Marketplace](https://futurium.ec.europa.eu/en/EU-US-TTC/news/transatlantic-initiative-sustainable-trade-tist-stakeholder-engagement-event-summary-report)” event in Washington, D.C. The event brought together representatives from the U.S. and EU business, civil society, and labor communities to engage in a series of thematic stakeholder-led discussions that focused on identifying opportunities for transatlantic collaboration to promote the transition to a more sustainable and climate-neutral economy on both sides of the Atlantic. The United States and the European Union thank the participants for their time and input. We are currently analysing the various proposals for cooperation received from the stakeholders to assess their potential to be taken forward.",
		[]string{
			"On 30-31 January 2024, the United States and the European Union jointly organised the “[Crafting the Transatlantic Green Marketplace](https://futurium.ec.europa.eu/en/EU-US-TTC/news/transatlantic-initiative-sustainable-trade-tist-stakeholder-engagement-event-summary-report)” event in Washington, D.C.",
			"The event brought together representatives from the U.S. and EU business, civil society, and labor communities to engage in a series of thematic stakeholder-led discussions that focused on identifying opportunities for transatlantic collaboration to promote the transition to a more sustainable and climate-neutral economy on both sides of the Atlantic.",
			"The United States and the European Union thank the participants for their time and input.",
			"We are currently analysing the various proposals for cooperation received from the stakeholders to assess their potential to be taken forward.",
		}},
	{"markup heading and D.C. with a second stop (2024-04-08-fact-sheet-vice-president-kamala-harris-launches-call-to-action-to-bring-the-benefits-of-space-to-communities-across-america.txt)",
		"*<u>Find Your Place in Space Week</u>*\n\nSpace is a growing industry that touches nearly every sector — from health care and climate, to banking, agriculture, and infrastructure. For America, space is a source of strength, inspiration, and innovation. Space activities have become critical to our way of life and provide numerous benefits to society. That’s why more than 100 organizations are coming together \u00a0to support the first-ever [Find Your Place in Space Week](https://www.nasa.gov/spaceweek/), which includes more than 200 events across all 50 states, Puerto Rico, and Washington, D.C.. Each event will provide opportunities for people to learn about space.",
		[]string{
			"*<u>Find Your Place in Space Week</u>*",
			"Space is a growing industry that touches nearly every sector — from health care and climate, to banking, agriculture, and infrastructure.",
			"For America, space is a source of strength, inspiration, and innovation.",
			"Space activities have become critical to our way of life and provide numerous benefits to society.",
			"That’s why more than 100 organizations are coming together \u00a0to support the first-ever [Find Your Place in Space Week](https://www.nasa.gov/spaceweek/), which includes more than 200 events across all 50 states, Puerto Rico, and Washington, D.C..",
			"Each event will provide opportunities for people to learn about space.",
		}},
	{"heading, numbered paragraph, list of titles (g7-communique-2023-hiroshima.txt, 66)",
		"Conclusion\n\n66. We appreciate the exchanges with and the inputs from the G7 Engagement Groups. We are furthermore grateful for the valuable contributions from the Heads of the IEA, the IMF, the OECD, the UN, the WB, the WHO and the WTO who joined us in Hiroshima.\n\nReference documents:\n\n- G7 Leaders’ Hiroshima Vision on Nuclear Disarmament\n- G7 Leaders’ Statement on Ukraine\n- G7 Clean Energy Economy Action Plan\n- G7 Leaders’ Statement on Economic Resilience and Economic Security\n- Hiroshima Action Statement for Resilient Global Food Security\n- Factsheet on the G7 Partnership for Global Infrastructure and Investment",
		[]string{
			"Conclusion",
			"66. We appreciate the exchanges with and the inputs from the G7 Engagement Groups.",
			"We are furthermore grateful for the valuable contributions from the Heads of the IEA, the IMF, the OECD, the UN, the WB, the WHO and the WTO who joined us in Hiroshima.",
			"Reference documents:",
			"- G7 Leaders’ Hiroshima Vision on Nuclear Disarmament",
			"- G7 Leaders’ Statement on Ukraine",
			"- G7 Clean Energy Economy Action Plan",
			"- G7 Leaders’ Statement on Economic Resilience and Economic Security",
			"- Hiroshima Action Statement for Resilient Global Food Security",
			"- Factsheet on the G7 Partnership for Global Infrastructure and Investment",
		}},
	{"paragraph number with a comma (g7-communique-2023-hiroshima.txt, 11)",
		"11, We are determined to take on a leading role in reversing the setback of progress towards the SDGs. Recognizing that 2023 is the halfway point to achieve the SDGs, we highlight the importance of the SDG Summit in September and will ambitiously contribute to a successful outcome. We reaffirm our commitment to revitalizing international cooperation and strengthen multilateralism.",
		[]string{
			"11, We are determined to take on a leading role in reversing the setback of progress towards the SDGs.",
			"Recognizing that 2023 is the halfway point to achieve the SDGs, we highlight the importance of the SDG Summit in September and will ambitiously contribute to a successful outcome.",
			"We reaffirm our commitment to revitalizing international cooperation and strengthen multilateralism.",
		}},
	{"quoted terms with a comma outside and inside (g7-communique-2024-apulia.txt, Hong Kong)",
		"We remain concerned by the human rights situation in China, including in Tibet and in Xinjiang where forced labor is a major concern to us. We are also worried by China’s crackdown on Hong Kong’s autonomy, independent institutions, and civil society and continued erosion of rights and freedom, including through the recent enactment of legislation under Article 23 of the Basic Law that has broad and vaguely defined provisions regarding “sedition”, “state secrets,” and interactions with foreign entities. We express concerns about the use of such laws to silence dissent in Hong Kong and overseas, including politically motivated prosecutions. These developments will make it harder to live, work and do business in Hong Kong.",
		[]string{
			"We remain concerned by the human rights situation in China, including in Tibet and in Xinjiang where forced labor is a major concern to us.",
			"We are also worried by China’s crackdown on Hong Kong’s autonomy, independent institutions, and civil society and continued erosion of rights and freedom, including through the recent enactment of legislation under Article 23 of the Basic Law that has broad and vaguely defined provisions regarding “sedition”, “state secrets,” and interactions with foreign entities.",
			"We express concerns about the use of such laws to silence dissent in Hong Kong and overseas, including politically motivated prosecutions.",
			"These developments will make it harder to live, work and do business in Hong Kong.",
		}},
	{"persian quotation with a question inside, zero-width non-joiners, Persian digits (written for this table)",
		"سخنگوی وزارت امور خارجه در نشست خبری هفتگی گفت: «جمهوری اسلامی ایران به دنبال گسترش درگیری نیست.» وی در پاسخ به پرسشی درباره\u200cی مذاکرات، افزود: «آیا طرف مقابل آماده\u200cی گفتگوست؟ ما منتظر پاسخ می\u200cمانیم.» نشست ساعت ۱۱:۳۰ به پایان رسید.",
		[]string{
			"سخنگوی وزارت امور خارجه در نشست خبری هفتگی گفت: «جمهوری اسلامی ایران به دنبال گسترش درگیری نیست.»",
			"وی در پاسخ به پرسشی درباره\u200cی مذاکرات، افزود: «آیا طرف مقابل آماده\u200cی گفتگوست؟",
			"ما منتظر پاسخ می\u200cمانیم.»",
			"نشست ساعت ۱۱:۳۰ به پایان رسید.",
		}},
	{"persian numbered items, a slashed date, the Arabic semicolon and an Urdu full stop in a quotation (written for this table)",
		"۱. دولت جمهوری اسلامی ایران حمله\u200cی مورخ ۱۴۰۳/۰۱/۱۳ به بخش کنسولی سفارت در دمشق را محکوم می\u200cکند. ۲. مسئولیت این حمله بر عهده\u200cی اسرائیل است؛ شورای امنیت سازمان ملل متحد باید اقدام کند. ۳. اسلام\u200cآباد نیز در بیانیه\u200cای به زبان اردو نوشت: «پاکستان اس حملے کو بین الاقوامی قانون کی خلاف ورزی سمجھتا ہے۔» چرا شورای امنیت تاکنون سکوت کرده است؟",
		[]string{
			"۱. دولت جمهوری اسلامی ایران حمله\u200cی مورخ ۱۴۰۳/۰۱/۱۳ به بخش کنسولی سفارت در دمشق را محکوم می\u200cکند.",
			"۲. مسئولیت این حمله بر عهده\u200cی اسرائیل است؛ شورای امنیت سازمان ملل متحد باید اقدام کند.",
			"۳. اسلام\u200cآباد نیز در بیانیه\u200cای به زبان اردو نوشت: «پاکستان اس حملے کو بین الاقوامی قانون کی خلاف ورزی سمجھتا ہے۔»",
			"چرا شورای امنیت تاکنون سکوت کرده است؟",
		}},
	{"hebrew gershayim and geresh abbreviations, a time, a decimal, a question and a quotation (written for this table)",
		"ראש הממשלה נפגש היום בשעה 14:30 עם שגריר ארה״ב, ג׳ק לו, ועם הרמטכ״ל. ארה״ב תעביר לישראל סיוע נוסף בהיקף של 1.5 מיליארד דולר. האם זה מספיק? לדברי גורם מדיני, \"זהו רק הצעד הראשון.\" הודעה רשמית תפורסם מחר.",
		[]string{
			"ראש הממשלה נפגש היום בשעה 14:30 עם שגריר ארה״ב, ג׳ק לו, ועם הרמטכ״ל.",
			"ארה״ב תעביר לישראל סיוע נוסף בהיקף של 1.5 מיליארד דולר.",
			"האם זה מספיק?",
			"לדברי גורם מדיני, \"זהו רק הצעד הראשון.\"",
			"הודעה רשמית תפורסם מחר.",
		}},
	{"arabic title abbreviation د., Arabic comma, quotation, question and an ellipsis inside a sentence (written for this table)",
		"استقبل وزير الخارجية في عمّان رئيسَ الوزراء الفلسطيني د. محمد مصطفى، وبحث معه الأوضاع في قطاع غزة. وقال الوزير: «لا بديل عن وقف فوري لإطلاق النار.» هل يتحرك مجلس الأمن؟ الوضع الإنساني كارثي... لكن الأمل لا يزال قائماً.",
		[]string{
			"استقبل وزير الخارجية في عمّان رئيسَ الوزراء الفلسطيني د. محمد مصطفى، وبحث معه الأوضاع في قطاع غزة.",
			"وقال الوزير: «لا بديل عن وقف فوري لإطلاق النار.»",
			"هل يتحرك مجلس الأمن؟",
			"الوضع الإنساني كارثي... لكن الأمل لا يزال قائماً.",
		}},
}

// heldoutMin is the score measured when the table was first run.
const heldoutMin = 22

// TestHeldOut scores Sentences on heldoutCases: it logs each failing case
// (got and want) and the score, and fails below heldoutMin. Every text also
// goes through the invariants.
func TestHeldOut(t *testing.T) {
	pass := scoreSplitCases(t, heldoutCases)
	t.Logf("held-out: %d/%d", pass, len(heldoutCases))
	if pass < heldoutMin {
		t.Errorf("held-out: %d/%d pass, want at least %d", pass, len(heldoutCases), heldoutMin)
	}
}
