package org.triangulate.model;

import java.util.Objects;

/**
 * A number as written, with its normalized value.
 *
 * @param span where it is in the original text
 * @param text the words as written ("more than 10,000")
 * @param type {@code NUMBER}, {@code ORDINAL}, {@code MONEY} or {@code PERCENT}
 * @param value normalized, with a comparison where the text gives one: {@code >10000}, {@code >=1000}, {@code 11000}
 * @param sentence index of the sentence it is in
 */
public record Quantity(Span span, String text, String type, String value, int sentence) {
    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        value = Objects.requireNonNullElse(value, "");
    }
}
