package org.triangulate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.bench.EcbPlusCorpus;
import org.triangulate.reconcile.Embedder;
import org.triangulate.reconcile.Propositions;
import org.triangulate.reconcile.Reconciler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triangulate bench propositions}: how well the embeddings' cosine tells two statements of one assertion from
 * two of one story, on labeled pairs; the threshold it finds is the one {@link Reconciler} uses.
 */
@Command(name = "propositions", mixinStandardHelpOptions = true,
        description = {"Scores 'same assertion' by cosine similarity over labeled statement pairs (label, statement, "
                + "statement; tab-separated; # comments), at every threshold from 0.30 to 0.95, and prints the best.",
                "Last line: pairs, threshold (best F1), f1, precision, recall, the F1 at the threshold in use, and the "
                        + "lowest threshold with precision >= 0.95 (the one corroboration asks for) with its recall."})
final class BenchPropositionsCommand implements Callable<Integer> {
    private static final String BUNDLED = "/org/triangulate/reconcile/proposition-pairs.tsv";

    @Option(names = "--pairs", paramLabel = "FILE", description = "Labeled pairs (default: the bundled set).")
    Path pairs;

    @Option(names = "--ecbplus", paramLabel = "DIR", description = "Also calibrate the grouping itself on ECB+ "
            + "(topics of two similar events each): every linkage, with and without centering, at every threshold.")
    Path ecbplus;

