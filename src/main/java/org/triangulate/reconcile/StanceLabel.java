package org.triangulate.reconcile;

import java.util.Locale;
import java.util.Optional;
import org.triangulate.model.Stance;

/**
 * How a text stands toward a statement, as the Fake News Challenge (FNC-1) labels an article body against a
 * headline: it agrees, disagrees, discusses it without taking a side, or is about something else.
 */
public enum StanceLabel {
    AGREE, DISAGREE, DISCUSS, UNRELATED;

    /** The label as FNC-1 files write it: {@code agree}, {@code disagree}, {@code discuss}, {@code unrelated}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the text is about the statement at all. */
    public boolean related() {
        return this != UNRELATED;
    }

    /** The claim stance this label amounts to: asserts, denies, hedges; none for an unrelated text. */
    public Optional<Stance> stance() {
        return switch (this) {
            case AGREE -> Optional.of(Stance.ASSERTS);
            case DISAGREE -> Optional.of(Stance.DENIES);
            case DISCUSS -> Optional.of(Stance.HEDGES);
            case UNRELATED -> Optional.empty();
        };
    }

    /**
     * The label written as FNC-1 writes it, case and surrounding space ignored.
     *
     * @throws IllegalArgumentException if it is none of the four, naming it
     */
    public static StanceLabel parse(String label) {
        String l = label.strip().toUpperCase(Locale.ROOT);
        for (StanceLabel s : values()) if (s.name().equals(l)) return s;
        throw new IllegalArgumentException("not a stance label: '" + label + "' (agree, disagree, discuss, unrelated)");
    }
}
