// Package commitment finds who pledges, refuses, demands, threatens on a condition or hedges in a sentence.
//
// Extract reads one sentence at a time, with the Speaker who says it, and
// returns explainable Commitment records: who commits (Actor), to what
// (Action), toward whom (Target), on which condition, when, and the cue words
// that triggered the record. It is a small rule-based reader, not a parser:
// the sentence is tokenized with byte offsets (tokens.go); quotes and frames
// of reported speech or belief are marked (clauses.go); a hand-written table
// of modal and speech-act cues is matched (cues.go, predicate.go); each cue
// needs a subject that says who commits (subject.go); and the rules below
// decide whether it is a commitment and whose (extract.go), then fill the
// record (records.go). Precision comes first: a cue whose subject is not the
// speaker — or, for an explicit speech act, a named actor — yields nothing,
// because a wrong commitment misleads an analyst more than a missed one.
//
// # Modal scale
//
// Strength is the value of modality on Halliday's scale (high > median > low):
//
//	value   cues
//	high    must, need to, have to; are committed to, commit to; refuse to;
//	        cannot (accept, allow, let, tolerate); will never;
//	        will not hesitate to, shall not waver, will not rest (double negation);
//	        demand; speech acts with an intensifier ("strongly condemn",
//	        "full solidarity", "unwavering commitment", "ironclad", "is ironclad")
//	median  will, shall, 'll, would (only in a conditional or reported frame),
//	        should, ought to, be going to, intend to, plan to, stand ready to,
//	        are prepared to, are determined to, pledge/vow/promise/agree to;
//	        will not, won't (refusal); have no interest in, no intention of;
//	        call on, call for, urge, press, push for, request;
//	        plain speech acts (condemn, support, stand with, reaffirm, remain committed)
//	low     may, might, could; seek to, hope to, aim to; likely ("will likely");
//	        encourage; are not seeking, do not seek, do not want (refusal)
//
// Negation flips polarity (the polarity of the committed or demanded action)
// and can raise the value: "will not" is a median Refusal, "will never" and
// "cannot accept" high ones. Negating a verb of holding back ("will not
// hesitate", "shall not waver", "will not rest") is a double negation: a
// positive, high Pledge. "We are not seeking a significant escalation" is a
// low Refusal: seeking is a low-value verb of aim, and denying an aim — of a
// "significant" escalation only — leaves room for a limited response, so the
// refusal is weak. "call on Iran not to interfere" is a negative Demand.
//
// # Kinds
//
// The lexical verb decides the kind when it is a speech act or a stance:
// condemn, denounce, deplore, criticize, decry, oppose → Condemnation;
// support, back, endorse, stand with/behind/by/for, express or pledge
// support or solidarity, "our support for … is ironclad" → Support;
// reaffirm, reiterate, remain committed, remain determined, renew, underscore
// or express a commitment → Reaffirmation; call on … to, call for, urge,
// demand, press … to, push for, encourage, request, ask that, ask … to,
// recommend that ("that no country …": negative) →
// Demand; pledge, vow, promise, commit, agree, decide, resolve to, affirm or
// announce an intent → Pledge; a negated support ("will not support the
// sanctions") → Refusal. Otherwise the modal decides: a firm modal is a
// Pledge, a negated one a Refusal, a weak one a Hedge. A Pledge, Refusal or
// Hedge with an if, unless, should (inverted), in case, provided that,
// depending on, subject to, as soon as, once (not "once a week") or in
// response to clause is a Conditional (speech acts keep their kind). "must",
// "should" or "need to" with another actor as subject ("Iran must cease"), a
// generic agent ("all parties", "the House") or an activity that must end
// ("these attacks must end") is a Demand by the speaker addressed to it; with
// a negative quantifier ("No one should be returned …") a negative Demand;
// such a "must" inside what the speaker reaffirms or demands ("We reiterate
// our determination that it must never …") is part of that act.
//
// # Who commits
//
// First person ("we", "I", "our government", "my team") is the speaker's
// institution, Gazetteer.ActorOf, or an apposition ("We, the Leaders of the
// G7,"); inside a quote it is the quote's speaker, found around the quote
// ("“…,” Israel informed the US", "X said: “…”", "adding that “…”"); a quote
// with no speaker in the sentence is the document speaker's own when both its
// marks are present and unknown (so skipped) when the sentence continues a
// quotation. Joint subjects of readouts ("both leaders", "the two sides",
// "the parties") include the speaker. A named subject ("Tehran would respond
// …") is resolved with the Gazetteer and must be the effective speaker — the
// reporter of the frame it sits in ("Salami warned that …", "according to
// X", "US officials said that …"), or else the document's speaker; otherwise
// "will"/"would" is a prediction about others and yields nothing. Explicit
// speech acts ("Israel has pledged to", "the G7 members issued a statement
// denouncing …") may be reported for any named actor. A narrator who is not
// in the gazetteer (Speaker{Name: "news article"}) is its own actor, as
// ActorOf says.
//
// What news articles recount (issue 17): coordinated named subjects commit
// each ("Chile and Velm urged …", "France, Germany and Italy pledged …"); a
// day may stand between a speech act and its complement ("agreed on Monday
// to"); in a named reporter's words "the government", "the bloc" and the
// issuer's offices ("the Commission") are the reporter's, and an office
// holder's name in apposition or after a demonym ("Ardenian Foreign Minister
// Varo") speaks for the office's actor; a reporter may stand before an
// aside ("Japan, whose nationals …, said"); what a recipient "would
// receive", and after a promise ("assured him that …") a passive, the
// reporter undertakes, as it does a negated passive held "until" an event
// ("would not be released until the fines are paid": a conditional
// refusal). "The two countries" and "both governments" are the pair a
// subject last coordinated, and "they" after coordinated reporters is each
// of them; "the country" in a state's report is that state and "the
// region" in a regional body's is the body; a group named by the
// adjectives that open a body's name ("Western Arcadian ministers" of the
// Western Arcadian Union) is the body. Time given to act ("gave Arden 30
// days to …") is a demand; "when conditions allow" is a condition; a
// news article's author is never among "the two sides". What a reporter
// says its own parts would do it undertakes ("said the army would escort
// …", "his troops would stay …", "the ban would remain …", a passive on a
// condition: "would be released once …"); a kind word refers back to the
// latest body named or typed so ("Norvex Shipping … The company said …",
// "the Ashen Hill Movement … The group threatened …"), and to nobody when
// none was. A named reporter's passive with no agent it undertakes
// ("said anyone caught looting would be fined", "the reform would not be
// reversed"), on the condition its subject sets when it picks out who
// meets the act ("any company working there", "those who stay"); what
// befalls people or things ("would be displaced"), a means ("paid through
// the banks") and a timing ("not restored before Sunday") stay forecasts.
// "Both sides" are the pair coordinated before or named "between X and
// Y". A news article's home state may follow a preposition when it owns
// a place ("a court in Velm's capital") or opens the text ("Authorities
// in Velm"). In an official statement a sentence opening with
// "It" continues the actor the sentence before opened with. The issuer of
// a ministry named by its function is its state ("Ministry of Foreign
// Affairs (Federative Republic of Velm)"); a body that gives its own acronym
// ("… High Commissioner for Refugees (UNHCR)") is itself.
//
// Bodies and officials named without a name: a news article's body known
// by its function ("The central bank said …", "Velm's largest fishing
// union", "the country's banking regulator") is an actor of its own, named
// as written without its article, and a later "the regulator" refers back
// to it; "A commander of the group", "A spokeswoman for the bloc" speak
// for the body named before; "the state", "the agency", "the council" and
// "the company" in a reporter's words are the reporter's, as are its
// parts ("the coast guard", "a government delegation was ready to …"),
// what it holds on a condition ("the talks could be suspended if …") and
// who may not be harmed ("nobody would be forced across it": a refusal);
// "allies" and "member states" in an alliance's report, "Member States"
// and "Allies" in a body's own statement, are the body. In an official
// statement "the Embassy", "the Ministry", and an office introduced beside
// its holder ("a Special Envoy, Ambassador …") or named in the issuer's own
// name ("The High Commissioner") are the issuer's; "He" after a sentence in
// which the issuer spoke with a foreign official is that official.
// A state's institutions named without their state (institutions.go):
// in a news article about one state, "the electoral commission" and "the
// Independent Electoral Commission" speak for that state, and "the
// Supreme Court" or "the central bank" is the state's own ("Velm's Supreme
// Court"); "Velm's Constitutional Court" written once names it so for the
// whole text. An issuer named by a demonym and "Government" ("Royal
// Thai Government") is the state the text names by that demonym.
// A statement's issuer is its organisation, canonicalised (issuers.go): a
// known name inside it stands for it only when the organisation is that
// body's own office or department ("Presidency of the Council of the EU",
// "Permanent Mission of Velm to the United Nations"), never when it only
// qualifies another body ("Food and Agriculture Organization of the United
// Nations", "Organization of American States"); a body's secretariat or
// commission is the body. A joint issuer ("Ministries of Foreign Affairs of
// Velm and Arden", joint.go) commits each of its members.
// An official statement is its issuer's own report (ownvoice.go): what it
// says its own units, staff, services, programmes and nationals will do
// ("Our coast guards will keep …", "Three officers of the Velmian police
// will travel …", "Velm's Bureau of Overseas Employment will pay …", "The
// Consulate General will remain closed until …") and what it says will be
// done in a passive with no other agent ("Nationals who cannot reach the
// port will be evacuated", "its licence will be revoked" on a condition)
// it undertakes; a unit commits only when the phrase marks it as the
// issuer's, and forecasts, outcomes, means, schedules and another's deeds
// ("the river will rise", "the meeting will be held", "will be funded
// from …", "will be taken by the council") stay no commitment.
// Whole classes of verbs commit without a modal (classes.go): refusing
// ("declined to act", "turned the offer down", "rebuffed the proposal",
// "had no intention of" in a report), weighing an act not yet decided
// ("does not rule out", "is considering", "would consider any proposal":
// a hedge) and advising or warning against an act ("advises all
// countries against restricting trade": a negative demand); money
// released or allocated now is pledged as money announced is; "for as
// long as the emergency lasts" is a span, not a condition.
// Undertakings may be given by noun ("gave assurances that …", "received
// assurances from Arden that …") or reported in the passive ("has been
// informed by Arden's ministry that …"); a passive's agent after "by"
// commits ("was criticised by Velm", "No ransom will be paid by the
// Government"). A reporter may close the sentence ("…, he added."), stand
// after a quotation past an apposition or a relative aside, or in the
// sentence after the one its quotation opens in (Discourse.Next).
//
// # What is not a commitment
//
// Past events and assessments carry no cue. A future about others ("our
// allies will soon follow"), a state ("will be a leader"), a passive, a
// counterfactual ("would not have vetoed"), a forecast in a frame of belief
// ("we anticipate that", "I know we'll"), an outcome of a means ("by
// investing …, we will"), a state of mind ("we must remember", "will never
// forget"), talk about the talk ("I will turn it over to", "we will call on
// you"), an inability ("I couldn't afford", "a debt we can never repay"),
// an indirect question ("how I'm going to pay") and a past time clause ("when
// we decided to") are all skipped.
package commitment
