package org.triangulate.model;

import java.util.Objects;

/**
 * A time expression as written, with its TIMEX3 normalization.
 *
 * @param span where it is in the original text
 * @param text the words as written ("on Saturday", "last year")
 * @param type TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value TIMEX3 value against the document's publication date ({@code 2025-04-26}, {@code 2024}); where there
 *     was no date to anchor on, a partial value such as {@code XXXX-WXX-6}; empty when none
 * @param sentence index of the sentence it is in
 */
public record TimeExpression(Span span, String text, String type, String value, int sentence) {
    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        value = Objects.requireNonNullElse(value, "");
    }
}
