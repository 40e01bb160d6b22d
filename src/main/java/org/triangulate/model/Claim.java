package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * A proposition and where it stands: one assertion as the reports make it in their own words, its evidence across
 * the reports (each piece an attribution with the passage that makes it), who asserts and who denies it, the values
 * it gives, and a status with its confidence and the reasons behind it.
 *
 * @param id stable within a dossier ({@code c1}, {@code c2}, ...)
 * @param summary the assertion in a line, from its earliest assertion
 * @param status where it stands
 * @param confidence how sure the status is, 0..1
 * @param reasons why it has that status, one short sentence each ("asserted by 3 independent claimants: ...")
 * @param evidence the attributions that make or deny it, in document order
 * @param parties each claimant once, with its side and the outlets that carried it
 * @param values the numbers, dates and durations the evidence gives for it, normalized to intervals
 */
public record Claim(String id, String summary, ClaimStatus status, double confidence, List<String> reasons,
        List<Attribution> evidence, List<Party> parties, List<Value> values) {

    /**
     * One claimant of a proposition.
     *
     * @param claimant who
     * @param affiliation the entity it speaks for (a country, an organization), or null when unknown
     * @param stance its side: asserts, denies or hedges (its strongest, when it says several things)
     * @param outlets the documents that carried it, in document order
     * @param first the document where it first appears
     */
    public record Party(Claimant claimant, Claimant affiliation, Stance stance, List<String> outlets, String first) {
        public Party {
            Objects.requireNonNull(claimant, "claimant");
            Objects.requireNonNull(stance, "stance");
            outlets = List.copyOf(outlets);
        }
    }

    /**
     * A number, date or duration a piece of evidence gives, as an interval: "more than 10,000" is (10000, inf), "about
     * 11,000" is [10450, 11550], "last year" in a report of 2025 is [2024-01-01, 2024-12-31] as epoch days, "three
     * days" is [72, 72] hours.
     *
     * @param doc the document
     * @param span where it is written
     * @param text as written
     * @param kind {@code number}, {@code date} (in epoch days) or {@code duration} (in hours)
     * @param low the lower bound ({@link Double#NEGATIVE_INFINITY} when open)
     * @param high the upper bound ({@link Double#POSITIVE_INFINITY} when open)
     * @param lowOpen whether the lower bound is excluded
     * @param highOpen whether the upper bound is excluded
     */
    public record Value(String doc, Span span, String text, String kind, double low, double high, boolean lowOpen,
            boolean highOpen) {
        public Value {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }

        /** Whether two intervals share a point: values that can both be true. */
        public boolean compatible(Value other) {
            if (!kind.equals(other.kind)) return true;
            boolean below = high < other.low || high == other.low && (highOpen || other.lowOpen);
            boolean above = other.high < low || other.high == low && (other.highOpen || lowOpen);
            return !below && !above;
        }
    }

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        evidence = List.copyOf(evidence);
        parties = List.copyOf(parties);
        values = List.copyOf(values);
        if (evidence.isEmpty()) throw new IllegalArgumentException("evidence must not be empty");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence must be in 0..1");
    }

    /** A claim before reconciliation: its evidence, nothing weighed yet. */
    public Claim(String id, String summary, ClaimStatus status, List<Attribution> evidence) {
        this(id, summary, status, 0.5, List.of(), evidence, List.of(), List.of());
    }
}
