package org.triangulate.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar day a feed's date names as written, read strictly: {@code 2026-03-15T09:30:00Z} (ISO 8601, as Atom
 * writes it) or {@code Sun, 15 Mar 2026 09:30:00 GMT} (RFC 822, as RSS writes it). As written, not moved to UTC, as
 * a manifest's dates are read.
 */
final class FeedDates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern RFC_822 = Pattern.compile("(?:^|[\\s,])(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{2,4})\\b");
    private static final Map<String, Integer> MONTHS = months();

    private FeedDates() {
    }

    /**
     * The day the text names; empty when it is in neither form (the caller may trust a more lenient reader).
     *
     * @throws DateTimeException when it is in one of the forms but names no real day (the 45th, the 13th month)
     */
    static Optional<LocalDate> asWritten(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) return day(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
        Matcher rfc = RFC_822.matcher(text);
        if (rfc.find()) {
            Integer month = MONTHS.get(rfc.group(2).toLowerCase(Locale.ROOT));
            if (month == null) throw new DateTimeException("no month " + rfc.group(2));
            String year = rfc.group(3).length() == 2 ? "20" + rfc.group(3) : rfc.group(3);
            return day(year, month, rfc.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(String year, int month, String day) {
        return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> map = new HashMap<>();
        for (Month m : Month.values()) {
            map.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
        }
        return Map.copyOf(map);
    }
}
