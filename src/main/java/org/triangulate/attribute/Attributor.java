package org.triangulate.attribute;

import java.util.List;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Entity;
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
     * Whether a sentence may attribute speech, and so deserves a dependency parse: it holds a cue verb or noun,
     * "according to", or a quotation mark.
     */
    public static boolean mayReportSpeech(List<Token> sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            if (Cues.isCueVerb(t) || Cues.isCueNoun(t) || Quotes.isQuoteMark(t.word())) return true;
            if (t.word().equalsIgnoreCase("according") && i + 1 < sentence.size()
                    && sentence.get(i + 1).word().equalsIgnoreCase("to")) return true;
        }
        return false;
    }

    /** The attributions of one document, in text order. {@code entities} are those of the whole batch. */
    public List<Attribution> attribute(AnnotatedDocument doc, List<Entity> entities) {
        return new DocumentAttribution(doc, entities).run();
    }
}
