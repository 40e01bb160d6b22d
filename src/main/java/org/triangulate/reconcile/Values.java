package org.triangulate.reconcile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Claim.Value;
import org.triangulate.model.Quantity;
import org.triangulate.model.Span;
import org.triangulate.model.TimeExpression;
import org.triangulate.model.Token;

/**
 * The numbers and dates of a statement, as intervals. "More than 10,000" is (10000, inf), "at least 1,000" is
 * [1000, inf), "about 11,000" is [10450, 11550] (5 % either way), "11,000" is [11000, 11000]; a date is the days it
 * covers ("2024" is the whole year, "last year" in a report of 2025 is 2024). Each number is tagged with the noun it
 * counts ("11,000 soldiers": soldiers), so that only counts of one thing are compared. Stateless.
 */
final class Values {
    private static final Pattern COMPARED = Pattern.compile("([<>]=?|~)?\\s*(-?[0-9.]+(?:E[0-9]+)?)");
    private static final Pattern APPROXIMATE = Pattern.compile(
            "\\b(about|around|roughly|approximately|nearly|almost|some|an estimated|estimated|close to)\\s+$");
    private static final Pattern UP_TO = Pattern.compile("\\b(up to|as many as|no more than|at most)\\s+$");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private Values() {}

    /** A value and the noun it counts ("soldiers"), or the empty string for a date. */
    record Tagged(Value value, String unit) {}

    /**
     * Whether two values count one thing: both numbers, of one noun ("soldiers"), or of a compound and its head
     * ("dockworkers" and "workers"). Numbers whose noun is unknown count nothing comparable.
     */
    static boolean sameThing(Tagged a, Tagged b) {
        if (!isCount(a) || !isCount(b)) return false;
        String u = a.unit();
        String v = b.unit();
        return u.equals(v) || u.length() > v.length() + 2 && u.endsWith(v) || v.length() > u.length() + 2 && v.endsWith(u);
    }

    /** Whether a value counts something known: a number with the noun it counts. */
    static boolean isCount(Tagged t) {
        return t.value().kind().equals("number") && !t.unit().equals("?") && !t.unit().isEmpty();
    }

    static List<Tagged> of(AnnotatedDocument doc, List<Span> content) {
        List<Tagged> out = new ArrayList<>();
        for (Quantity q : doc.quantities()) {
            if (!q.type().equals("NUMBER") || !inside(q.span(), content)) continue;
            Value v = number(doc, q);
            if (v != null) out.add(new Tagged(v, unit(doc, q.span())));
        }
        for (TimeExpression t : doc.times()) {
            if (!t.type().equals("DATE") || !inside(t.span(), content)) continue;
            Value v = date(doc.id(), t);
            if (v != null) out.add(new Tagged(v, ""));
        }
        return out;
    }

    private static boolean inside(Span s, List<Span> content) {
        return content.stream().anyMatch(c -> c.contains(s));
    }

    static Value number(AnnotatedDocument doc, Quantity q) {
        Matcher m = COMPARED.matcher(q.value().strip());
        if (!m.matches()) return null;
        double n;
        try {
            n = Double.parseDouble(m.group(2));
        } catch (NumberFormatException e) {
            return null;
        }
        if (n < 2 || n >= 1900 && n <= 2100 && q.text().matches("\\d{4}")) return null; // "one", or a year
        String op = m.group(1) == null ? "" : m.group(1);
        String before = doc.text().substring(Math.max(0, q.span().start() - 20), q.span().start())
                .toLowerCase(Locale.ROOT);
        if (op.isEmpty() && APPROXIMATE.matcher(before).find()) op = "~";
        if (op.isEmpty() && UP_TO.matcher(before).find()) op = "<=";
        double inf = Double.POSITIVE_INFINITY;
        return switch (op) {
            case ">" -> new Value(doc.id(), q.span(), q.text(), "number", n, inf, true, false);
            case ">=" -> new Value(doc.id(), q.span(), q.text(), "number", n, inf, false, false);
            case "<" -> new Value(doc.id(), q.span(), q.text(), "number", Double.NEGATIVE_INFINITY, n, false, true);
            case "<=" -> new Value(doc.id(), q.span(), q.text(), "number", Double.NEGATIVE_INFINITY, n, false, false);
            case "~" -> new Value(doc.id(), q.span(), q.text(), "number", n * 0.95, n * 1.05, false, false);
            default -> new Value(doc.id(), q.span(), q.text(), "number", n, n, false, false);
        };
    }

    /** A date normalized by the annotator against the publication date, as the epoch days it covers. */
    static Value date(String doc, TimeExpression t) {
        String v = t.value();
        LocalDate from;
        LocalDate to;
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            from = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            to = from;
        } else if ((m = MONTH.matcher(v)).matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            from = ym.atDay(1);
            to = ym.atEndOfMonth();
        } else if ((m = YEAR.matcher(v)).matches()) {
            from = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            to = LocalDate.of(Integer.parseInt(m.group(1)), 12, 31);
        } else {
            return null;
        }
        return new Value(doc, t.span(), t.text(), "date", from.toEpochDay(), to.toEpochDay(), false, false);
    }

    /** Words that make a number count a part or an addition: "two other children", "the first three". */
    private static final java.util.Set<String> PART = java.util.Set.of("other", "more", "additional", "further",
            "extra", "another", "first", "last", "top");

    /**
     * The noun a number counts: the first noun within five words after it, past other numbers and adjectives. A number
     * that counts a part or an addition ("the two biggest terminals", "two of the terminals", "two other children",
     * "the first three") counts nothing comparable with a total: "?".
     */
    private static String unit(AnnotatedDocument doc, Span number) {
        if (doc.tokens().isEmpty()) { // not annotated: the next word, less a plural s
            Matcher m = NEXT_WORD.matcher(doc.text()).region(number.end(), doc.text().length());
            return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT).replaceFirst("s$", "") : "?";
        }
        List<Token> before = doc.tokensIn(new Span(Math.max(0, number.start() - 20), number.start()));
        if (!before.isEmpty() && PART.contains(before.get(before.size() - 1).word().toLowerCase(Locale.ROOT))) {
            return "?";
        }
        List<Token> after = doc.tokensIn(new Span(number.end(), Math.min(doc.text().length(), number.end() + 80)));
        if (!after.isEmpty() && after.get(0).word().equalsIgnoreCase("of")) return "?";
        for (int i = 0; i < Math.min(after.size(), 6); i++) {
            Token t = after.get(i);
            if (t.pos().equals("JJS") || PART.contains(t.word().toLowerCase(Locale.ROOT))) return "?";
            if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) return t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos().startsWith("VB") || t.word().equals(".") || t.word().equals(",")) break;
        }
        return "?";
    }
}