    @Option(names = "--scale", paramLabel = "N", split = ",", defaultValue = "2000,4000",
            description = "Also time the grouping of N statements (random vectors of the embedder's length, "
                    + "complete linkage at the threshold in use), for each N; 0 for none. Default: ${DEFAULT-VALUE}.")
    List<Integer> scale;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Pair(boolean same, String a, String b) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Pair> labeled = read();
        if (labeled.isEmpty()) {
            spec.commandLine().getErr().println("triangulate: no labeled pairs in " + (pairs == null ? BUNDLED : pairs));
            return CommandLine.ExitCode.USAGE;
        }
        List<String> texts = new ArrayList<>();
        labeled.forEach(p -> {
            texts.add(p.a());
            texts.add(p.b());
        });
        List<float[]> vectors = Embedder.shared().embedAll(texts);
        double[] cos = new double[labeled.size()];
        for (int i = 0; i < cos.length; i++) cos[i] = Embedder.cosine(vectors.get(2 * i), vectors.get(2 * i + 1));
        double[] best = null;
        double[] precise = null;
        double inUse = 0;
        for (int t = 30; t <= 95; t++) {
            double[] s = score(labeled, cos, t / 100.0);
            if (best == null || s[0] > best[0]) best = s;
            if (precise == null && s[1] >= 0.95) precise = s;
            if (t == Math.round(Reconciler.DEFAULT_THRESHOLD * 100)) inUse = s[0];
            if (t % 5 == 0) out.printf(Locale.ROOT, "threshold %.2f: F1 %.3f (P %.3f, R %.3f)%n", t / 100.0, s[0], s[1], s[2]);
        }
        if (precise == null) precise = new double[] {0, 1, 0, 1};
        String ecb = ecbplus == null ? "" : " " + ecbPlus(out);
        StringBuilder timed = new StringBuilder();
        for (int n : scale) {
            if (n > 0) timed.append(String.format(Locale.ROOT, " cluster_s_%d=%.2f", n, timeGrouping(n)));
        }
        out.printf(Locale.ROOT, "best F1 at %.2f; precision >= 0.95 from %.2f (recall %.3f)%n", best[3], precise[3],
                precise[2]);
        out.printf(Locale.ROOT, "pairs=%d threshold=%.2f f1=%.3f precision=%.3f recall=%.3f f1_in_use=%.3f "
                        + "precise_threshold=%.2f precise_recall=%.3f%s%s%n",
                labeled.size(), best[3], best[0], best[1], best[2], inUse, precise[3], precise[2], ecb, timed);
        return CommandLine.ExitCode.OK;
    }

    /**
     * Seconds to group {@code n} statements shaped like a story's: each vector is the story's, one of n / 5
     * propositions' and its own noise, so that statements of one proposition have a cosine near 0.7 and others near
     * 0.3, as the seed's do. The cosines are computed first and not timed.
     */
    private static double timeGrouping(int n) {
        java.util.Random random = new java.util.Random(1);
        int d = Embedder.DIMENSIONS;
        float[] story = gaussian(random, d);
        float[][] propositions = new float[Math.max(1, n / 5)][];
        for (int i = 0; i < propositions.length; i++) propositions[i] = gaussian(random, d);
        float[][] v = new float[n][];
        for (int i = 0; i < n; i++) {
            float[] p = propositions[random.nextInt(propositions.length)];
            float[] noise = gaussian(random, d);
            v[i] = new float[d];
            for (int k = 0; k < d; k++) v[i][k] = 0.6f * story[k] + 0.7f * p[k] + 0.6f * noise[k];
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) sim[i][j] = sim[j][i] = Embedder.cosine(v[i], v[j]);
        }
        long start = System.nanoTime();
        Propositions.cluster(sim, Reconciler.DEFAULT_THRESHOLD, Propositions.Linkage.COMPLETE);
        return (System.nanoTime() - start) / 1e9;
    }

    private static float[] gaussian(java.util.Random random, int d) {
        float[] x = new float[d];
        for (int k = 0; k < d; k++) x[k] = (float) random.nextGaussian();
        return x;
    }

    /**
     * Groups each ECB+ topic's annotated sentences as the reconciler groups statements, and scores the groups by
     * pairs: two sentences of different documents that mention one event instance belong together; two from the
     * topic's two different events belong apart. Prints the best threshold of each linkage, raw and centered, and
     * returns the overall best as name=value pairs.
     */
    private String ecbPlus(PrintWriter out) throws IOException {
        List<EcbPlusCorpus.Topic> topics = EcbPlusCorpus.read(ecbplus);
        List<double[][]> raw = new ArrayList<>();
        List<double[][]> centered = new ArrayList<>();
        for (EcbPlusCorpus.Topic t : topics) {
            List<float[]> v = Embedder.shared().embedAll(t.sentences().stream().map(EcbPlusCorpus.Sentence::text).toList());
            raw.add(similarities(v));
            centered.add(similarities(Propositions.centered(v)));
        }
        int sentences = topics.stream().mapToInt(t -> t.sentences().size()).sum();
        out.printf(Locale.ROOT, "ECB+: %d topics, %d annotated sentences%n", topics.size(), sentences);
        String bestName = null;
        double[] best = null;
        for (Propositions.Linkage linkage : Propositions.Linkage.values()) {
            for (boolean center : new boolean[] {false, true}) {
                double[] top = null;
                for (int t = center ? -50 : 0; t <= 95; t++) {
                    double[] s = grouping(topics, center ? centered : raw, t / 100.0, linkage);
                    if (top == null || s[0] > top[0]) top = s;
                }
                String name = linkage.name().toLowerCase(Locale.ROOT) + (center ? "+centered" : "");
                out.printf(Locale.ROOT, "  %-17s best at %.2f: F1 %.3f (P %.3f, R %.3f)%n", name, top[3], top[0], top[1],
                        top[2]);
                if (best == null || top[0] > best[0]) {
                    best = top;
                    bestName = name;
                }
            }
        }
        double[] inUse = grouping(topics, raw, Reconciler.DEFAULT_THRESHOLD, Propositions.Linkage.COMPLETE);
        // Pairs alone, centered: when two sentences report one event (F1), and when surely (precision >= 0.95).
        double[] pairBest = null;
        double[] pairPrecise = null;
        for (int t = -50; t <= 95; t++) {
            double[] s = pairs(topics, centered, t / 100.0);
            if (pairBest == null || s[0] > pairBest[0]) pairBest = s;
            if (pairPrecise == null && s[1] >= 0.95) pairPrecise = s;
        }
        if (pairPrecise == null) pairPrecise = new double[] {0, 1, 0, 1};
        out.printf(Locale.ROOT, "  centered pairs: best F1 %.3f at %.2f; precision >= 0.95 from %.2f (recall %.3f)%n",
                pairBest[0], pairBest[3], pairPrecise[3], pairPrecise[2]);
        return String.format(Locale.ROOT, "ecb_best=%s ecb_threshold=%.2f ecb_f1=%.3f ecb_f1_in_use=%.3f "
                        + "ecb_pair_threshold=%.2f ecb_precise_threshold=%.2f", bestName, best[3], best[0], inUse[0],
                pairBest[3], pairPrecise[3]);
    }

    /** Pair decisions alone (cosine at or above the threshold), scored as {@link #grouping} scores groups. */
    private static double[] pairs(List<EcbPlusCorpus.Topic> topics, List<double[][]> sims, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int k = 0; k < topics.size(); k++) {
            List<EcbPlusCorpus.Sentence> s = topics.get(k).sentences();
            double[][] sim = sims.get(k);
            for (int i = 0; i < s.size(); i++) {
                for (int j = i + 1; j < s.size(); j++) {
                    Boolean gold = together(s.get(i), s.get(j));
                    if (gold == null) continue;
                    boolean said = sim[i][j] >= threshold;
                    if (said && gold) tp++;
                    else if (said) fp++;
                    else if (gold) fn++;
                }
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return new double[] {p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, threshold};
    }

    /** True when two sentences of different documents report one event, false when two events, else null. */
    private static Boolean together(EcbPlusCorpus.Sentence a, EcbPlusCorpus.Sentence b) {
        if (a.doc().equals(b.doc())) return null;
        boolean shared = a.events().stream().anyMatch(b.events()::contains);
        if (shared) return true;
        return a.subtopic().equals(b.subtopic()) ? null : false;
    }

    private static double[][] similarities(List<float[]> v) {
        double[][] sim = new double[v.size()][v.size()];
        for (int i = 0; i < v.size(); i++) {
            for (int j = i + 1; j < v.size(); j++) sim[i][j] = sim[j][i] = Embedder.cosine(v.get(i), v.get(j));
        }
        return sim;
    }

    private static double[] grouping(List<EcbPlusCorpus.Topic> topics, List<double[][]> sims, double threshold,
            Propositions.Linkage linkage) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int k = 0; k < topics.size(); k++) {
            List<EcbPlusCorpus.Sentence> s = topics.get(k).sentences();
            int[] cluster = new int[s.size()];
            List<List<Integer>> clusters = Propositions.cluster(sims.get(k), threshold, linkage);
            for (int c = 0; c < clusters.size(); c++) {
                for (int i : clusters.get(c)) cluster[i] = c;
            }
            for (int i = 0; i < s.size(); i++) {
                for (int j = i + 1; j < s.size(); j++) {
                    Boolean gold = together(s.get(i), s.get(j));
                    if (gold == null) continue;
                    boolean shared = gold;
                    boolean together = cluster[i] == cluster[j];
                    if (together && shared) tp++;
                    else if (together) fp++;
                    else if (shared) fn++;
                }
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return new double[] {p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, threshold};
    }

    /** F1, precision, recall and the threshold, for "same" when the cosine reaches it. */
    private static double[] score(List<Pair> labeled, double[] cos, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < cos.length; i++) {
            boolean said = cos[i] >= threshold;
            if (said && labeled.get(i).same()) tp++;
            else if (said) fp++;
            else if (labeled.get(i).same()) fn++;
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return new double[] {p + r == 0 ? 0 : 2 * p * r / (p + r), p, r, threshold};
    }

    private List<Pair> read() throws IOException {
        String text;
        if (pairs != null) {
            if (!Files.isRegularFile(pairs)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--pairs: no such file: " + pairs);
            }
            text = Files.readString(pairs, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = BenchPropositionsCommand.class.getResourceAsStream(BUNDLED)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        List<Pair> out = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\r?\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 3 || !f[0].matches("[01]")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        (pairs == null ? BUNDLED : pairs) + ":" + n + ": expected 'label<TAB>statement<TAB>statement'"
                                + " with label 0 or 1");
            }
            out.add(new Pair(f[0].equals("1"), f[1], f[2]));
        }
        return out;
    }
}
