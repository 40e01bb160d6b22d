package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * A statement of fact and where it stands: its evidence across the reports, each piece an attribution with the
 * passage that makes it.
 *
 * @param id stable within a dossier ({@code c1}, {@code c2}, ...)
 * @param summary the statement in a line
 * @param status where it stands
 * @param evidence the attributions that make it, in document order
 */
public record Claim(String id, String summary, ClaimStatus status, List<Attribution> evidence) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) throw new IllegalArgumentException("evidence must not be empty");
    }
}
