package org.triangulate.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The article-extraction benchmark's measure: each text split into word tokens (Python's {@code \w+} on
 * {@code str}: runs of letters, digits and numerals of any script, and {@code _}), every run of four consecutive
 * tokens a shingle (a text of one to three tokens is one shorter shingle), shingles counted as a multiset. Per page, tp = shared shingles, fp = extra predicted ones, fn =
 * missed ones; precision is tp/(tp+fp) and recall tp/(tp+fn), both 1 when fp = fn = 0. Precision is averaged over
 * the pages with tp+fp > 0, recall over those with tp+fn > 0, and F1 is the harmonic mean of the two averages.
 *
 * <p>Immutable; {@link #plus} returns a new total. Cost: linear in the texts' length.
 */
public record ShingleScores(double precisionSum, int precisionPages, double recallSum, int recallPages, int pages) {

    public static final ShingleScores NONE = new ShingleScores(0, 0, 0, 0, 0);
    static final int SHINGLE = 4;

    /** One page's counts. */
    public record Page(int tp, int fp, int fn) {
        /** NaN when the page predicts nothing and expects nothing. */
        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }
    }

    /** The counts of one page: {@code predicted} text against the {@code expected} one. */
    public static Page page(String predicted, String expected) {
        Map<String, Integer> p = shingles(predicted);
        Map<String, Integer> t = shingles(expected);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int truth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), truth);
            fp += Math.max(0, e.getValue() - truth);
        }
        int expectedCount = t.values().stream().mapToInt(Integer::intValue).sum();
        return new Page(tp, fp, expectedCount - tp);
    }

    /** These totals with one more page. */
    public ShingleScores plus(Page page) {
        double precision = page.precision();
        double recall = page.recall();
        boolean countsPrecision = page.tp() + page.fp() > 0;
        boolean countsRecall = page.tp() + page.fn() > 0;
        return new ShingleScores(
                precisionSum + (countsPrecision ? precision : 0), precisionPages + (countsPrecision ? 1 : 0),
                recallSum + (countsRecall ? recall : 0), recallPages + (countsRecall ? 1 : 0), pages + 1);
    }

    public double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    public double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.3f recall %.3f F1 %.3f over %d pages", precision(), recall(),
                f1(), pages);
    }

    /** The word tokens of {@code text}, as Python's {@code re.findall(r"\w+", text)} gives them. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    /** Python's {@code str.isalnum()} or {@code _}: a letter (L*), or a numeral (Nd, Nl, No). */
    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> words = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        StringBuilder key = new StringBuilder();
        // As the benchmark's script does, a text of one to three tokens is one shorter shingle.
        for (int i = 0; i < Math.max(1, words.size() - SHINGLE + 1) && !words.isEmpty(); i++) {
            key.setLength(0);
            for (int j = i; j < Math.min(i + SHINGLE, words.size()); j++) key.append(words.get(j)).append('\u0001');
            out.merge(key.toString(), 1, Integer::sum);
        }
        return out;
    }
}
