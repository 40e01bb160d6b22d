package org.triangulate.attribute;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.triangulate.model.Stance;
import org.triangulate.model.Token;

/**
 * The cue lexicon: the words by which news attributes a statement to someone. Verbs are matched by lemma, nouns by
 * lemma, with the stance each implies. General English reporting vocabulary; see the package documentation.
 */
final class Cues {
    /**
     * Verbs of saying, reporting, believing and showing, by lemma. Verbs that PolNeAR's annotators seldom read as
     * attribution (think, release, prove, learn, consider, ...: under a third of their uses on the train part)
     * are left out: each costs a parse for little gain.
     */
    static final Set<String> VERBS = Set.of(
            "say", "tell", "add", "state", "report", "claim", "announce", "confirm", "acknowledge", "admit",
            "insist", "argue", "warn", "note", "explain", "write", "suggest", "believe", "estimate", "predict",
            "allege", "accuse", "assert", "declare", "contend", "maintain", "stress", "emphasize", "emphasise",
            "indicate", "reveal", "disclose", "describe", "praise", "condemn", "criticize", "criticise", "urge",
            "testify", "recall", "concede", "mention", "show", "find", "promise", "vow", "pledge", "threaten",
            "complain", "quote", "cite", "tweet", "agree", "hope", "fear", "expect", "signal", "hint", "boast",
            "observe", "comment", "remark", "forecast", "speculate", "conclude", "assure", "reiterate", "repeat",
            "affirm", "reaffirm", "underline", "underscore", "highlight", "point", "recount", "recognize", "thank",
            "welcome", "applaud", "hail", "blame", "charge", "caution", "reckon", "reply", "respond", "retort",
            "counter", "deny", "reject", "dismiss", "refute", "dispute", "contest", "contradict", "rebut", "disavow",
            "question", "doubt", "challenge", "ask", "demand", "propose", "recommend", "advise", "imply", "detail",
            "voice", "credit", "deem", "call", "term", "label", "express", "refuse");
    /** Verbs that attribute even in the passive with nobody named: "it was reported that", "is believed to". */
    static final Set<String> PASSIVE_VERBS = Set.of(
            "say", "report", "believe", "expect", "estimate", "allege", "claim", "rumor", "rumour", "fear",
            "announce", "confirm");
    /**
     * Verbs that report only a clause or a quote: with a plain object they do something else ("recalled a batch" is
     * a product recall, "tests found a solvent" a finding the outlet reports).
     */
    static final Set<String> CLAUSE_ONLY = Set.of("recall", "find");
    /**
     * Verbs that deny by refusing to take something as true: "refused to accept the result", "declines to recognise
     * the outcome". Refusing anything else ("refused to comment") says nothing.
     */
    static final Set<String> REFUSALS = Set.of("refuse", "decline");
    /** What a refusal must refuse to be a denial. */
    static final Set<String> ACCEPTING = Set.of("accept", "recognise", "recognize", "acknowledge", "concede",
            "believe");
    /** Verbs that grant a point: "acknowledged, however, that ..." concedes rather than denies. */
    static final Set<String> CONCEDING = Set.of("acknowledge", "admit", "concede", "confirm", "agree", "accept",
            "grant", "allow");
    /** Verbs whose speaker denies the content. */
    static final Set<String> DENIAL_VERBS = Set.of(
            "deny", "reject", "dismiss", "refute", "dispute", "contest", "contradict", "rebut", "disavow", "counter",
            "retort");
    /** Verbs that report a statement as uncertain. */
    static final Set<String> HEDGE_VERBS = Set.of(
            "suggest", "believe", "estimate", "speculate", "allege", "reckon", "hint", "expect", "fear", "hope",
            "predict", "forecast", "doubt", "question", "imply");
    /** Nouns that name a statement: "in a statement", "the agency's report", "amid claims that". */
    static final Set<String> NOUNS = Set.of(
            "statement", "report", "claim", "announcement", "interview", "assessment", "estimate", "allegation",
            "assertion", "testimony", "declaration", "warning", "denial", "admission", "confirmation",
            "acknowledgment", "acknowledgement", "confession", "insistence", "prediction", "forecast");
    /** Adverbs and modals that hedge a statement. */
    static final Set<String> HEDGES = Set.of(
            "reportedly", "allegedly", "apparently", "supposedly", "purportedly", "possibly", "perhaps", "probably",
            "likely", "unconfirmed", "unverified", "presumably", "seemingly", "ostensibly", "could", "might", "may");

