package org.triangulate.model;

import java.util.Objects;

/**
 * A date a report gives, with the sentence that gives it.
 *
 * @param date ISO 8601 at its precision ({@code 2025-04-26}, {@code 2025-W17}, {@code 2025-04}, {@code 2024}); null
 *     when unresolved
 * @param precision day, week, month or year; null when unresolved
 * @param expression the time expression as written, and where
 * @param sentence the sentence that gives the date
 * @param value the normalized value behind the date (TIMEX3), kept for unresolved entries ({@code XXXX-WXX-6})
 * @param reason for an unresolved entry, why it has no date
 */
public record TimelineEntry(String date, DatePrecision precision, Evidence expression, Evidence sentence,
                            String value, String reason) {
    public TimelineEntry {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(sentence, "sentence");
        if ((date == null) != (precision == null)) {
            throw new IllegalArgumentException("date and precision go together: " + date + ", " + precision);
        }
        value = Objects.requireNonNullElse(value, "");
    }

    public boolean resolved() {
        return date != null;
    }

    public String doc() {
        return sentence.doc();
    }
}
