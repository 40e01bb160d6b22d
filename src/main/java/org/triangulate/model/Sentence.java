package org.triangulate.model;

import java.util.Objects;

/**
 * A sentence of an annotated document: its span and the range of its tokens in the document's token list.
 *
 * @param index its position in the document, from 0
 * @param span where it is in the original text
 * @param firstToken index of its first token in {@link AnnotatedDocument#tokens()}
 * @param endToken index after its last token
 * @param dependencies its dependency parse; empty when it was not parsed (only sentences that may report speech are)
 */
public record Sentence(int index, Span span, int firstToken, int endToken, java.util.List<Dependency> dependencies) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        dependencies = java.util.List.copyOf(dependencies);
        if (index < 0) throw new IllegalArgumentException("index must be >= 0, was " + index);
        if (firstToken < 0 || endToken < firstToken) {
            throw new IllegalArgumentException("token range must be 0 <= first <= end, was " + firstToken + ".." + endToken);
        }
    }

    public boolean parsed() {
        return !dependencies.isEmpty();
    }
}
