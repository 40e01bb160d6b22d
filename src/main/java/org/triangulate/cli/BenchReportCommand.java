package org.triangulate.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.Triangulate;
import org.triangulate.annotate.Annotator;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Dossier;
import org.triangulate.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code triangulate bench report PATH...}: how long a cold {@code report} takes, and how fast annotation runs once
 * warm. Run it in a fresh process: "cold" counts from the start of this JVM.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Times a cold report (from JVM start to the JSON dossier, models loaded on the way), then "
                + "steady-state annotation: warm-up rounds, then timed rounds on one thread and on all threads.",
                "Last line: cold_wall_s, model_load_s, documents, tokens, tokens_per_s_per_core, tokens_per_s_all."})
final class BenchReportCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds first. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--min-seconds", defaultValue = "10",
            description = "Timed rounds go on until at least this long. Default: ${DEFAULT-VALUE}.")
    double minSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long loadStart = System.nanoTime();
        Annotator annotator = SharedAnnotator.get();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        Triangulate triangulate = new Triangulate(input.settings(), () -> annotator);
        Triangulate.Extracted extracted = triangulate.extractSources(input.sources);
        Dossier dossier = triangulate.report(extracted);
        ReportFormat.JSON.write(dossier, Writer.nullWriter());
        double coldSeconds = (System.currentTimeMillis() - jvmStart) / 1000.0;
        ReportCommand.printDiagnostics(dossier, spec.commandLine().getErr());
        if (dossier.documents().isEmpty()) {
            spec.commandLine().getErr().println("triangulate: no report could be read; nothing to measure");
            return CommandLine.ExitCode.USAGE;
        }
        int tokens = dossier.documents().stream().mapToInt(d -> d.tokens().size()).sum();
        out.printf(Locale.ROOT, "cold report: %d documents, %d tokens, %.2f s from JVM start (models %.2f s)%n",
                dossier.documents().size(), tokens, coldSeconds, loadSeconds);

        List<Article> articles = extracted.articles();
        for (int i = 0; i < warmup; i++) annotator.annotateAll(articles, 1);
        double perCore = rate(annotator, articles, 1);
        int threads = input.settings().threads();
        double all = rate(annotator, articles, threads);
        out.printf(Locale.ROOT, "steady state: %.0f tokens/s on 1 thread, %.0f tokens/s on %d threads%n",
                perCore, all, threads);
        out.printf(Locale.ROOT, "cold_wall_s=%.2f model_load_s=%.2f documents=%d tokens=%d tokens_per_s_per_core=%.0f "
                        + "tokens_per_s_all=%.0f threads=%d%n",
                coldSeconds, loadSeconds, dossier.documents().size(), tokens, perCore, all, threads);
        return CommandLine.ExitCode.OK;
    }

    /** Tokens per second over rounds of the whole batch, until {@link #minSeconds} have passed. */
    private double rate(Annotator annotator, List<Article> articles, int threads) {
        long tokens = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (AnnotatedDocument d : annotator.annotateAll(articles, threads)) tokens += d.tokens().size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < minSeconds * 1e9);
        return tokens / (elapsed / 1e9);
    }
}
