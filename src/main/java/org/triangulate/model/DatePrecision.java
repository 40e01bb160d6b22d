package org.triangulate.model;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * How much of a date a report gives, and how such a date is written: {@code 2026-03-14}, {@code 2026-W11} (an ISO
 * week, for "last week" or "at the weekend"), {@code 2026-03}, {@code 2026}.
 */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The first day of a date written at this precision, for ordering. */
    public LocalDate start(String date) {
        return switch (this) {
            case DAY -> LocalDate.parse(date);
            case WEEK -> LocalDate.of(Integer.parseInt(date.substring(0, 4)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(date.substring(6, 8)))
                    .with(java.time.DayOfWeek.MONDAY);
            case MONTH -> LocalDate.parse(date + "-01");
            case YEAR -> LocalDate.of(Integer.parseInt(date), 1, 1);
        };
    }

    /** The ISO week a day falls in, written {@code 2026-W11}. */
    public static String weekOf(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
