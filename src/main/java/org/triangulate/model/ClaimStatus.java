package org.triangulate.model;

/** Where a claim stands across the reports. */
public enum ClaimStatus {
    /** Two or more independent claimants assert it, and nobody denies it. */
    CORROBORATED,
    /** Someone denies or disputes it. */
    CONTESTED,
    /** One claimant, however many outlets carry it. */
    SINGLE_SOURCE,
    /** The sources give incompatible values: numbers, dates, names. */
    CONFLICTING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
