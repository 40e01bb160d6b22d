package org.triangulate.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.DatePrecision;
import org.triangulate.model.Evidence;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.TimeExpression;
import org.triangulate.model.Timeline;
import org.triangulate.model.TimelineEntry;

/** Builds the timeline of a batch. Stateless and thread-safe; linear in the number of time expressions. */
public final class TimelineBuilder {
    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4}-\\d{2})$");
    // An ISO week, or its weekend.
    private static final Pattern WEEK = Pattern.compile("^(\\d{4}-W\\d{2})(-WE)?$");
    // A year, or a part of one too vague for a month: a season, quarter or half.
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})(-(SP|SU|FA|WI|Q[1-4]|H[12]))?$");
    private static final Pattern VAGUE = Pattern.compile("^(PAST|PRESENT|FUTURE)_REF$");
    // Days counted from another event of the story, not from the publication date: "the following day".
    private static final Pattern ANAPHORIC = Pattern.compile("(?i)\\b(following|previous|preceding|same|that|"
            + "next)\\s+(day|morning|evening|night|week|month|year)\\b|\\bthe\\s+day\\s+(before|after)\\b|"
            + "\\b(a|one|two|three|several)\\s+(days?|weeks?|months?|years?)\\s+(later|earlier|before|after)\\b");

    public Timeline build(List<AnnotatedDocument> documents) {
        List<TimelineEntry> dated = new ArrayList<>();
        List<TimelineEntry> unresolved = new ArrayList<>();
        for (AnnotatedDocument doc : documents) {
            for (TimeExpression t : doc.times()) {
                entry(doc, t).ifPresent(e -> (e.resolved() ? dated : unresolved).add(e));
            }
        }
        dated.sort(Comparator.comparing((TimelineEntry e) -> e.precision().start(e.date()))
                .thenComparing(TimelineEntry::precision)
                .thenComparing(TimelineEntry::doc)
                .thenComparing(e -> e.expression().span()));
        return new Timeline(dated, unresolved);
    }

    /** The entry for one time expression, or empty when it is not a date at all. */
    Optional<TimelineEntry> entry(AnnotatedDocument doc, TimeExpression t) {
        if (!t.type().equals("DATE") && !t.type().equals("TIME")) return Optional.empty();
        String value = t.value();
        if (VAGUE.matcher(value).matches()) return Optional.empty();
        Evidence expression = evidence(doc, t.span());
        Evidence sentence = evidence(doc, sentenceSpan(doc, t));

        if (ANAPHORIC.matcher(t.text()).find() && !t.text().toLowerCase(java.util.Locale.ROOT).startsWith("next")) {
            return Optional.of(new TimelineEntry(null, null, expression, sentence, value,
                    "it counts from another event of the story, not from the publication date"));
        }
        Optional<TimelineEntry> weekday = Weekdays.resolve(doc, t)
                .map(r -> new TimelineEntry(r.date(), r.precision(), expression, sentence, value, null));
        if (weekday.isPresent()) return weekday;
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            return Optional.of(new TimelineEntry(m.group(1), DatePrecision.DAY, expression, sentence, value, null));
        }
        if ((m = WEEK.matcher(value)).matches()) {
            return Optional.of(new TimelineEntry(m.group(1), DatePrecision.WEEK, expression, sentence, value, null));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            return Optional.of(new TimelineEntry(m.group(1), DatePrecision.MONTH, expression, sentence, value, null));
        }
        if ((m = YEAR.matcher(value)).matches()) {
            return Optional.of(new TimelineEntry(m.group(1), DatePrecision.YEAR, expression, sentence, value, null));
        }
        String reason = doc.article().document().metadata().published() == null
                ? "the report has no publication date to anchor it on"
                : "the expression gives no full date";
        return Optional.of(new TimelineEntry(null, null, expression, sentence, value, reason));
    }

    private static Span sentenceSpan(AnnotatedDocument doc, TimeExpression t) {
        if (t.sentence() >= 0 && t.sentence() < doc.sentences().size()) {
            Sentence s = doc.sentences().get(t.sentence());
            if (s.span().contains(t.span())) return s.span();
        }
        return t.span();
    }

    private static Evidence evidence(AnnotatedDocument doc, Span span) {
        return new Evidence(doc.id(), span, span.of(doc.text()));
    }
}