    /** Words that open a phrase pointing back at what was said before: "denied that", "rejected the claims". */
    private static final Set<String> ANAPHORS = Set.of("that", "this", "it", "these", "those", "such");
    /** Nouns that point back at a statement when determined: "that account", "the claims", "such reports". */
    static final Set<String> STATEMENT_NOUNS = Set.of(
            "account", "claim", "report", "allegation", "statement", "assertion", "suggestion", "version", "figure",
            "story", "charge", "accusation", "announcement", "characterization", "characterisation", "description");
    /**
     * Nouns for what a statement announced, which point back at it when determined: "disputed the result", "rejects
     * the declared outcome", "questioned those numbers".
     */
    private static final Set<String> OUTCOME_NOUNS = Set.of("result", "outcome", "number", "count", "tally",
            "finding", "conclusion", "verdict", "ruling");
    /** Words that call a statement false: "that was untrue", "the claims are baseless". */
    private static final Set<String> FALSE = Set.of(
            "untrue", "false", "wrong", "incorrect", "inaccurate", "baseless", "groundless", "unfounded", "lie", "lies",
            "nonsense", "fabricated", "fabrication", "fiction", "misleading", "absurd", "ridiculous", "propaganda",
            "disinformation", "fake", "provocation", "hoax", "smear", "slander", "libel", "fantasy", "invention",
            "farce", "sham", "falsehood", "distortion");
    /** Verbs that give their object a verdict: "called the claim false", "branded the reports lies". */
    private static final Set<String> CALLING = Set.of("call", "brand", "label", "term");
    /** Words between a called object and its verdict: "called it a lie", "called the claims utter nonsense". */
    private static final Set<String> VERDICT_LEAD = Set.of("a", "an", "complete", "completely", "utter", "utterly",
            "total", "totally", "pure", "simply", "entirely", "absolutely", "wholly", "blatant", "outright");

    private Cues() {}

    /**
     * Whether tokens {@code from..to} (inclusive) only point back at an earlier statement: "that", "it", "that
     * account", "the claims", "such reports", "the declared result". Such a content says nothing of its own;
     * reconciliation reads it as the statement it points at.
     */
    static boolean isAnaphoric(List<Token> s, int from, int to) {
        if (from > to || to - from > 3) return false;
        String first = lemma(s.get(from));
        if (from == to) return ANAPHORS.contains(first) && !first.equals("such");
        if (!ANAPHORS.contains(first) && !first.equals("the")) return false;
        for (int i = from + 1; i <= to; i++) {
            Token t = s.get(i);
            if (t.pos().startsWith("NN")) {
                return (STATEMENT_NOUNS.contains(lemma(t)) || OUTCOME_NOUNS.contains(lemma(t))) && i == to;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().equals("DT") && !t.pos().equals("VBN")) return false;
        }
        return false;
    }

    /**
     * Whether a content calls what was said before false: "that was untrue", "it is not true", "the claims are
     * baseless". Its speaker denies the earlier statement.
     */
    static boolean callsFalse(List<Token> content) {
        int be = -1;
        for (int i = 0; i < content.size() && be < 0; i++) {
            if (lemma(content.get(i)).equals("be")) be = i;
        }
        if (be < 1 || !isAnaphoric(content, 0, be - 1)) return false;
        return verdictFalse(content, be);
    }

    /** "no evidence", "not one piece of proof", "not a shred of evidence", "without any proof". */
    private static final Pattern NO_EVIDENCE = Pattern.compile("\\b(?:no|not one|not a single|not any|without any|"
            + "without|nor any) (?:(?:piece|shred|scrap|bit|item) of )?(?:evidence|proof)\\b");

