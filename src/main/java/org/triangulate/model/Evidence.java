package org.triangulate.model;

import java.util.Objects;

/**
 * A passage of one document that supports a statement of the dossier.
 *
 * @param doc the document id
 * @param span the passage, usually a sentence
 * @param text the passage as written; {@code span} picks it out of the original text exactly
 */
public record Evidence(String doc, Span span, String text) {
    public Evidence {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text must be the span's text: " + span + " vs " + text.length() + " chars");
        }
    }
}
