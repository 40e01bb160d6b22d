package org.triangulate.model;

import java.util.Objects;

/**
 * A grammatical relation between two words of a sentence (Universal Dependencies).
 *
 * @param head index of the governing token in {@link AnnotatedDocument#tokens()}, or -1 for the sentence's root
 * @param dependent index of the dependent token in {@link AnnotatedDocument#tokens()}
 * @param relation the UD relation: {@code nsubj}, {@code ccomp}, {@code obl:agent}, ...
 */
public record Dependency(int head, int dependent, String relation) {
    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (head < -1) throw new IllegalArgumentException("head must be >= -1, was " + head);
        if (dependent < 0) throw new IllegalArgumentException("dependent must be >= 0, was " + dependent);
    }
}
