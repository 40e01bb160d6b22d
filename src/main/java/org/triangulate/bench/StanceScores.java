package org.triangulate.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.triangulate.reconcile.StanceLabel;

/**
 * FNC-1's scores of predicted stances against gold ones, from their confusion matrix.
 *
 * <ul>
 *   <li>The <b>FNC score</b>, as the challenge's scorer computes it: 0.25 for each pair whose related/unrelated call
 *       is right (agree, disagree and discuss are all "related"), and for a gold-related pair a further 0.75 if its
 *       label is exactly right. The <b>relative score</b> is that total over the total of a perfect prediction.
 *   <li><b>Macro-F1</b>: the mean of the four labels' F1 (a label neither in gold nor predicted counts F1 = 0),
 *       which the majority label (unrelated) cannot carry alone.
 * </ul>
 *
 * <p>Threading: immutable (the matrix is copied in and out). Cost: constant.
 */
public final class StanceScores {
    private static final StanceLabel[] LABELS = StanceLabel.values();
    private final long[][] confusion = new long[LABELS.length][LABELS.length];

    private StanceScores(List<StanceLabel> gold, List<StanceLabel> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in size: " + gold.size() + " and "
                    + predicted.size());
        }
        for (int i = 0; i < gold.size(); i++) confusion[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
    }

    /** The scores of {@code predicted} against {@code gold}, pair by pair in the same order. */
    public static StanceScores of(List<StanceLabel> gold, List<StanceLabel> predicted) {
        return new StanceScores(gold, predicted);
    }

    /** How many pairs of gold label {@code gold} were predicted {@code predicted}. */
    public long count(StanceLabel gold, StanceLabel predicted) {
        return confusion[gold.ordinal()][predicted.ordinal()];
    }

    public long pairs() {
        return Arrays.stream(confusion).flatMapToLong(Arrays::stream).sum();
    }

    /** The FNC-1 total of points scored. */
    public double fncPoints() {
        double s = 0;
        for (StanceLabel g : LABELS) {
            for (StanceLabel p : LABELS) {
                long n = count(g, p);
                if (g.related() == p.related()) s += 0.25 * n;
                if (g.related() && g == p) s += 0.75 * n;
            }
        }
        return s;
    }

    /** The FNC-1 total a perfect prediction would score. */
    public double fncMaximum() {
        double s = 0;
        for (StanceLabel g : LABELS) {
            long n = Arrays.stream(confusion[g.ordinal()]).sum();
            s += (g.related() ? 1.0 : 0.25) * n;
        }
        return s;
    }

    /** The relative FNC score in [0, 1]; 0 when there is nothing to score. */
    public double fncScore() {
        double max = fncMaximum();
        return max == 0 ? 0 : fncPoints() / max;
    }

    public double f1(StanceLabel label) {
        long tp = count(label, label);
        long goldN = 0, predictedN = 0;
        for (StanceLabel l : LABELS) {
            goldN += count(label, l);
            predictedN += count(l, label);
        }
        return goldN + predictedN == 0 ? 0 : 2.0 * tp / (goldN + predictedN);
    }

    public double macroF1() {
        double s = 0;
        for (StanceLabel l : LABELS) s += f1(l);
        return s / LABELS.length;
    }

    /** The confusion matrix (gold down, predicted across) with each label's F1, as lines of text. */
    public String table() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-12s", "gold \\ pred"));
        for (StanceLabel p : LABELS) s.append(String.format(Locale.ROOT, "%10s", p.label()));
        s.append(String.format(Locale.ROOT, "%8s%n", "F1"));
        for (StanceLabel g : LABELS) {
            s.append(String.format(Locale.ROOT, "%-12s", g.label()));
            for (StanceLabel p : LABELS) s.append(String.format(Locale.ROOT, "%10d", count(g, p)));
            s.append(String.format(Locale.ROOT, "%8.3f%n", f1(g)));
        }
        return s.toString();
    }
}
