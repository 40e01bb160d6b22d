package org.triangulate.model;

import java.util.Objects;

/**
 * Something wrong with the input, kept as data: which source, how bad, and what to do about it. Bad input never stops
 * a batch; it becomes a diagnostic in the report and on standard error.
 *
 * @param source the file, URL or manifest line the problem is in, as the user gave it
 * @param severity {@link Severity#ERROR} when the source was skipped, {@link Severity#WARNING} when it was read anyway
 * @param message what was wrong and, where it helps, what to do
 */
public record Diagnostic(String source, Severity severity, String message) {
    public enum Severity { WARNING, ERROR }

    public Diagnostic {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String source, String message) {
        return new Diagnostic(source, Severity.ERROR, message);
    }

    public static Diagnostic warning(String source, String message) {
        return new Diagnostic(source, Severity.WARNING, message);
    }

    @Override
    public String toString() {
        return source + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