    /**
     * Whether a content says there is no evidence for a charge: "Montrasse had produced not one piece of proof that he
     * had done anything wrong", "there was no evidence of foul play". Its speaker disputes the charge.
     */
    static boolean deniesEvidence(List<Token> content) {
        StringBuilder words = new StringBuilder();
        for (Token t : content) {
            if (t.pos().matches("``|''")) continue;
            words.append(t.word().toLowerCase(Locale.ROOT)).append(' ');
        }
        return NO_EVIDENCE.matcher(words).find();
    }

    /**
     * Whether a content calls a statement it names false: "The suggestion that seals were cut is simply false",
     * "claims that the plant was shelled are baseless". Its speaker denies the named clause ({@link #namedClause}).
     */
    static boolean callsNamedFalse(List<Token> content) {
        int[] clause = namedClause(content);
        return clause != null && clause[1] < content.size() && verdictFalse(content, clause[1]);
    }

    /**
     * The clause a content names as what was said, as token indices {@code [from, to)}: "the allegation that any box
     * had been tampered with" is about "any box had been tampered with", and "the suggestion that seals were cut is
     * simply false" about "seals were cut" ({@code to} is then the verb of the verdict). Null when the content does
     * not open with a statement noun and its "that" clause.
     */
    static int[] namedClause(List<Token> content) {
        int i = 0;
        while (i < content.size() && !Character.isLetterOrDigit(content.get(i).word().charAt(0))) i++;
        int that = -1;
        for (int k = i + 1; k < Math.min(content.size(), i + 6) && that < 0; k++) {
            if (content.get(k).word().equalsIgnoreCase("that")) that = k;
        }
        if (that < 0 || !STATEMENT_NOUNS.contains(lemma(content.get(that - 1)))
                || !content.get(that - 1).pos().startsWith("NN")) {
            return null;
        }
        // Only determiners, adjectives and a possessor before the noun: "Russia's repeated claims that".
        for (int k = i; k < that - 1; k++) {
            if (!content.get(k).pos().matches("DT|JJ.*|PRP\\$|NNP.*|POS|VBN")) return null;
        }
        int to = content.size();
        while (to > that + 1 && !Character.isLetterOrDigit(content.get(to - 1).word().charAt(0))) to--;
        // A verdict that closes the content ends the clause: the last "is" with only a verdict after it.
        for (int be = to - 2; be > that + 1; be--) {
            if (lemma(content.get(be)).equals("be") && verdict(content, be) != null) {
                to = be;
                break;
            }
        }
        return to - that - 1 >= 2 ? new int[] {that + 1, to} : null;
    }

    /**
     * Whether a verb calls its object false ("calls the claim false", "called it a lie", "branded the reports
     * propaganda"): the index of the verdict word, or -1. The object is the words in between.
     */
    static int callingFalse(List<Token> s, int v) {
        if (!s.get(v).pos().startsWith("VB") || !CALLING.contains(lemma(s.get(v)))) return -1;
        int k = v + 1;
        int noun = -1;
        // "called the Dorvalian account of an incursion baseless": the object may name what it is about.
        while (k < s.size() && k - v <= 10 && (s.get(k).pos().matches("DT|JJ.*|NN.*|PRP.*|POS|CD|RB|``|''")
                || s.get(k).word().matches("(?i)of|about") && noun >= 0) && !FALSE.contains(lemma(s.get(k)))) {
            if (s.get(k).pos().matches("NN.*|PRP")) noun = k;
            k++;
        }
        if (noun < 0) return -1;
        // "called the affair “a provocation”": the verdict may stand in quotes; "called the accusation “the oldest
        // lie in the book”": a determiner and adjectives may lead it.
        for (int i = noun + 1; i < k; i++) {
            if (!VERDICT_LEAD.contains(s.get(i).word().toLowerCase(Locale.ROOT))
                    && !s.get(i).pos().matches("``|''|DT|JJ.*")) {
                return -1;
            }
        }
        return k < s.size() && FALSE.contains(lemma(s.get(k))) ? k : -1;
    }

