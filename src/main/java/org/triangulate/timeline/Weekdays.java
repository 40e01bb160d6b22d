package org.triangulate.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.DatePrecision;
import org.triangulate.model.TimeExpression;
import org.triangulate.model.Token;

/**
 * Anchors a bare weekday ("Saturday", "last Friday", "next Monday") or weekend on the publication date, in the direction of its
 * sentence's tense. SUTime picks the weekday of the publication date's ISO week, which for news is wrong half the
 * time: a report published on a Wednesday that says something "was announced on Friday" means the Friday before.
 */
final class Weekdays {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:(last|this|next|on|past|coming|the)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|weekend)(?:\\s+(?:morning|afternoon|evening|night))?$");

    /** A date and its precision: a day, or the ISO week of a weekend. */
    record Resolved(String date, DatePrecision precision) {}
    // Words that put a sentence in the future; a modal alone ("could") does not.
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo", "would", "going", "due",
            "scheduled", "plans", "plan", "planned", "set", "upcoming");

    private Weekdays() {}

    static Optional<Resolved> resolve(AnnotatedDocument doc, TimeExpression t) {
        LocalDate published = doc.article().document().metadata().published();
        if (published == null) return Optional.empty();
        Matcher m = WEEKDAY.matcher(t.text().strip());
        if (!m.matches()) return Optional.empty();
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        boolean weekend = m.group(2).equalsIgnoreCase("weekend");
        // "This Friday" is genuinely ambiguous: keep SUTime's reading. "This weekend" and "the weekend" are not.
        if (modifier.equals("this") && !weekend) return Optional.empty();
        DayOfWeek day = weekend ? DayOfWeek.SATURDAY : DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        if (weekend && !modifier.equals("next") && published.getDayOfWeek() == DayOfWeek.SUNDAY) {
            published = published.minusDays(1); // On a Sunday, "this weekend" began yesterday.
        }
        LocalDate date = switch (modifier) {
            case "last", "past" -> published.with(TemporalAdjusters.previous(day));
            case "next", "coming" -> published.with(TemporalAdjusters.next(day));
            default -> isFuture(doc, t)
                    ? published.with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
        };
        return Optional.of(weekend
                ? new Resolved(DatePrecision.weekOf(date), DatePrecision.WEEK)
                : new Resolved(date.toString(), DatePrecision.DAY));
    }

    /**
     * Whether the verb that governs the expression speaks of the future. The governing verb is taken to be the
     * nearest verb group before the expression ("said on Monday", "will meet on Wednesday"), or after it when the
     * expression opens the sentence ("On Saturday, the union will vote"). News speaks of the past by default.
     */
    static boolean isFuture(AnnotatedDocument doc, TimeExpression t) {
        if (t.sentence() < 0 || t.sentence() >= doc.sentences().size()) return false;
        List<Token> tokens = doc.tokensOf(doc.sentences().get(t.sentence()));
        int at = 0;
        while (at < tokens.size() && tokens.get(at).span().start() < t.span().start()) at++;
        for (int i = at - 1; i >= 0; i--) {
            if (isVerb(tokens.get(i))) return groupIsFuture(tokens, i);
        }
        for (int i = at; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= t.span().end() && isVerb(tokens.get(i))) {
                // Take the whole verb group: "will" before "vote" is found first going forward.
                int end = i;
                while (end + 1 < tokens.size() && isVerb(tokens.get(end + 1))) end++;
                return groupIsFuture(tokens, end);
            }
        }
        return false;
    }

    private static boolean isVerb(Token token) {
        return token.pos().startsWith("VB") || token.pos().equals("MD");
    }

    /** A verb group ending at {@code last} is future when it holds a future marker within its last few words. */
    private static boolean groupIsFuture(List<Token> tokens, int last) {
        for (int i = last; i >= Math.max(0, last - 3); i--) {
            Token token = tokens.get(i);
            if (FUTURE.contains(token.word().toLowerCase(Locale.ROOT))) return true;
            if (i < last && !isVerb(token) && !token.pos().equals("TO") && !token.pos().equals("RB")) break;
        }
        return false;
    }
}
