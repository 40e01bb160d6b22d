package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.triangulate.bench.Fnc1Corpus;
import org.triangulate.bench.Fnc1Predictions;
import org.triangulate.bench.StanceScores;
import org.triangulate.reconcile.StanceClassifier;
import org.triangulate.reconcile.StanceLabel;
import org.triangulate.reconcile.StancePair;

/**
 * One run of a stance classifier over FNC-1 pairs, as {@code bench stance} and {@code train stance} both do it:
 * classify, time, write the predictions, score the pairs that have a gold label.
 */
final class StanceRun {
    final List<Fnc1Corpus.Pair> pairs;
    final List<StanceLabel> predicted;
    final double seconds;

    private StanceRun(List<Fnc1Corpus.Pair> pairs, List<StanceLabel> predicted, double seconds) {
        this.pairs = pairs;
        this.predicted = predicted;
        this.seconds = seconds;
    }

    static StanceRun classify(StanceClassifier classifier, List<Fnc1Corpus.Pair> pairs,
                              Function<Fnc1Corpus.Pair, String> body,
                              Function<List<String>, List<float[]>> embedder) {
        List<StancePair> input = new ArrayList<>(pairs.size());
        for (Fnc1Corpus.Pair p : pairs) input.add(new StancePair(p.headline(), body.apply(p)));
        long start = System.nanoTime();
        List<StanceClassifier.Prediction> out = classifier.classifyAll(input, embedder);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new StanceRun(pairs, out.stream().map(StanceClassifier.Prediction::label).toList(), seconds);
    }

    void writePredictions(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Fnc1Predictions.write(w, pairs, predicted);
        }
    }

    double pairsPerSecond() {
        return seconds == 0 ? 0 : pairs.size() / seconds;
    }

    /** The scores of the pairs that have a gold label; null if none has. */
    StanceScores scores() {
        List<StanceLabel> gold = new ArrayList<>();
        List<StanceLabel> pred = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).gold().isPresent()) {
                gold.add(pairs.get(i).gold().get());
                pred.add(predicted.get(i));
            }
        }
        return gold.isEmpty() ? null : StanceScores.of(gold, pred);
    }

    /**
     * Prints the confusion matrix and the scores, and returns the start of the last line:
     * {@code fnc_score=0.xxx macro_f1=0.xx}.
     */
    static String print(StanceScores scores, PrintWriter out) {
        out.print(scores.table());
        out.printf(Locale.ROOT, "FNC-1 score %.2f of %.2f = %.2f %%; macro-F1 %.4f (%d pairs)%n",
                scores.fncPoints(), scores.fncMaximum(), 100 * scores.fncScore(), scores.macroF1(), scores.pairs());
        return String.format(Locale.ROOT, "fnc_score=%.3f macro_f1=%.2f", scores.fncScore(), scores.macroF1());
    }
}
