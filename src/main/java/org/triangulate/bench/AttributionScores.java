package org.triangulate.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triangulate.model.Span;

/**
 * The {@link SpanScores} of source, cue and content together, summed over gold documents, and their table.
 *
 * <p>Threading: immutable. Cost: that of {@link SpanScores#of} for each type.
 */
public final class AttributionScores {
    /** Nothing scored yet. */
    public static final AttributionScores NONE = new AttributionScores(new EnumMap<>(SpanType.class), 0);

    private final Map<SpanType, SpanScores> byType;
    private final int goldDocuments;

    private AttributionScores(Map<SpanType, SpanScores> byType, int goldDocuments) {
        this.byType = byType;
        this.goldDocuments = goldDocuments;
    }

    /**
     * These scores plus those of one gold document: one annotator's file for one text.
     *
     * @param text the text, which every span indexes
     * @param gold the annotator's file
     * @param predicted the predictions for the text
     */
    public AttributionScores plus(String text, BratAnnotations gold, List<AttributionSpans> predicted) {
        Map<SpanType, SpanScores> sum = new EnumMap<>(SpanType.class);
        for (SpanType type : SpanType.values()) {
            List<List<Span>> p = AttributionSpans.spanSets(predicted, type);
            sum.put(type, of(type).plus(SpanScores.of(text, gold.spanSets(type), p)));
        }
        return new AttributionScores(sum, goldDocuments + 1);
    }

    /** The scores of one type. */
    public SpanScores of(SpanType type) {
        return byType.getOrDefault(type, SpanScores.NONE);
    }

    /** How many gold documents were added. */
    public int goldDocuments() {
        return goldDocuments;
    }

    /**
     * A table, one row a type: exact P, R, F1; overlap P, R, F1; then the counts behind them (predicted and gold
     * span sets, summed over gold documents; exact matches; overlap's correct predictions and found gold spans).
     */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-8s  %-20s  %-20s  %s%n", "", "exact", "overlap", "counts"));
        out.append(String.format(Locale.ROOT, "%-8s  %6s %6s %6s  %6s %6s %6s  %6s %6s %6s %6s %6s%n", "span",
                "P", "R", "F1", "P", "R", "F1", "pred", "gold", "exact", "ov-P", "ov-R"));
        for (SpanType type : SpanType.values()) {
            SpanScores.Tally e = of(type).exact();
            SpanScores.Tally o = of(type).overlap();
            out.append(String.format(Locale.ROOT, "%-8s  %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f  %6d %6d %6d %6d %6d%n",
                    type.label(), e.precision(), e.recall(), e.f1(), o.precision(), o.recall(), o.f1(),
                    e.predicted(), e.gold(), e.correct(), o.correct(), o.found()));
        }
        return out.toString();
    }

    /**
     * The F1s as name=value pairs, by overlap then exact, two decimals: {@code source_f1=0.81 cue_f1=0.84
     * content_f1=0.80 source_exact_f1=0.70 cue_exact_f1=0.78 content_exact_f1=0.55}.
     */
    public String summary() {
        StringBuilder out = new StringBuilder();
        for (SpanType type : SpanType.values()) {
            out.append(String.format(Locale.ROOT, "%s_f1=%.2f ", type.label(), of(type).overlap().f1()));
        }
        for (SpanType type : SpanType.values()) {
            out.append(String.format(Locale.ROOT, "%s_exact_f1=%.2f ", type.label(), of(type).exact().f1()));
        }
        return out.toString().strip();
    }
}
