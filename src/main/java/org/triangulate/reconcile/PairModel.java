package org.triangulate.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How likely two statements of one batch are to make one proposition: a logistic model over two signals that are read
 * against the batch they come from.
 *
 * <ul>
 *   <li><b>Centered cosine</b>: the cosine of the two sentence vectors less the mean vector of the batch's statements.
 *       Within one story every statement is about the same event, and the raw cosine of two different propositions
 *       is about as high as that of two paraphrases; what the whole batch shares is taken out first.</li>
 *   <li><b>Term overlap</b>: the IDF-weighted share of the two statements' content terms ({@link Terms}) that both
 *       hold, with document frequencies counted over the batch's statements: the words that set a statement apart
 *       from the rest of the story weigh most.</li>
 * </ul>
 *
 * <p>The weights are learned from the answer keys of invented stories ({@code triangulate train propositions}): two
 * statements that cite quotes of one key claim are a positive pair, two that cite quotes of different claims a
 * negative one. The bundled model is {@code src/main/resources/org/triangulate/reconcile/proposition.model}.
 *
 * <p>Both signals are read against the batch, and mean what they meant in training only in a batch of a story's
 * size: the bundled model was fit on batches of 104 to 147 statements. Centered on the mean of a few statements,
 * vectors point apart whatever they say (two statements, exactly apart). {@link #applies} tells where the model
 * holds. Threading: immutable.
 */
public final class PairModel {
    /** Where the bundled model is, on the classpath. */
    public static final String RESOURCE = "/org/triangulate/reconcile/proposition.model";

    private static final class Holder {
        static final PairModel BUNDLED = load();
    }

    private final double centered;
    private final double overlap;
    private final double intercept;

    /**
     * @param centered weight of the centered cosine
     * @param overlap weight of the term overlap
     * @param intercept the log-odds when both signals are 0
     */
    public PairModel(double centered, double overlap, double intercept) {
        if (!Double.isFinite(centered) || !Double.isFinite(overlap) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException(
                    "weights must be finite: " + centered + ", " + overlap + ", " + intercept);
        }
        this.centered = centered;
        this.overlap = overlap;
        this.intercept = intercept;
    }

    /**
     * The fewest statements for which the model is used: below it, the batch's mean is mostly the statements
     * themselves.
     */
    public static final int MIN_STATEMENTS = 20;

    /** Whether the model holds for a batch of {@code statements}: a story's worth ({@link #MIN_STATEMENTS}). */
    public static boolean applies(int statements) {
        return statements >= MIN_STATEMENTS;
    }

    /** The model the product ships with. */
    public static PairModel bundled() {
        return Holder.BUNDLED;
    }

    /** The two signals of every pair of a batch's statements, computed once and shared by training and use. */
    public record Signals(double[][] centered, double[][] overlap) {
        public int size() {
            return centered.length;
        }
    }

    /**
     * The signals of every two of a batch's statements.
     *
     * @param vectors each statement's sentence vector
     * @param texts each statement's words, in the same order
     */
    public static Signals signals(List<float[]> vectors, List<String> texts) {
        if (vectors.size() != texts.size()) {
            throw new IllegalArgumentException("vectors and texts differ in number: " + vectors.size() + " and "
                    + texts.size());
        }
        int n = vectors.size();
        List<float[]> centered = Propositions.centered(vectors);
        List<Set<String>> terms = new ArrayList<>(n);
        for (String t : texts) {
            Set<String> s = new HashSet<>();
            for (String term : Terms.of(t)) if (Terms.content(term)) s.add(term);
            terms.add(s);
        }
        // Inverse document frequencies over the batch's statements.
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> s : terms) for (String term : s) df.merge(term, 1, Integer::sum);
        List<Map<String, Double>> weighted = new ArrayList<>(n);
        for (Set<String> s : terms) {
            Map<String, Double> w = new HashMap<>();
            for (String term : s) w.put(term, Math.log((1.0 + n) / (1.0 + df.get(term))) + 1);
            weighted.add(w);
        }
        double[][] cos = new double[n][n];
        double[][] shared = new double[n][n];
        for (int i = 0; i < n; i++) {
            cos[i][i] = 1;
            shared[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                cos[i][j] = cos[j][i] = Embedder.cosine(centered.get(i), centered.get(j));
                shared[i][j] = shared[j][i] = overlap(weighted.get(i), weighted.get(j));
            }
        }
        return new Signals(cos, shared);
    }

    /** The weight of the terms both hold over the weight of the terms either holds; 0 when neither holds any. */
    private static double overlap(Map<String, Double> a, Map<String, Double> b) {
        double both = 0;
        double all = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            all += e.getValue();
            if (b.containsKey(e.getKey())) both += e.getValue();
        }
        for (Map.Entry<String, Double> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) all += e.getValue();
        }
        return all == 0 ? 0 : both / all;
    }

    /** The probability that statements {@code i} and {@code j} make one proposition. */
    public double probability(Signals s, int i, int j) {
        if (i == j) return 1;
        return probability(s.centered()[i][j], s.overlap()[i][j]);
    }

    /** The probability from the two signals' values. */
    public double probability(double centeredCosine, double termOverlap) {
        return 1 / (1 + Math.exp(-(centered * centeredCosine + overlap * termOverlap + intercept)));
    }

    /** The probabilities of every two statements: a symmetric matrix with 1 on its diagonal. */
    public double[][] probabilities(Signals s) {
        int n = s.size();
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            p[i][i] = 1;
            for (int j = i + 1; j < n; j++) p[i][j] = p[j][i] = probability(s, i, j);
        }
        return p;
    }

    /**
     * Fits the weights by logistic regression: each signal standardized, positives and negatives weighed equally
     * however many of each there are, an L2 penalty of 1 on the standardized weights, and full-batch gradient descent
     * from zero. Deterministic.
     *
     * @param rows each pair's two signals (centered cosine, term overlap)
     * @param same whether each pair makes one proposition
     */
    public static PairModel fit(List<double[]> rows, List<Boolean> same) {
        int n = rows.size();
        if (n != same.size()) throw new IllegalArgumentException("rows and labels differ in number");
        long positives = same.stream().filter(b -> b).count();
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("need pairs of both kinds; got " + positives + " same of " + n);
        }
        double[] mean = new double[2];
        double[] sd = new double[2];
        for (double[] r : rows) for (int k = 0; k < 2; k++) mean[k] += r[k] / n;
        for (double[] r : rows) for (int k = 0; k < 2; k++) sd[k] += (r[k] - mean[k]) * (r[k] - mean[k]) / n;
        for (int k = 0; k < 2; k++) sd[k] = Math.max(1e-9, Math.sqrt(sd[k]));
        double positiveWeight = n / (2.0 * positives);
        double negativeWeight = n / (2.0 * (n - positives));
        double[] w = new double[2];
        double b = 0;
        double rate = 0.1;
        for (int step = 0; step < 3000; step++) {
            double[] grad = new double[2];
            double gradB = 0;
            for (int i = 0; i < n; i++) {
                double[] r = rows.get(i);
                double z0 = (r[0] - mean[0]) / sd[0];
                double z1 = (r[1] - mean[1]) / sd[1];
                double p = 1 / (1 + Math.exp(-(w[0] * z0 + w[1] * z1 + b)));
                double y = same.get(i) ? 1 : 0;
                double g = (same.get(i) ? positiveWeight : negativeWeight) * (p - y);
                grad[0] += g * z0;
                grad[1] += g * z1;
                gradB += g;
            }
            for (int k = 0; k < 2; k++) w[k] -= rate * (grad[k] / n + w[k] / n);
            b -= rate * gradB / n;
        }
        // Back to the signals' own scale.
        double centered = w[0] / sd[0];
        double overlap = w[1] / sd[1];
        return new PairModel(centered, overlap, b - centered * mean[0] - overlap * mean[1]);
    }

    /** Three lines, each a name, a tab and a weight. */
    public String write() {
        return String.format(Locale.ROOT, "centered_cosine\t%.6f%nterm_overlap\t%.6f%nintercept\t%.6f%n",
                centered, overlap, intercept);
    }

    /** Reads what {@link #write} wrote; lines starting with '#' are comments. */
    public static PairModel read(String text) throws IOException {
        Map<String, Double> w = new HashMap<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IOException("model line without a tab: " + line);
            try {
                w.put(line.substring(0, tab).strip(), Double.parseDouble(line.substring(tab + 1).strip()));
            } catch (NumberFormatException e) {
                throw new IOException("model line without a number: " + line, e);
            }
        }
        for (String name : List.of("centered_cosine", "term_overlap", "intercept")) {
            if (!w.containsKey(name)) throw new IOException("model without " + name);
        }
        return new PairModel(w.get("centered_cosine"), w.get("term_overlap"), w.get("intercept"));
    }

    private static PairModel load() {
        try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public String toString() {
        return write().replace('\n', ' ').strip();
    }
}
