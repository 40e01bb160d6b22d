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
import org.triangulate.reconcile.Embedder;
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
        out.printf(Locale.ROOT, "best F1 at %.2f; precision >= 0.95 from %.2f (recall %.3f)%n", best[3], precise[3],
                precise[2]);
        out.printf(Locale.ROOT, "pairs=%d threshold=%.2f f1=%.3f precision=%.3f recall=%.3f f1_in_use=%.3f "
                        + "precise_threshold=%.2f precise_recall=%.3f%n",
                labeled.size(), best[3], best[0], best[1], best[2], inUse, precise[3], precise[2]);
        return CommandLine.ExitCode.OK;
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
