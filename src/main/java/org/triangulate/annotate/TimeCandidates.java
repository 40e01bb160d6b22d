package org.triangulate.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence may hold a time expression, so that SUTime (the costliest part of annotation) reads only those
 * that may. A sentence qualifies when a word has a digit or is a word of time: a month, a weekday, a unit of time,
 * a part of the day, a season, a deictic day ("yesterday"), a decade ("the nineties") or a common holiday. Every
 * expression SUTime normalizes to a date holds one of these; what is skipped are vague references ("recently", "now")
 * that the timeline leaves out anyway.
 */
final class TimeCandidates {
    private static final Set<String> WORDS = Set.of(
            "january", "february", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "today", "tonight", "yesterday", "tomorrow", "overnight", "ago", "hence",
            "seconds", "minute", "minutes", "hour", "hours", "day", "days", "daily", "week", "weeks",
            "weekly", "weekend", "weekends", "fortnight", "month", "months", "monthly", "year", "years", "yearly",
            "annual", "annually", "decade", "decades", "century", "centuries", "millennium", "quarter", "quarters",
            "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "noon",
            "midday", "midnight", "dawn", "dusk",
            "spring", "summer", "autumn", "fall", "winter", "season",
            "christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "hanukkah", "passover", "diwali");
    // Months that are also everyday words count only when capitalized: "May", not "may"; "March", not "the march".
    private static final Set<String> CAPITALIZED_MONTHS = Set.of("May", "March", "MAY", "MARCH");
    private static final Pattern DECADE = Pattern.compile("(twen|thir|for|fif|six|seven|eigh|nine)ties");

    private TimeCandidates() {}

    static boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) return true;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (WORDS.contains(lower) || CAPITALIZED_MONTHS.contains(w) || DECADE.matcher(lower).matches()) return true;
        }
        return false;
    }
}
