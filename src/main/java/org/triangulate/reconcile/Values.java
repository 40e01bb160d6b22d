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
 * covers ("2024" is the whole year, "last year" in a report of 2025 is 2024); a duration is the hours it lasts ("48
 * hours" is [48, 48], "more than three days" is (72, inf)). Each number is tagged with the noun it counts ("11,000
 * soldiers": soldiers), so that only counts of one thing are compared; each duration with what its clause says of it
 * ("48 hours to leave": leave). Stateless.
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

    /** A duration as the annotator normalizes it (TIMEX3): "PT48H", "P3D", "P1.5Y". */
    private static final Pattern PERIOD =
            Pattern.compile("P(?:(\\d+(?:\\.\\d+)?)([YMWD]))?(?:T(\\d+(?:\\.\\d+)?)([HMS]))?");
    /** Words before a duration that make it a bound: "more than 48 hours", "within 72 hours". */
    private static final Pattern ABOVE = Pattern.compile("\\b(more than|over|longer than)\\s+$");
    private static final Pattern AT_LEAST = Pattern.compile("\\b(at least|no less than|a minimum of)\\s+$");
    private static final Pattern BELOW = Pattern.compile("\\b(less than|under|fewer than|shorter than)\\s+$");
    private static final Pattern WITHIN = Pattern.compile("\\b(up to|at most|no more than|within|a maximum of)\\s+$");
    /** A figure in a duration: "48 hours", "three days", "a 72-hour deadline". */
    private static final Pattern FIGURE = Pattern.compile("(?i)\\d|\\b(two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
            + "sixty|seventy|eighty|ninety|hundred|thousand|dozen)");
    /** Words after a duration that make it an offset: "three days before", "a week ago". */
    private static final Pattern OFFSET = Pattern.compile("(?i)\\s*(before|after|earlier|later|ago|since|prior)\\b");
    /** The word before an age: "aged three months". */
    private static final Pattern AGED = Pattern.compile("(?i)\\baged?\\s+$");

    private Values() {}

    /**
     * A value and the noun it counts ("soldiers"), or the empty string for a date, with what its clause says of them:
     * the lemmas of its verbs and of the adjectives after it ("were still missing": missing; "had died": die).
     */
    record Tagged(Value value, String unit, java.util.Set<String> predicates) {
        Tagged {
            predicates = java.util.Set.copyOf(predicates);
        }

        Tagged(Value value, String unit) {
            this(value, unit, java.util.Set.of());
        }
    }

    /**
     * Whether two values count one thing: both numbers, of one noun ("soldiers"), or of a compound and its head
     * ("dockworkers" and "workers"). Numbers whose noun is unknown count nothing comparable.
     */
    static boolean sameThing(Tagged a, Tagged b) {
        if (isDuration(a) && isDuration(b)) return mayMeasureOneThing(a, b);
        if (!isCount(a) || !isCount(b)) return false;
        String u = a.unit();
        String v = b.unit();
        return u.equals(v) || u.length() > v.length() + 2 && u.endsWith(v) || v.length() > u.length() + 2 && v.endsWith(u);
    }

    /**
     * Whether two counts of one noun may count the same people or things: not when their clauses put them in states
     * that exclude each other ({@link #STATES}). "38 people were still missing" and "63 people were confirmed dead"
     * count the missing and the dead; "more than 40 ships were queuing" and "27 ships were waiting" may count the same
     * ships, however their verbs differ. People ({@link #PEOPLE}) are another matter: counted in two clauses that
     * share no verb or state, they are two groups.
     */
    static boolean mayCountOneThing(Tagged a, Tagged b) {
        java.util.Set<String> x = states(a);
        java.util.Set<String> y = states(b);
        if (!x.isEmpty() && !y.isEmpty()) return x.stream().anyMatch(y::contains);
        // "more than 60,000 people marched" and "some 300 people were taken away": people are counted for what they
        // did or what was done to them, and two clauses that say different things of them count different people.
        if (PEOPLE.contains(a.unit()) && !a.predicates().isEmpty() && !b.predicates().isEmpty()) {
            return a.predicates().stream().anyMatch(b.predicates()::contains);
        }
        return true;
    }

    /** Nouns that count people as such, whatever they did: what their clause says tells which people. */
    private static final java.util.Set<String> PEOPLE = java.util.Set.of("people", "person", "man", "woman", "child",
            "adult", "individual");

    private static java.util.Set<String> states(Tagged t) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String p : t.predicates()) {
            String state = STATES.get(p);
            // "pulled out": the verb's own state when the phrase has none.
            if (state == null && p.contains("_")) state = STATES.get(p.substring(0, p.indexOf('_')));
            if (state != null) out.add(state);
        }
        return out;
    }

    /**
     * States that news counts people and things in, which exclude each other or hold one another: the dead, the
     * missing, the injured, the rescued, the arrested, all who were aboard, all who took part; what is open (working)
     * and what is closed.
     * Each word (a lemma, or a verb and its particle or noun joined by "_", as {@link #add} writes them) names its
     * state.
     */
    private static final java.util.Map<String, String> STATES = byWord(
            "dead: die dead kill killed perish drown drowned",
            "missing: missing miss unaccounted disappear disappeared",
            "injured: injure injured wound wounded hurt",
            "rescued: rescue rescued save saved survive pull evacuate evacuated",
            "arrested: arrest arrested detain detained",
            "aboard: aboard",
            "present: attend take_part turn_out march gather rally join demonstrate protest",
            "open: open opened reopen reopened operate operating operation work working run running resume resumed",
            "closed: close closed shut idle suspend suspended halt halted");

    private static java.util.Map<String, String> byWord(String... lines) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            for (String w : line.substring(colon + 1).trim().split("\\s+")) out.put(w, line.substring(0, colon));
        }
        return java.util.Map.copyOf(out);
    }

    /** Whether a value is a duration. */
    static boolean isDuration(Tagged t) {
        return t.value().kind().equals("duration");
    }

    /**
     * Whether two durations may measure one thing: unless both clauses say what they measure and say different things
     * ("48 hours to leave" and "72 hours, as stated" may; "a strike of three days" and "talks that lasted two hours"
     * do not).
     */
    private static boolean mayMeasureOneThing(Tagged a, Tagged b) {
        return a.predicates().isEmpty() || b.predicates().isEmpty()
                || a.predicates().stream().anyMatch(b.predicates()::contains);
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
            if (v == null) continue;
            String unit = unit(doc, q.span());
            java.util.Set<String> predicates = predicates(doc, q.span());
            if (CROWD.contains(unit)) {
                // "the turnout", "8,000 demonstrators": people counted for being there.
                unit = "person";
                predicates = new java.util.HashSet<>(predicates);
                predicates.add("attend");
            }
            out.add(new Tagged(v, unit, predicates));
        }
        for (TimeExpression t : doc.times()) {
            if (!inside(t.span(), content)) continue;
            if (t.type().equals("DATE")) {
                Value v = date(doc.id(), t);
                if (v != null) out.add(new Tagged(v, ""));
            } else if (t.type().equals("DURATION")) {
                Value v = duration(doc, t);
                if (v != null) out.add(new Tagged(v, "", predicates(doc, t.span())));
            }
        }
        return out;
    }

    /**
     * A duration normalized by the annotator ("PT48H", "P3D"), as the hours it lasts, bounded by the words before it
     * ("more than", "at least", "under", "within", "about"). Null for one without a figure ("a decade", and "a second
     * secretary", which the annotator takes for a second); for an offset, which dates an event ("three days before the
     * batch was shipped", "two weeks ago"), and an age ("aged three months to 12 years", "a 34-year-old"); and for one
     * the annotator could not measure ("several days") or of two units ("P1DT2H").
     */
    static Value duration(AnnotatedDocument doc, TimeExpression t) {
        if (!FIGURE.matcher(t.text()).find() || t.text().toLowerCase(Locale.ROOT).endsWith("old")) return null;
        String after = doc.text().substring(t.span().end(), Math.min(doc.text().length(), t.span().end() + 12));
        String ahead = doc.text().substring(Math.max(0, t.span().start() - 8), t.span().start());
        if (OFFSET.matcher(after).lookingAt() || AGED.matcher(ahead).find()) return null;
        Matcher m = PERIOD.matcher(t.value());
        if (!m.matches() || (m.group(1) == null) == (m.group(3) == null)) return null;
        double n = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(3));
        double hours = n * switch (m.group(1) != null ? m.group(2) : "T" + m.group(4)) {
            case "Y" -> 365.25 * 24;
            case "M" -> 365.25 * 2;
            case "W" -> 7 * 24;
            case "D" -> 24;
            case "TH" -> 1;
            case "TM" -> 1 / 60.0;
            default -> 1 / 3600.0;
        };
        if (hours <= 0) return null;
        // The words before the figure, within the expression ("more than 48 hours") or before it.
        String[] words = t.text().strip().split("\\s+");
        String lead = words.length > 2 ? String.join(" ", java.util.Arrays.copyOf(words, words.length - 2)) + " " : "";
        String before = (doc.text().substring(Math.max(0, t.span().start() - 20), t.span().start()) + lead)
                .toLowerCase(Locale.ROOT);
        double low = hours;
        double high = hours;
        boolean lowOpen = false;
        boolean highOpen = false;
        if (ABOVE.matcher(before).find()) {
            high = Double.POSITIVE_INFINITY;
            lowOpen = true;
        } else if (AT_LEAST.matcher(before).find()) {
            high = Double.POSITIVE_INFINITY;
        } else if (BELOW.matcher(before).find()) {
            low = 0;
            highOpen = true;
        } else if (WITHIN.matcher(before).find()) {
            low = 0;
        } else if (APPROXIMATE.matcher(before).find()) {
            low = hours * 0.95;
            high = hours * 1.05;
        }
        return new Value(doc.id(), t.span(), t.text(), "duration", low, high, lowOpen, highOpen);
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

    /** Verbs that carry a clause rather than say what it counts: auxiliaries and verbs of saying. */
    private static final java.util.Set<String> LIGHT_VERBS = java.util.Set.of("be", "have", "do", "will", "would",
            "can", "could", "may", "might", "shall", "should", "must", "say", "tell", "report", "add", "state",
            "confirm", "claim", "accord", "cite", "quote", "put", "give", "estimate", "get", "become", "remain");
    /** Words that end a number's clause. */
    private static final java.util.Set<String> CLAUSE_ENDS = java.util.Set.of(",", ";", ":", ".", "and", "but",
            "while", "whereas", "that", "which", "who", "when", "after", "before", "because", "-LRB-", "-RRB-", "(",
            ")", "--", "—", "–");

    /**
     * The verbs of the clause a number stands in, and the adjectives after it, as lemmas: "at least 27 people had
     * died" gives die; "38 people were still missing" gives missing.
     */
    private static java.util.Set<String> predicates(AnnotatedDocument doc, Span number) {
        java.util.Set<String> out = new java.util.HashSet<>();
        List<Token> tokens = doc.tokens();
        // The first token at or after the number, by binary search: tokens are in text order.
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < number.start()) lo = mid + 1; else hi = mid;
        }
        int at = lo;
        if (at >= tokens.size()) return out;
        for (int i = at - 1; i >= 0 && !ends(tokens.get(i)); i--) {
            Token t = tokens.get(i);
            if (t.pos().startsWith("VB") || STATES.containsKey(t.word().toLowerCase(Locale.ROOT))) {
                add(out, t, i + 1 < tokens.size() ? tokens.get(i + 1) : null);
            }
        }
        for (int i = at + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // "two terminals, numbered 4 and 5, remained closed": a short phrase between commas, without a verb of
            // its own, describes the noun; the clause goes on after it.
            if (t.word().equals(",")) {
                int close = aside(tokens, i);
                if (close > i) {
                    i = close;
                    continue;
                }
            }
            if (ends(t)) break;
            if (t.pos().startsWith("VB") || t.pos().startsWith("JJ")
                    || STATES.containsKey(t.word().toLowerCase(Locale.ROOT))) {
                add(out, t, i + 1 < tokens.size() ? tokens.get(i + 1) : null);
            }
        }
        return out;
    }

    /** The comma that closes a short aside opened by the comma at {@code open}, else -1. */
    private static int aside(List<Token> tokens, int open) {
        for (int k = open + 1; k < tokens.size() && k - open <= 6; k++) {
            Token t = tokens.get(k);
            if (t.word().equals(",")) return k - open > 1 ? k : -1;
            // A participle may open it ("numbered 4 and 5"), which the tagger may take for a past tense.
            boolean participle = k == open + 1 && t.word().endsWith("ed");
            if (t.pos().matches("VB[DPZ]|MD") && !participle || ends(t) && !t.word().equals("and")) return -1;
        }
        return -1;
    }

    private static boolean ends(Token t) {
        return CLAUSE_ENDS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * A predicate's lemma; a verb with its particle or the noun that makes it a phrase of its own, as one ("took part"
     * is take_part, "were taken away" take_away: not the same thing done).
     */
    private static void add(java.util.Set<String> out, Token t, Token next) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (LIGHT_VERBS.contains(lemma)) return;
        boolean phrase = next != null && t.pos().startsWith("VB")
                && (next.pos().equals("RP") || PHRASE_NOUNS.contains(next.word().toLowerCase(Locale.ROOT)));
        out.add(phrase ? lemma + "_" + next.word().toLowerCase(Locale.ROOT) : lemma);
    }

    /** Nouns that make a verb a phrase of its own: "take part", "take place". */
    private static final java.util.Set<String> PHRASE_NOUNS = java.util.Set.of("part", "place");

    /** What follows an hour: "6 p.m.", "9 am", "10 o'clock". */
    private static final Pattern CLOCK = Pattern.compile("(?i)[ap]\\.?m\\.?|o'clock|o’clock|gmt|utc");

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
        // "6 p.m.", "21:40": a time of day counts nothing.
        if (!after.isEmpty() && CLOCK.matcher(after.get(0).word()).matches()) return "?";
        // "licensed to carry 250 passengers", "the 250 passengers it was licensed to take": a limit, not a count.
        List<Token> clause = doc.tokensIn(new Span(Math.max(0, number.start() - 60), number.start()));
        for (int i = clause.size() - 1; i >= 0 && !ends(clause.get(i)); i--) {
            if (LIMIT.matcher(clause.get(i).word()).lookingAt()) return "?";
        }
        for (int i = 0; i < after.size() && !ends(after.get(i)); i++) {
            if (LIMIT.matcher(after.get(i).word()).lookingAt()) return "?";
        }
        for (int i = 0; i < Math.min(after.size(), 6); i++) {
            Token t = after.get(i);
            if (t.pos().equals("JJS") || PART.contains(t.word().toLowerCase(Locale.ROOT))) return "?";
            if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) {
                // "seventy people more than her rafts were built for": a difference, not a count.
                if (i + 2 < after.size() && after.get(i + 2).word().equalsIgnoreCase("than")
                        && DIFFERENCE.contains(after.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                    return "?";
                }
                return t.lemma().toLowerCase(Locale.ROOT);
            }
            if (t.pos().startsWith("VB") || t.word().equals(".") || t.word().equals(",")) break;
        }
        return putAt(doc.tokensIn(new Span(Math.max(0, number.start() - 80), number.start())));
    }

    /**
     * The noun a figure is put at: "put the crowd at about 34,000" counts the crowd, "put the number of demonstrators
     * at 8,000" the demonstrators. "?" when the words before the number are no such estimate.
     */
    private static String putAt(List<Token> before) {
        int k = before.size() - 1;
        while (k >= 0 && before.get(k).pos().matches("RB.*|JJ.*|DT|IN") && !before.get(k).word().equals("at")) k--;
        if (k < 1 || !before.get(k).word().equalsIgnoreCase("at")) return "?";
        String noun = null;
        for (int i = k - 1; i >= 0; i--) {
            Token t = before.get(i);
            if (t.pos().startsWith("VB")) {
                // "puts the figure at 300" says nothing of what is counted.
                return t.lemma().equalsIgnoreCase("put") && noun != null && !FIGURE_NOUNS.contains(noun) ? noun : "?";
            }
            if (ends(t)) return "?";
            // The last noun before "at": "protesters" of "the number of protesters".
            if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && noun == null) {
                noun = t.lemma().toLowerCase(Locale.ROOT);
            }
        }
        return "?";
    }

    /** Nouns for a figure itself, which name nothing it counts. */
    private static final java.util.Set<String> FIGURE_NOUNS = java.util.Set.of("figure", "number", "total",
            "estimate", "count", "tally", "amount");

    /** Nouns that count the people at a gathering: "the crowd", "the turnout", "8,000 demonstrators". */
    private static final java.util.Set<String> CROWD = java.util.Set.of("crowd", "turnout", "attendance",
            "demonstrator", "protester", "protestor", "marcher", "participant", "attendee");

    /** Words of a limit before a number: "licensed to carry", "a capacity of", "allowed", "built for". */
    private static final Pattern LIMIT = Pattern.compile("(?i)licen[cs]|capacity|allow|permit|limit|maximum|built|"
            + "designed|certified|rated");
    /** Words that make "N things more than ..." a difference. */
    private static final java.util.Set<String> DIFFERENCE = java.util.Set.of("more", "fewer", "less");
}
