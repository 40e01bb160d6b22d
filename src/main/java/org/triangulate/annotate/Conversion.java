package org.triangulate.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Dependency;
import org.triangulate.model.Article;
import org.triangulate.model.EntityType;
import org.triangulate.model.Mention;
import org.triangulate.model.Quantity;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.TimeExpression;
import org.triangulate.model.Token;

/** Turns a CoreNLP {@link Annotation} into an {@link AnnotatedDocument}; the only place CoreNLP types are read. */
final class Conversion {
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> NUMBER_TYPES = Set.of("NUMBER", "ORDINAL", "MONEY", "PERCENT");
    // Lower-case month names that are everyday words: "the march", "may".
    private static final Set<String> MONTH_WORDS = Set.of("march", "may", "august", "june", "april");

    private Conversion() {}

    static AnnotatedDocument toRecord(Article article, Annotation annotation, List<CoreMap> timexes,
                                      Predicate<List<Token>> parseWhen, Parser parser) {
        String text = article.document().text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                Span span = new Span(t.beginPosition(), t.endPosition());
                tokens.add(new Token(span, span.of(text), t.tag(), t.lemma(), t.ner()));
            }
            if (tokens.size() == first) continue;
            Span span = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
            List<Dependency> parse = parseWhen.test(tokens.subList(first, tokens.size()))
                    ? parser.parse(s, first) : List.of();
            sentences.add(new Sentence(sentences.size(), span, first, tokens.size(), parse));
        }
        List<Mention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        List<CoreMap> found = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : found == null ? List.<CoreMap>of() : found) {
            Span span = trim(text, new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            if (span.length() == 0) continue;
            String written = span.of(text);
            int sentence = sentenceOf(sentences, span);
            String tag = m.get(CoreAnnotations.EntityTypeAnnotation.class);
            if (tag == null) tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            EntityType type = EntityType.fromTag(tag);
            if (type != null) {
                mentions.add(new Mention(span, written, type, sentence));
            } else if (NUMBER_TYPES.contains(tag)) {
                quantities.add(new Quantity(span, written, tag,
                        normalizeNumber(m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)), sentence));
            }
        }
        numbersTakenForTime(tokens, sentences, quantities);
        for (CoreMap t : timexes) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            List<CoreLabel> words = t.get(CoreAnnotations.TokensAnnotation.class);
            if (timex == null || words == null || words.isEmpty()) continue;
            Span span = new Span(words.get(0).beginPosition(), words.get(words.size() - 1).endPosition());
            String written = span.of(text);
            if (isMonthWord(written) || !TIME_TYPES.contains(timex.timexType()) || isName(text, span)
                    || inName(text, mentions, span)) {
                continue;
            }
            String value = timex.value() != null ? timex.value() : timex.altVal();
            times.add(new TimeExpression(span, written, timex.timexType(), value, sentenceOf(sentences, span)));
        }
        return new AnnotatedDocument(article, sentences, tokens, mentions, times, quantities);
    }

    /**
     * A mention without the stray punctuation the tokenizer leaves at its edges: a possessive split off the word
     * before ("’s Republic of ..."), quotes, brackets.
     */
    static Span trim(String text, Span span) {
        int start = span.start(), end = span.end();
        while (start < end) {
            char c = text.charAt(start);
            if ((c == '\'' || c == '\u2019') && start + 1 < end && text.charAt(start + 1) == 's'
                    && (start + 2 == end || Character.isWhitespace(text.charAt(start + 2)))) {
                start += 2;
            } else if (!Character.isLetterOrDigit(c)) {
                start++;
            } else {
                break;
            }
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.') end--;
        return new Span(start, end);
    }

    /**
     * Words that look like a date inside a name: a capitalized date before a street word or another word of a
     * place's or a paper's name ("May Street", "Ninth of May Street", "17 April Square", "the Sunday Market", "the
     * Sunday Times"), one after "called" or "named" ("a dog called April"), or a four-figure number in a code ("batch
     * FJ-2411", "flight A2019").
     */
    static boolean isName(String text, Span span) {
        String written = span.of(text);
        String last = written.substring(written.lastIndexOf(' ') + 1);
        if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))) {
            // "May Street", and "17 April Square" whose date opens with its day.
            var after = PLACE_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 12)));
            if (after.lookingAt()) return true;
            // "a rescue dog called April", "a storm named June".
            if (NAMED_BEFORE.matcher(text.substring(Math.max(0, span.start() - 16), span.start())).find()) {
                return true;
            }
        }
        if (written.matches("\\d{4}") && span.start() > 0) {
            char before = text.charAt(span.start() - 1);
            if (Character.isLetter(before)) return true;
            if (before == '-' && span.start() > 1 && Character.isLetterOrDigit(text.charAt(span.start() - 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date word inside a name the tagger found, or a month before a person's surname with no preposition before it
     * ("June Marrick, who runs the lab", but not "in March Smith resigned").
     */
    private static boolean inName(String text, List<Mention> mentions, Span span) {
        boolean month = span.of(text).matches("\\p{Lu}\\p{L}+") && !isMonthWord(span.of(text));
        for (Mention m : mentions) {
            if (m.span().overlaps(span)) return true;
            if (month && m.type() == EntityType.PERSON && m.span().start() == span.end() + 1
                    && !DATE_LEAD.matcher(text.substring(Math.max(0, span.start() - 12), span.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Words that put a month before them in a date: "in March", "since June", "last May". */
    private static final java.util.regex.Pattern DATE_LEAD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:in|on|since|by|until|till|from|last|next|this|early|late|mid|of|to|through|during|before|"
                    + "after|between|and|or)\\s+$");

    /** Words that give a name after them: "a dog called April". */
    private static final java.util.regex.Pattern NAMED_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:called|named|dubbed|nicknamed|christened)\\s+$");

    private static final java.util.regex.Pattern PLACE_AFTER = java.util.regex.Pattern.compile(
            "\\s+(Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Square|Place|Park|Bridge|Hall|Drive|Close|Gardens|"
                    + "Market|Mosque|Club|Times|Telegraph|Express|Mirror)\\b");

    /** A bare lower-case month name ("during the march") is an everyday word, not a date. */
    static boolean isMonthWord(String written) {
        return MONTH_WORDS.contains(written) && written.equals(written.toLowerCase(Locale.ROOT));
    }

    /** CoreNLP writes ">10000.0" and "1000.0"; the trailing ".0" says nothing. */
    static String normalizeNumber(String value) {
        if (value == null) return "";
        return value.replaceAll("(\\d)\\.0(?![0-9])", "$1");
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "night", "week",
            "weekend", "fortnight", "month", "year", "decade", "century", "o'clock", "am", "pm", "a.m.", "p.m.");

    /**
     * Figures the time tagger swallowed into a duration ("at least 1,000 of the 11,000 soldiers ... over a span of
     * three months" comes back as one DURATION): a figure tagged as time but followed by no unit of time is a number,
     * with the comparison the words before it make ("at least" is >=, "more than" is >, "fewer than" is <).
     */
    private static void numbersTakenForTime(List<Token> tokens, List<Sentence> sentences, List<Quantity> quantities) {
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (Quantity q : quantities) taken.add(q.span().start());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!TIME_TAGS.contains(t.ner()) || !FIGURE.matcher(t.word()).matches() || taken.contains(t.span().start())) {
                continue;
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).lemma().toLowerCase(java.util.Locale.ROOT) : "";
            if (TIME_UNITS.contains(next) || TIME_UNITS.contains(next.replaceFirst("s$", ""))) continue;
            // "March 2", "2 March", "at 8 pm": a figure beside a word of time is part of a date.
            if (timeWord(tokens, i - 1) || timeWord(tokens, i + 1)) continue;
            String figure = t.word().replace(",", "");
            if (figure.length() == 4 && figure.compareTo("1900") >= 0 && figure.compareTo("2100") <= 0) continue;
            String before = (i >= 2 ? tokens.get(i - 2).word() + " " : "") + (i >= 1 ? tokens.get(i - 1).word() : "");
            String op = comparison(before.toLowerCase(java.util.Locale.ROOT));
            quantities.add(new Quantity(t.span(), t.word(), "NUMBER", op + figure, sentenceOf(sentences, t.span())));
        }
        quantities.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
    }

    private static final Set<String> TIME_TAGS = Set.of("DURATION", "DATE", "TIME", "SET");

    private static boolean timeWord(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) return false;
        Token t = tokens.get(i);
        return TIME_TAGS.contains(t.ner()) && !FIGURE.matcher(t.word()).matches();
    }

    /** The comparison the two words before a figure make, as CoreNLP writes it in a normalized number. */
    static String comparison(String before) {
        if (before.matches(".*\\b(at least|no fewer|no less)$")) return ">=";
        if (before.matches(".*\\b(more than|over|above|upwards of|exceeding)$")) return ">";
        if (before.matches(".*\\b(fewer than|less than|under|below)$")) return "<";
        if (before.matches(".*\\b(at most|up to|no more)$")) return "<=";
        if (before.matches(".*\\b(about|around|roughly|approximately|nearly|almost|some)$")) return "~";
        return "";
    }

    /** The sentence a span starts in, by binary search over sentences in text order; -1 if none. */
    private static int sentenceOf(List<Sentence> sentences, Span span) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (span.start() < s.start()) hi = mid - 1;
            else if (span.start() >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
