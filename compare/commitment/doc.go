// Package commitment finds who pledges, refuses, demands, threatens on a condition or hedges in a sentence.
//
// Extract reads one sentence at a time, with the Speaker who says it, and
// returns explainable Commitment records: who commits (Actor), to what
// (Action), toward whom (Target), under which condition, when, and the cue
// words that triggered the record. It is a small rule-based reader, not a
// parser: words are tokenized with byte offsets, quotes and reporting frames
// ("X said that …", "according to X") are marked, and a hand-written table of
// modal and speech-act cues is matched, each cue needing a subject that names
// who commits. Precision comes first: a cue whose subject is not the speaker
// (or, for explicit speech acts, a named actor) yields nothing, because a
// wrong commitment misleads an analyst more than a missed one.
//
// # Modal scale
//
// Strength is the value of modality on Halliday's scale (high > median > low):
//
//	high    must, need to, have to, cannot (accept), never, are committed to,
//	        commit to, refuse to, will not hesitate to (double negation),
//	        demand; intensified speech acts ("strongly condemn",
//	        "full solidarity", "unwavering commitment", "ironclad")
//	median  will, shall, would (only in a conditional or reported frame),
//	        should, be going to, intend to, plan to, are determined to,
//	        stand ready to, are prepared to, pledge, agree to; will not (refusal);
//	        have no interest in / no intention of; call on, urge, press;
//	        plain speech acts (condemn, support, reaffirm)
//	low     may, might, could, seek to, hope to, aim to, likely; encourage;
//	        "are not seeking" (refusal)
//
// Negation flips polarity and can raise the value: "will not" is a median
// Refusal, "will never" and "cannot accept" high Refusals. Negating a verb of
// holding back ("will not hesitate", "shall not waver", "will not rest") is a
// double negation: a positive, high Pledge. "We are not seeking a significant
// escalation" is a low Refusal: seeking is a low-value verb of aim, and denying
// an aim (of a "significant" escalation only) leaves room for a limited one.
//
// # Kinds
//
// The lexical verb decides the kind when it is a speech act: condemn/denounce/
// deplore/criticize → Condemnation; support/back/endorse/stand with/express
// solidarity → Support; reaffirm/reiterate/remain committed/renew or
// underscore a commitment → Reaffirmation; call on/urge/demand/press/push for/
// encourage → Demand. Otherwise the modal decides: a firm modal is a Pledge,
// a negated one a Refusal, a weak one a Hedge; and a Pledge, Refusal or Hedge
// with an if/unless/in response to/as soon as clause is a Conditional.
// "must"/"should" with another actor (or "all parties", "the House") as
// subject is a Demand by the speaker addressed to that actor, as is "these
// attacks must end".
//
// # Who commits
//
// First person ("we", "I", "our government", "my team") is the speaker's
// institution, Gazetteer.ActorOf; inside a quote it is the quote's speaker
// (found from "…,” Israel informed the US" or "X said: “…”"). A named subject
// ("Tehran would respond …") is resolved with the Gazetteer and must be the
// effective speaker (the reporter of the frame it sits in, or the document's
// speaker): otherwise "will"/"would" is a prediction about others and yields
// nothing. Explicit speech acts ("Israel has pledged to", "the G7 issued a
// statement denouncing") may be reported for any named actor.
package commitment
