package org.triangulate.attribute;

import java.util.Locale;
import java.util.Set;
import org.triangulate.model.Stance;
import org.triangulate.model.Token;

/**
 * The cue lexicon: the words by which news attributes a statement to someone. Verbs are matched by lemma, nouns by
 * lemma, with the stance each implies. General English reporting vocabulary; see the package documentation.
 */
final class Cues {
    /** Verbs of saying, reporting, believing and showing, by lemma. */
    static final Set<String> VERBS = Set.of(
            "say", "tell", "add", "state", "report", "claim", "announce", "confirm", "acknowledge", "admit",
            "insist", "argue", "warn", "note", "explain", "write", "suggest", "believe", "think", "estimate",
            "predict", "allege", "accuse", "assert", "declare", "contend", "maintain", "stress", "emphasize",
            "emphasise", "indicate", "reveal", "disclose", "describe", "praise", "condemn", "criticize", "criticise",
            "urge", "testify", "recall", "concede", "mention", "learn", "show", "find", "promise", "vow", "pledge",
            "threaten", "complain", "quote", "cite", "tweet", "post", "agree", "hope", "fear", "expect", "signal",
            "hint", "boast", "observe", "comment", "remark", "forecast", "speculate", "conclude", "assure",
            "reiterate", "repeat", "affirm", "reaffirm", "underline", "underscore", "highlight", "point", "recount",
            "recognize", "recognise", "thank", "welcome", "applaud", "hail", "blame", "charge", "caution", "project",
            "calculate", "reckon", "guess", "brief",
            "inform", "notify", "answer", "reply", "respond", "retort", "counter", "deny", "reject", "dismiss",
            "refute", "dispute", "contest", "contradict", "rebut", "disavow", "question", "doubt", "challenge",
            "ask", "wonder", "demand", "propose", "recommend", "advise", "posit", "surmise", "imply", "infer",
            "determine", "establish", "demonstrate", "prove", "verify", "document", "record", "publish", "broadcast",
            "air", "release", "detail", "voice", "credit", "deem", "consider", "call", "term", "label", "express");
    /** Verbs that attribute even in the passive with nobody named: "it was reported that", "is believed to". */
    static final Set<String> PASSIVE_VERBS = Set.of("say", "report", "believe", "think", "expect", "estimate",
            "allege", "claim", "rumor", "rumour", "fear", "consider", "announce", "confirm");
    /** Verbs whose speaker denies the content. */
    static final Set<String> DENIAL_VERBS = Set.of(
            "deny", "reject", "dismiss", "refute", "dispute", "contest", "contradict", "rebut", "disavow", "counter",
            "retort");
    /** Verbs that report a statement as uncertain. */
    static final Set<String> HEDGE_VERBS = Set.of(
            "suggest", "believe", "think", "estimate", "speculate", "allege", "guess", "reckon", "surmise", "hint",
            "expect", "fear", "hope", "predict", "forecast", "project", "doubt", "wonder", "question", "imply");
    /** Nouns that name a statement: "in a statement", "the agency's report", "amid claims that". */
    static final Set<String> NOUNS = Set.of(
            "statement", "report", "claim", "announcement", "remark", "comment", "interview", "speech", "address",
            "letter", "post", "tweet", "assessment", "estimate", "allegation", "assertion", "testimony", "briefing",
            "release", "communique", "declaration", "message", "account", "view", "opinion", "belief", "warning",
            "denial", "admission", "confirmation", "acknowledgment", "acknowledgement", "confession", "insistence",
            "argument", "prediction", "forecast", "conclusion", "finding", "words", "analysis", "study", "survey",
            "poll", "notice", "bulletin", "dispatch");
    /** Adverbs and modals that hedge a statement. */
    static final Set<String> HEDGES = Set.of(
            "reportedly", "allegedly", "apparently", "supposedly", "purportedly", "possibly", "perhaps", "probably",
            "likely", "unconfirmed", "unverified", "presumably", "seemingly", "ostensibly", "could", "might", "may");

    private Cues() {}

    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    static boolean isCueVerb(Token t) {
        return (t.pos().startsWith("VB")) && VERBS.contains(lemma(t));
    }

    static boolean isCueNoun(Token t) {
        return t.pos().startsWith("NN") && NOUNS.contains(lemma(t));
    }

    static Stance stanceOfVerb(Token t) {
        String lemma = lemma(t);
        if (DENIAL_VERBS.contains(lemma)) return Stance.DENIES;
        if (HEDGE_VERBS.contains(lemma)) return Stance.HEDGES;
        return Stance.ASSERTS;
    }
}
