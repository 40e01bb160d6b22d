package org.triangulate.bench;

import java.util.Locale;

/** The parts of an attribution a benchmark scores, with their BRAT type names. */
public enum SpanType {
    /** Who is said to say it: "Western officials", "he". */
    SOURCE("Source"),
    /** The words that attribute: "said", "according to". */
    CUE("Cue"),
    /** What is said. */
    CONTENT("Content");

    private final String bratName;

    SpanType(String bratName) {
        this.bratName = bratName;
    }

    /** The type as BRAT files write it: {@code Source}, {@code Cue}, {@code Content}. */
    public String bratName() {
        return bratName;
    }

    /** The name to show in tables and name=value lines: {@code source}, {@code cue}, {@code content}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
