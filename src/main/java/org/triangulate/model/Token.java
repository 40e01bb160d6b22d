package org.triangulate.model;

import java.util.Objects;

/**
 * A word of an annotated document.
 *
 * @param span where it is in the original text
 * @param word the word as written
 * @param pos its Penn Treebank part-of-speech tag
 * @param lemma its dictionary form
 * @param ner its named-entity tag, {@code O} when none
 */
public record Token(Span span, String word, String pos, String lemma, String ner) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        pos = Objects.requireNonNullElse(pos, "");
        lemma = Objects.requireNonNullElse(lemma, word);
        ner = Objects.requireNonNullElse(ner, "O");
    }
}
