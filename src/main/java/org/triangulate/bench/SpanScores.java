package org.triangulate.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Span;

/**
 * Precision, recall and F1 of the predicted spans of one type (source, cue or content) against the gold ones, by
 * exact match and by token overlap, micro-averaged: counts are summed over documents ({@link #plus}) before the
 * ratios are taken, so a long document weighs more than a short one.
 *
 * <p>A span is a <em>span set</em>: the one or more pieces of a discontinuous annotation count as one span. Before
 * comparing, each span set is normalized against the document's text: every piece is trimmed of surrounding
 * whitespace (no-break spaces included), empty pieces are dropped, and pieces that touch, overlap or are separated
 * by whitespace alone are joined. A span set left empty (all whitespace) is not counted. Within one document and
 * one type, equal span sets count once, on either side.
 *
 * <ul>
 *   <li><b>Exact</b>: a predicted span set is correct when it equals a gold one after normalization: same pieces,
 *       same offsets. A gold span set is found when a prediction equals it.
 *   <li><b>Overlap</b> (as Citron et al. score PARC 3.0): the text is split into word tokens, maximal runs of
 *       {@code \w} characters (Unicode letters, digits and {@code _}, like Python's {@code \w+}). A span set covers a
 *       token when one of its pieces shares at least one character with it. A predicted span set is correct when
 *       it covers at least one token that some gold span set covers; a gold span set is found when it covers at
 *       least one token that some prediction covers. Several predictions may be correct by one gold span, and one
 *       prediction may find several. A span set that covers no word token (a lone dash) is never correct or found.
 * </ul>
 *
 * <p>Precision is correct/predicted, recall found/gold, F1 their harmonic mean. A ratio of 0/0 is 1 when there was
 * nothing to find and nothing was predicted, else 0; F1 is 0 when precision and recall both are.
 *
 * <p>Where several annotators annotated one text, each annotator's file is a gold document of its own: the text's
 * predictions are scored against each file in turn and every file's counts are added, so every annotation counts
 * and the score is the mean agreement with the annotators, weighted by their annotations.
 *
 * <p>Threading: immutable. Cost: linear in the text, plus the number of span sets times log of the tokens.
 *
 * @param exact counts by exact match
 * @param overlap counts by token overlap
 */
public record SpanScores(Tally exact, Tally overlap) {
    /** Nothing counted yet: the start of a sum. */
    public static final SpanScores NONE = new SpanScores(Tally.NONE, Tally.NONE);

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public SpanScores {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(overlap, "overlap");
    }

    /**
     * The counts of one gold document.
     *
     * @param predicted how many span sets were predicted (after normalization, distinct)
     * @param correct how many of them match a gold span set
     * @param gold how many gold span sets there are (after normalization, distinct)
     * @param found how many of them a prediction matches
     */
    public record Tally(int predicted, int correct, int gold, int found) {
        public static final Tally NONE = new Tally(0, 0, 0, 0);

        public Tally {
            if (predicted < 0 || gold < 0 || correct < 0 || found < 0 || correct > predicted || found > gold) {
                throw new IllegalArgumentException("counts must satisfy 0 <= correct <= predicted and 0 <= found "
                        + "<= gold, were " + correct + "/" + predicted + " and " + found + "/" + gold);
            }
        }

        public Tally plus(Tally o) {
            return new Tally(predicted + o.predicted, correct + o.correct, gold + o.gold, found + o.found);
        }

        public double precision() {
            return ratio(correct, predicted);
        }

        public double recall() {
            return ratio(found, gold);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private double ratio(int part, int whole) {
            if (whole > 0) return (double) part / whole;
            return predicted == 0 && gold == 0 ? 1 : 0;
        }
    }

    /**
     * Scores one gold document.
     *
     * @param text the document's text, which every span indexes
     * @param gold the gold span sets of one type
     * @param predicted the predicted span sets of the same type
     * @throws IllegalArgumentException when a span reaches past the end of {@code text}
     */
    public static SpanScores of(String text, Collection<List<Span>> gold, Collection<List<Span>> predicted) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        Set<List<Span>> g = normalizeAll(text, gold, "gold");
        Set<List<Span>> p = normalizeAll(text, predicted, "predicted");
        Tally exact = new Tally(p.size(), (int) p.stream().filter(g::contains).count(),
                g.size(), (int) g.stream().filter(p::contains).count());

        List<Span> tokens = wordTokens(text);
        List<BitSet> goldTokens = g.stream().map(s -> covered(tokens, s)).toList();
        List<BitSet> predictedTokens = p.stream().map(s -> covered(tokens, s)).toList();
        BitSet anyGold = union(goldTokens);
        BitSet anyPredicted = union(predictedTokens);
        Tally overlap = new Tally(p.size(), (int) predictedTokens.stream().filter(anyGold::intersects).count(),
                g.size(), (int) goldTokens.stream().filter(anyPredicted::intersects).count());
        return new SpanScores(exact, overlap);
    }

    /** The sum of two documents' counts. */
    public SpanScores plus(SpanScores other) {
        return new SpanScores(exact.plus(other.exact), overlap.plus(other.overlap));
    }

    /**
     * A span set in normal form: pieces trimmed of whitespace, empty ones dropped, sorted, and joined where they
     * touch, overlap or only whitespace lies between them. Empty when the span set holds no other character.
     */
    public static List<Span> normalize(String text, List<Span> spans) {
        List<Span> trimmed = new ArrayList<>();
        for (Span s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " is past the end of a text of length "
                        + text.length());
            }
            int start = s.start();
            int end = s.end();
            while (start < end && isSpace(text.charAt(start))) start++;
            while (end > start && isSpace(text.charAt(end - 1))) end--;
            if (start < end) trimmed.add(new Span(start, end));
        }
        trimmed.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span s : trimmed) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (s.start() <= last.end() || allSpace(text, last.end(), s.start()))) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** Whitespace, no-break spaces included: annotators' spans sometimes end on a U+00A0. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean allSpace(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(text.charAt(i))) return false;
        }
        return true;
    }

    private static Set<List<Span>> normalizeAll(String text, Collection<List<Span>> spanSets, String name) {
        if (spanSets == null) throw new IllegalArgumentException(name + " must not be null");
        Set<List<Span>> out = new LinkedHashSet<>();
        for (List<Span> s : spanSets) {
            List<Span> n = normalize(text, s);
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /** The word tokens of a text, in order. */
    static List<Span> wordTokens(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(new Span(m.start(), m.end()));
        return out;
    }

    /** The indices of the tokens a span set shares a character with. */
    private static BitSet covered(List<Span> tokens, List<Span> spanSet) {
        BitSet out = new BitSet(tokens.size());
        for (Span s : spanSet) {
            // The first token that ends after the span starts; tokens are sorted and disjoint.
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() <= s.start()) lo = mid + 1; else hi = mid;
            }
            for (int i = lo; i < tokens.size() && tokens.get(i).start() < s.end(); i++) out.set(i);
        }
        return out;
    }

    private static BitSet union(List<BitSet> sets) {
        BitSet out = new BitSet();
        for (BitSet b : sets) out.or(b);
        return out;
    }
}
