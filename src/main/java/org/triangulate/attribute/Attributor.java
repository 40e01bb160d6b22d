package org.triangulate.attribute;

import java.util.List;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Entity;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Finds who says what in a document: every statement becomes an {@link Attribution}, with its claimant, cue,
 * content and stance, or the outlet's own voice when nobody is named.
 *
 * <p>Threading: stateless, thread-safe. Cost: linear in the document's tokens, plus the dependency parse of the
 * sentences {@link #mayReportSpeech} accepts (done while annotating).
 */
public final class Attributor {

    /**
     * Whether a sentence needs a dependency parse to read its attributions: it holds a cue verb, or a cue noun
     * with a "that" clause or after "in" ("in a statement"), and is not one of the plain forms
     * {@link ShallowReading} reads from its tags alone. "According to" and quotations need no parse.
     */
    public static boolean mayReportSpeech(List<Token> sentence) {
        boolean cue = false;
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            // "X says ...; Y calls the claim false": a plain form may hold a second statement.
            if (Cues.callingFalse(sentence, i) >= 0) return true;
            // "The ministry counts 4,000, while the union puts the figure at 11,000": a credit a plain form misses.
            if (Cues.putsAt(sentence, i)) return true;
            // "Inspectors counted about 1,200 dead fish": a figure measured, unless a plain form reports it.
            cue |= Cues.isCueVerb(t) || Cues.measures(sentence, i)
                    || Cues.isCueNoun(t) && (followedByThat(sentence, i) || afterIn(sentence, i));
        }
        return cue && ShallowReading.match(sentence).isEmpty();
    }

    private static boolean followedByThat(List<Token> s, int i) {
        return i + 1 < s.size() && s.get(i + 1).word().equalsIgnoreCase("that");
    }

    private static boolean afterIn(List<Token> s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) if (s.get(k).word().equalsIgnoreCase("in")) return true;
        return false;
    }

    /**
     * Whether an attribution's content only points back at something said before it ("The union denied that.",
     * "She said that was untrue.", "He rejected the claims."): it says nothing of its own, and is about the
     * statement it points at.
     */
    public static boolean pointsBack(AnnotatedDocument doc, Attribution a) {
        if (a.content().size() != 1) return false;
        List<Token> content = doc.tokensIn(a.content().get(0));
        int last = content.size() - 1;
        while (last >= 0 && !Character.isLetterOrDigit(content.get(last).word().charAt(0))) last--;
        // "denies it flatly": an adverb after the words pointing back.
        while (last > 0 && content.get(last).pos().startsWith("RB")) last--;
        if (Cues.callsFalse(content)) return true;
        // "that account within hours": the phrase pointing back, then only an adverbial.
        // A lone "that" with more after it is the conjunction ("said that in March ..."), and "of" names what the
        // noun is ("the result of the vote in Greywater").
        if (Cues.isAnaphoric(content, 0, last)) return true;
        for (int k = 1; k <= Math.min(3, last - 1); k++) {
            // "the allegation that any box was opened" names what it is about.
            if (Cues.isAnaphoric(content, 0, k) && content.get(k + 1).pos().matches("IN|RB|TO|,")
                    && !content.get(k + 1).word().matches("(?i)of|that|whether")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a statement's subject is what was said before it: "That squares with what the agency said", "This is
     * the Front's central allegation". Its words alone do not say what it agrees or disagrees with.
     */
    public static boolean opensWithAnaphor(AnnotatedDocument doc, Attribution a) {
        for (Token t : doc.tokensIn(a.content().get(0))) {
            if (!Character.isLetterOrDigit(t.word().charAt(0))) continue;
            return t.pos().matches("DT|PRP") && Cues.isAnaphoric(List.of(t), 0, 0);
        }
        return false;
    }

    /**
     * What a statement is about, as spans of the original text: the clause its content names ("rejected the
     * allegation that any box had been tampered with", "the suggestion that seals were cut is simply false" are
     * about the box and the seals), else its content.
     */
    public static List<Span> about(AnnotatedDocument doc, Attribution a) {
        if (a.content().size() != 1) return a.content();
        List<Token> content = doc.tokensIn(a.content().get(0));
        int[] clause = Cues.namedClause(content);
        if (clause == null) return a.content();
        return List.of(new Span(content.get(clause[0]).span().start(), content.get(clause[1] - 1).span().end()));
    }

    /** The attributions of one document, in text order. {@code entities} are those of the whole batch. */
    public List<Attribution> attribute(AnnotatedDocument doc, List<Entity> entities) {
        return new DocumentAttribution(doc, entities).run();
    }
}
