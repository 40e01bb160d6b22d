package org.triangulate.reconcile;

import java.util.Objects;

/**
 * A statement and a text that may take a stance toward it: an FNC-1 headline and article body, or a proposition
 * and a report.
 */
public record StancePair(String headline, String body) {
    public StancePair {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(body, "body");
    }
}