    /**
     * Whether the verb at {@code v} puts a figure at a number, as news credits an estimate: "the union puts the
     * figure at fewer than 300", "with the commission putting her margin at 1,243 votes", "police put the number of
     * protesters at 2,000".
     */
    static boolean putsAt(List<Token> s, int v) {
        if (!s.get(v).pos().startsWith("VB") || !lemma(s.get(v)).equals("put")) return false;
        for (int k = v + 1; k < s.size() && k - v <= 10; k++) {
            Token t = s.get(k);
            if (t.pos().matches("[,:;.]|VB.*")) return false;
            if (!t.word().equalsIgnoreCase("at")) continue;
            int n = k + 1;
            // "at about", "at fewer than", "at just over", "at some"
            while (n < s.size() && n - k <= 3 && s.get(n).pos().matches("RB.*|JJ.*|IN|DT")) n++;
            return n < s.size() && s.get(n).pos().equals("CD");
        }
        return false;
    }

    /**
     * Verbs by which someone measures, counts or finds a figure: "inspectors counted about 1,200 dead fish", "the
     * agency's tests found ammonia at 30 times the legal limit". The figure is the subject's.
     */
    static final Set<String> MEASURING = Set.of("count", "measure", "record", "tally", "detect", "find",
            "calculate");

    /** Whether the verb at {@code v} credits its subject with a figure: puts it at a number, or measures one. */
    static boolean creditsFigure(List<Token> s, int v) {
        return putsAt(s, v) || measures(s, v);
    }

    /**
     * Whether the verb at {@code v} measures a figure: a verb of {@link #MEASURING} in the active voice with a number
     * in its object, before the clause ends ("recorded 14 deaths", "measured ammonia at about thirty times the
     * permitted level"). "Found that ..." reports a clause, and "were found 3 km away" is a passive.
     */
    static boolean measures(List<Token> s, int v) {
        Token t = s.get(v);
        if (!t.pos().matches("VBD|VBZ|VBP|VBN") || !MEASURING.contains(lemma(t))) return false;
        if (t.pos().equals("VBN")) {
            int k = v - 1;
            while (k >= 0 && s.get(k).pos().startsWith("RB")) k--;
            if (k < 0 || !lemma(s.get(k)).equals("have")) return false;
        }
        for (int k = v + 1; k < s.size() && k - v <= 8; k++) {
            Token w = s.get(k);
            if (w.pos().matches("[,:;.]|VB.*|W.*|MD") || w.word().equalsIgnoreCase("that")) return false;
            if (w.pos().equals("CD") && !w.word().matches("(19|20)\\d\\d")) return true;
        }
        return false;
    }

    /** Whether what follows the verb {@code be} at {@code be} calls its subject false: "is simply false". */
    private static boolean verdictFalse(List<Token> content, int be) {
        return Boolean.TRUE.equals(verdict(content, be));
    }

    /**
     * The verdict after the verb {@code be}: true when it calls its subject false ("is simply false", "was not
     * true"), false when true, null when what follows is no verdict ("it was wrong to strike" judges an act).
     */
    private static Boolean verdict(List<Token> content, int be) {
        boolean not = false;
        for (int i = be + 1; i < content.size(); i++) {
            String w = lemma(content.get(i));
            if (w.equals("not") || w.equals("n't")) {
                not = true;
            } else if (FALSE.contains(w) || w.equals("true") || w.equals("correct") || w.equals("accurate")) {
                // The verdict ends the content: "it was wrong to strike" judges an act, not a statement.
                for (int k = i + 1; k < content.size(); k++) {
                    if (content.get(k).pos().matches("[A-Z].*")) return null;
                }
                return FALSE.contains(w) != not;
            } else if (!content.get(i).pos().matches("RB|DT|JJ")) {
                return null;
            }
        }
        return null;
    }

    static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the two tokens after a verb open its passive agent ("announced by the authority", "by Reuters", "by
     * officials"), so that the verb is a participle rather than a speaker's cue. A means is no agent: "said by email".
     */
    static boolean agentFollows(Token next, Token after) {
        return next.word().equalsIgnoreCase("by") && after.pos().matches("DT|PRP\\$|NNPS?|NNS");
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
