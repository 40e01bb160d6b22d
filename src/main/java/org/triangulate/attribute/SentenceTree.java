package org.triangulate.attribute;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Dependency;
import org.triangulate.model.Sentence;
import org.triangulate.model.Token;

/** The dependency tree of one parsed sentence, indexed by document token index. */
final class SentenceTree {
    private final AnnotatedDocument doc;
    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    SentenceTree(AnnotatedDocument doc, Sentence sentence) {
        this.doc = doc;
        this.sentence = sentence;
        int n = sentence.endToken() - sentence.firstToken();
        head = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) children.add(new ArrayList<>());
        java.util.Arrays.fill(head, -1);
        java.util.Arrays.fill(relation, "dep");
        for (Dependency d : sentence.dependencies()) {
            int dep = d.dependent() - sentence.firstToken();
            if (dep < 0 || dep >= n) continue;
            head[dep] = d.head();
            relation[dep] = d.relation();
            if (d.head() >= 0) children.get(d.head() - sentence.firstToken()).add(d.dependent());
        }
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return doc.tokens().get(i);
    }

    /** All the document's tokens, which {@link #token} indexes. */
    List<Token> documentTokens() {
        return doc.tokens();
    }

    int first() {
        return sentence.firstToken();
    }

    int end() {
        return sentence.endToken();
    }

    /** The head of token {@code i}, or -1 for the root. */
    int head(int i) {
        return head[i - sentence.firstToken()];
    }

    String relation(int i) {
        return relation[i - sentence.firstToken()];
    }

    List<Integer> children(int i) {
        return children.get(i - sentence.firstToken());
    }

    /** The first child of {@code i} whose relation is {@code rel} or a subtype of it ({@code nsubj} takes {@code nsubj:pass} only if asked). */
    int child(int i, String rel) {
        for (int c : children(i)) {
            if (relation(c).equals(rel)) return c;
        }
        return -1;
    }

    /** The lowest and highest token of the subtree under {@code i}, as {@code [first, last]}. */
    int[] subtree(int i) {
        int[] range = {i, i};
        extend(i, range, 0);
        return range;
    }

    private void extend(int i, int[] range, int depth) {
        if (depth > 200) return; // a malformed parse must not recurse forever
        for (int c : children(i)) {
            range[0] = Math.min(range[0], c);
            range[1] = Math.max(range[1], c);
            extend(c, range, depth + 1);
        }
    }

    /** Whether {@code i} lies under {@code ancestor}. */
    boolean dominates(int ancestor, int i) {
        for (int at = i, steps = 0; at >= 0 && steps < 200; at = head(at), steps++) {
            if (at == ancestor) return true;
        }
        return false;
    }
}
