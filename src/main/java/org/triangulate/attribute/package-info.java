/**
 * Attribute: who says what. Every statement of a report becomes an {@link org.triangulate.model.Attribution}: its
 * claimant (who asserts it), cue, content span and stance, or the outlet's own voice when nobody is named.
 *
 * <p>In: {@link org.triangulate.model.AnnotatedDocument}s (sentences that may report speech carry a dependency parse,
 * see {@link org.triangulate.attribute.Attributor#mayReportSpeech}) and the batch's
 * {@link org.triangulate.model.Entity}s. Out: attributions in text order, and single-source
 * {@link org.triangulate.model.Claim}s made of them ({@link org.triangulate.attribute.Claims}) until reconciliation.
 *
 * <h2>The cue lexicon ({@code Cues})</h2>
 * General English reporting vocabulary, matched by lemma and part of speech:
 * <ul>
 *   <li>verbs of saying, reporting, believing and showing: say, tell, add, state, report, claim, confirm,
 *       acknowledge, admit, insist, warn, note, estimate, allege, describe, praise, condemn, urge, ...;</li>
 *   <li>denials, whose stance is {@code denies}: deny, reject, dismiss, refute, dispute, contest, contradict, rebut,
 *       disavow, counter, retort;</li>
 *   <li>hedging verbs, whose stance is {@code hedges}: suggest, believe, estimate, speculate, allege, expect, fear,
 *       predict, ...; and hedging adverbs in the content: reportedly, allegedly, apparently, purportedly, ...;</li>
 *   <li>nouns that name a statement: statement, report, claim, announcement, interview, testimony, assessment,
 *       allegation, warning, denial, admission, confirmation, ...;</li>
 *   <li>"according to".</li>
 * </ul>
 * Verbs that news annotators seldom read as attribution (think, release, prove, learn, consider: under a third of
 * their uses in PolNeAR's training part) are left out, since each costs a parse for little gain.
 *
 * <h2>The patterns</h2>
 * <ul>
 *   <li>Plain forms, from part-of-speech tags alone ({@code ShallowReading}): "SOURCE [aux] CUE [that] CONTENT",
 *       "CONTENT, SOURCE CUE [when, where, how]", "CONTENT, CUE SOURCE[, apposition]", "CONTENT, SOURCE CUE,
 *       CONTENT", with an opening phrase or an apposition around the source allowed.</li>
 *   <li>Other sentences with a cue are parsed (Universal Dependencies) and read by {@code CueReading}: the cue
 *       verb's subject is the source (or the agent of a passive, or the subject of the verb a participle hangs on,
 *       "..., stating that"), its clausal complement the content (or its object and what follows, or the clause the
 *       cue hangs on when it comes after it); "amid X claims that ..." and "In a statement, X ..." are read through
 *       the noun.</li>
 *   <li>"According to X, ..." and "..., according to X." need no parse.</li>
 *   <li>Quotations in every style (“ ” " " « » ‘ ’ and '' ``): a content that reaches into a quotation takes all of
 *       it, across sentences; a cue with no clause of its own takes the quotations right before and after it
 *       ("“...?” she said.").</li>
 *   <li>Carried attribution: a pronoun source ("He also warned ...") is the latest claimant that fits it.</li>
 *   <li>Quotes that lost their quotation marks: a first-person paragraph right after an attribution is that
 *       speaker's, flagged {@code inferred} ({@link org.triangulate.model.Attribution.Form#CONTINUED}).</li>
 *   <li>A claimant introduced by a contrast ("X, however, has indicated that ...") sets itself against what came
 *       before: its stance is {@code denies}.</li>
 *   <li>What no cue covers, if it is a statement (a verb, not a question, not the headline), is the outlet's own.</li>
 * </ul>
 *
 * <h2>Claimants ({@code ClaimantResolver})</h2>
 * A person named in the source wins; a source headed by a common noun is a named group with an id of its own
 * ("Western officials", {@code g:western-officials}); "the agency" is the latest entity whose name holds the noun; a
 * pronoun is carried from the latest fitting claimant. Measured on the seed corpus's answer key: claimant_accuracy
 * 0.97, where CoreNLP's coreference would add a second model and seconds of loading.
 *
 * <p>Nothing here names a person, place or phrase of any particular story.
 */
package org.triangulate.attribute;
