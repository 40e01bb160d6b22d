package org.triangulate.model;

import java.util.Objects;

/**
 * A named entity as written in one document.
 *
 * @param span where it is in the original text
 * @param text the words as written
 * @param type its kind
 * @param sentence index of the sentence it is in
 */
public record Mention(Span span, String text, EntityType type, int sentence) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
