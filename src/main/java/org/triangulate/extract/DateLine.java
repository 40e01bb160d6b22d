package org.triangulate.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that is only a date (and perhaps a time): the page's publication stamp, "15 March 2026",
 * "Tuesday 17 March 2026 07.30", "Published: March 16, 2026 at 2:05 p.m. GMT". Also finds the first such date
 * inside a byline ("Posted by ... on 18 March 2026").
 */
final class DateLine {

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})";

    /** Day month year, month day year, or ISO; the groups are numbered by the alternatives below. */
    private static final String DATE = "(?:" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR
            + "|" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
            + "|" + YEAR + "-(\\d{2})-(\\d{2}))";
    private static final Pattern DATE_IN_TEXT = Pattern.compile("\\b" + DATE + "\\b", Pattern.CASE_INSENSITIVE);

    private static final String TIME = "(?:(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
            + "(?:\\s*(?:[a-z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}))?)";
    /** What a stamp may go on with: "· Updated 2 hours ago", "· 4 min read". */
    private static final String AFTER = "(?:\\s*[|•·–—-]\\s*(?:updated\\b[^|•·]{0,40}|\\d{1,3}\\s*min(?:ute)?s?"
            + "(?:\\s+read)?))*";
    private static final Pattern LINE = Pattern.compile(
            "^(?:(?:first\\s+)?(?:published|posted|date|dated)(?:\\s+on)?\\s*:?\\s*)?(?:" + WEEKDAY + "\\s*)?"
                    + DATE + "(?:\\s*[,|•·–—-]?\\s*" + TIME + ")?" + AFTER + "\\s*$",
            Pattern.CASE_INSENSITIVE);

    private DateLine() {
    }

    static boolean isDateLine(String line) {
        return LINE.matcher(LineClassifier.collapse(line)).matches();
    }

    /** The first calendar date written in the text, if it is a valid one. */
    static Optional<LocalDate> firstDate(String text) {
        Matcher m = DATE_IN_TEXT.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = toDate(m);
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            if (m.group(1) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            if (m.group(4) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(4)),
                        Integer.parseInt(m.group(5))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)),
                    Integer.parseInt(m.group(9))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 February": not a date, so no publication date from it
        }
    }

    private static int month(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(p)) return month.getValue();
        }
        throw new DateTimeException("not a month: " + prefix);
    }
}
