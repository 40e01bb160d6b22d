package org.triangulate.attribute;

import java.util.ArrayList;
import java.util.List;

import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Token;

/**
 * Where a cue's source is: its subject, the agent of a passive, the subject a participle speaks for, an inverted
 * subject the parser took for an object, or, when the parse went astray, the nouns right before the cue.
 */
final class SourceFinding {
    private final AnnotatedDocument doc;

    SourceFinding(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /** The source of a cue verb as a token range, or null when it has none. */
    int[] source(SentenceTree tree, int v) {
        int agent = tree.child(v, "obl:agent");
        int subject = tree.child(v, "nsubj");
        // "The Lab, which estimates turnout ..., put the crowd at 34,000", parsed with the verb "estimates" for the
        // subject of "put": a word tagged as a finite verb names no speaker (a gerund may: "Polling shows"); the
        // rules below find one.
        if (subject >= 0 && agent < 0 && !tree.token(subject).pos().matches("VB[DZP]")) {
            return relativeBefore(tree, sourceRange(tree, subject));
        }
        int object = tree.child(v, "obj");
        if (object > v && agent < 0 && CueReading.leftClause(tree, v) >= 0) {
            // "“...,” said Jane Doe": the parser reads the inverted subject as an object.
            return sourceRange(tree, object);
        }
        if (agent >= 0) {
            int[] range = tree.subtree(agent);
            if (tree.token(range[0]).word().equalsIgnoreCase("by")) range[0]++;
            return range[0] <= range[1] ? trimmed(tree, range) : null;
        }
        String rel = tree.relation(v);
        int head = tree.head(v);
        if (head < 0) return null;
        if (rel.equals("acl:relcl")) {
            // "X, who on Monday denied ...", parsed with "who" as the object: the relative pronoun is the subject.
            for (int c : tree.children(v)) {
                if (c < v && tree.token(c).pos().matches("WP|WDT")) return new int[] {c, c};
            }
        }
        if (tree.token(v).pos().equals("VBG") && v > tree.first() && tree.token(v - 1).pos().equals(",")) {
            // "X mocked the complaint, saying ...": the participle speaks for the subject of the clause before it,
            // wherever the parser hung it.
            for (int i = v - 1; i >= tree.first(); i--) {
                if (tree.relation(i).equals("nsubj")) return sourceRange(tree, i);
            }
        }
        if (rel.equals("xcomp") || rel.equals("conj") || rel.startsWith("advcl")) {
            // "..., stating that": the subject of the verb it hangs on.
            int subject2 = tree.child(head, "nsubj");
            return subject2 >= 0 ? sourceRange(tree, subject2) : null;
        }
        if (rel.startsWith("acl") && tree.token(v).pos().equals("VBG") && head < v && !isTime(tree.token(head))) {
            // "with authorities hailing ...": the noun the participle modifies.
            int[] range = tree.subtree(head);
            return trimmed(tree, new int[] {range[0], Math.min(range[1], v - 1)});
        }
        return namedJustBefore(tree, v);
    }

    /**
     * Who a relative pronoun at {@code pronoun} stands for: the noun phrase its clause hangs on, up to the comma or
     * pronoun that opens the clause ("General Stanko Vrelich" of "General Stanko Vrelich, the police chief, who
     * denied ..."). Null when it is no relative pronoun, or its clause hangs on no noun.
     */
    static int[] antecedent(SentenceTree tree, int pronoun) {
        if (!tree.token(pronoun).pos().matches("WP|WDT")) return null;
        int v = tree.head(pronoun);
        int h = v < 0 ? -1 : tree.head(v);
        if (h < 0 || h >= pronoun || !tree.relation(v).startsWith("acl")
                || !tree.token(h).pos().matches("NN.*|PRP")) {
            return null;
        }
        int from = tree.subtree(h)[0];
        // "related to General X": the preposition is no part of who speaks.
        while (from < h && tree.relation(from).equals("case")) from++;
        int to = h;
        while (to + 1 < pronoun && !tree.token(to + 1).pos().matches(",|WP|WDT|-LRB-|:")) to++;
        return trimmed(tree, new int[] {from, to});
    }

    /**
     * A source with the noun and relative clause that stand right before it, when the parser took the relative
     * clause's object for the speaker: in "A deckhand who survived the sinking told Saltline ...", "the sinking" is
     * parsed as the subject of "told". Otherwise the range as it is.
     */
    static int[] relativeBefore(SentenceTree tree, int[] range) {
        int k = range[0] - 1;
        if (k < tree.first() || !tree.token(k).pos().startsWith("VB")) return range;
        k--;
        while (k >= tree.first() && (tree.token(k).pos().startsWith("RB") || tree.token(k).pos().equals("MD")
                || tree.relation(k).startsWith("aux"))) {
            k--;
        }
        if (k - 1 < tree.first() || !tree.token(k).pos().equals("WP") || !tree.token(k - 1).pos().startsWith("NN")) {
            return range;
        }
        int from = k - 1;
        while (from - 1 >= tree.first() && tree.token(from - 1).pos().matches("NNP?S?|JJ|DT|PRP\\$|POS|CD")) from--;
        return new int[] {from, range[1]};
    }

    /**
     * The parser sometimes hangs a subject elsewhere ("..., Anna Lindqvist, publicly thanked ..." parsed as an
     * apposition; "amid company claims that" with "claims" tagged a verb): a run of nouns right before the verb,
     * past adverbs and commas, and ending in a noun, is then its source.
     */
    static int[] namedJustBefore(SentenceTree tree, int v) {
        int at = v - 1;
        while (at >= tree.first() && (tree.token(at).pos().startsWith("RB") || tree.token(at).pos().equals(",")
                || tree.token(at).pos().equals("MD") || tree.relation(at).startsWith("aux"))) {
            at--;
        }
        int end = at;
        if (end < tree.first() || !tree.token(end).pos().startsWith("NN")) return null;
        while (at >= tree.first() && (tree.token(at).pos().startsWith("NN") || tree.token(at).pos().equals("JJ"))) {
            at--;
        }
        return new int[] {at + 1, end};
    }

    /**
     * The words of a source: the subtree of its head, appositions and relative clauses included, but not a
     * participle that follows it ("Caddell, speaking of ..."), nor a clause of the cue it holds.
     */
    static int[] sourceRange(SentenceTree tree, int head) {
        int[] range = tree.subtree(head);
        for (int c : tree.children(head)) {
            if (c > head && tree.relation(c).equals("acl") && tree.token(c).pos().equals("VBG")) {
                range[1] = Math.min(range[1], c - 1);
            }
        }
        return trimmed(tree, range);
    }

    /** A source range without commas and dashes at its edges, nor a dateline before it ("LENBY, May 2 (Wire) -"). */
    static int[] trimmed(SentenceTree tree, int[] range) {
        int from = range[0];
        int to = range[1];
        List<Token> words = new ArrayList<>();
        for (int i = from; i <= to; i++) words.add(tree.token(i));
        from += ShallowReading.afterDateline(words, 0);
        while (to > from && CueReading.isPunct(tree.token(to))) to--;
        while (from < to && CueReading.isPunct(tree.token(from))) from++;
        return new int[] {from, to};
    }

    /** Whether the token is part of a time expression ("on Monday, saying that ..." is not Monday speaking). */
    private boolean isTime(Token t) {
        return doc.times().stream().anyMatch(x -> x.span().contains(t.span()));
    }
}
