package org.triangulate.model;

/** How much of a date a report gives. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
