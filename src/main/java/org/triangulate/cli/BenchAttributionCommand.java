package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triangulate.Settings;
import org.triangulate.Triangulate;
import org.triangulate.annotate.Annotator;
import org.triangulate.attribute.Attributor;
import org.triangulate.bench.AttributionScores;
import org.triangulate.bench.AttributionSpans;
import org.triangulate.bench.BratAnnotations;
import org.triangulate.bench.BratWriter;
import org.triangulate.bench.PolnearCorpus;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Attribution;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Entity;
import org.triangulate.resolve.EntityResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triangulate bench attribution --polnear DIR}: how well the pipeline finds who says what, scored against
 * PolNeAR's annotators, and what attribution costs.
 *
 * <p>The split's texts go through the real pipeline (ingest, extract, annotate, resolve, attribute). Timing: after
 * one untimed warm-up pass of each step on {@code --threads} threads, three steps are timed on one thread: annotation
 * without parsing, annotation with a dependency parse of the sentences that may report speech, and attribution
 * (entity resolution, which the pipeline runs anyway, is left out). The overhead is what attribution adds to plain
 * annotation: {@code (annotate_with_parse + attribute - annotate_plain) / annotate_plain}. Scores: see
 * {@link org.triangulate.bench.SpanScores}; the outlet's unattributed voice is not an attribution and is left out.
 * Output: the predictions as {@code <stem>.ann} under {@code --out}, a {@code scores.txt} there, and on standard
 * output the table, the timings and a last line of name=value pairs.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Scores attribution (source, cue and content spans) against PolNeAR, by exact match and by "
                + "token overlap, and times what attribution adds to annotation.",
                "Last line: source_f1, cue_f1, content_f1 (token overlap), source_exact_f1, cue_exact_f1, "
                        + "content_exact_f1, attribution_overhead."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "1:internal error (a bug: please report it)",
                "2:bad usage: not a PolNeAR folder, or no text could be read"})
final class BenchAttributionCommand implements Callable<Integer> {
    @Option(names = "--polnear", required = true, paramLabel = "DIR",
            description = "The PolNeAR folder: DIR/<split>/text/*.txt, "
                    + "DIR/<split>/attributions/<text>_<annotator>.ann.")
    Path polnear;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT",
            description = "dev or test (train where present). Default: ${DEFAULT-VALUE}.")
    String split;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the predicted .ann files and scores.txt go. Default: target/bench/polnear-<split>.")
    Path out;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
            description = "Timed rounds; each step keeps its fastest. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for the untimed warm-up pass; timed passes run on one. Default: the number of "
                    + "processors.")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1, was " + threads);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PolnearCorpus corpus;
        try {
            corpus = PolnearCorpus.open(polnear, split);
        } catch (IllegalArgumentException e) {
            err.println("triangulate: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        print(corpus.diagnostics(), err);
        Path outDir = out != null ? out : Paths.get("target", "bench", "polnear-" + split);
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("triangulate: cannot create the output folder " + outDir + ": " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }

        List<Path> files = corpus.texts().stream().map(PolnearCorpus.Text::text).toList();
        Triangulate.Extracted extracted =
                new Triangulate(new Settings(IngestOptions.defaults(), n), SharedAnnotator::get).extract(files);
        print(extracted.diagnostics(), err);
        List<Article> articles = extracted.articles();
        if (articles.isEmpty()) {
            err.println("triangulate: no text of " + polnear.resolve(split).resolve("text") + " could be read");
            return CommandLine.ExitCode.USAGE;
        }

        Run run = new Run(SharedAnnotator.get(), articles);
        err.printf("bench attribution: %d texts; warm-up on %d threads%n", articles.size(), n);
        err.flush();
        run.warmUp(n);
        err.println("bench attribution: timing on one thread");
        err.flush();
        if (rounds < 1) {
            err.println("triangulate: --rounds must be at least 1, was " + rounds);
            return CommandLine.ExitCode.USAGE;
        }
        run.time(rounds);

        Scored scored = score(corpus, articles, run.attributions, outDir, err);
        String report = report(corpus, articles.size(), scored, run);
        Files.writeString(outDir.resolve("scores.txt"), report, StandardCharsets.UTF_8);
        err.println("bench attribution: predictions and scores.txt written to " + outDir);
        err.flush();
        stdout.print(report);
        stdout.flush();
        return CommandLine.ExitCode.OK;
    }

    /** The scores over every gold file, and how many attributions were predicted. */
    private record Scored(AttributionScores scores, int predicted) {}

    /**
     * Scores each text's predictions against each of its gold files, writing the predictions as it goes. A text the
     * pipeline could not read is scored with no predictions, so its gold spans count as missed.
     */
    private static Scored score(PolnearCorpus corpus, List<Article> articles,
                                Map<String, List<Attribution>> attributions, Path outDir, PrintWriter err)
            throws IOException {
        Map<Path, Article> byFile = new HashMap<>();
        for (Article a : articles) byFile.put(Paths.get(a.document().source()).toAbsolutePath().normalize(), a);
        AttributionScores scores = AttributionScores.NONE;
        int predictedAttributions = 0;
        for (PolnearCorpus.Text t : corpus.texts()) {
            Article article = byFile.get(t.text().toAbsolutePath().normalize());
            List<AttributionSpans> predicted = article == null ? List.of()
                    : AttributionSpans.predicted(attributions.get(article.id()));
            String text = article != null ? article.document().text() : readOrNull(t.text(), err);
            if (text == null) continue;
            predictedAttributions += predicted.size();
            Files.writeString(outDir.resolve(t.stem() + ".ann"), BratWriter.toString(text, predicted),
                    StandardCharsets.UTF_8);
            for (PolnearCorpus.AnnotationFile f : t.annotations()) {
                BratAnnotations gold = BratAnnotations.read(f.path(), text);
                for (String w : gold.warnings()) err.println("triangulate: " + f.path() + ": warning: " + w);
                if (gold.warningCount() > gold.warnings().size()) {
                    err.println("triangulate: " + f.path() + ": warning: " + gold.warningCount() + " problems in all");
                }
                scores = scores.plus(text, gold, predicted);
            }
        }
        err.flush();
        return new Scored(scores, predictedAttributions);
    }

    /** The text of a file the pipeline skipped, to score its gold spans as missed; null, said why, if unreadable. */
    private static String readOrNull(Path file, PrintWriter err) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("triangulate: " + file + ": error: not scored: " + e.getMessage());
            return null;
        }
    }

    private static String report(PolnearCorpus corpus, int read, Scored scored, Run run) {
        AttributionScores scores = scored.scores();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "PolNeAR %s: %d texts (%d read), %d gold files, each scored as a gold "
                        + "document; %d attributions predicted (the outlet's own voice left out)%n%n",
                corpus.split(), corpus.texts().size(), read, corpus.annotationFileCount(), scored.predicted()));
        s.append(scores.table()).append(String.format("%n"));
        s.append(String.format(Locale.ROOT, "annotate without parsing:           %8.2f s (one thread)%n", run.plain));
        s.append(String.format(Locale.ROOT, "annotate, parsing speech sentences: %8.2f s%n", run.withParse));
        s.append(String.format(Locale.ROOT, "attribute:                          %8.2f s%n", run.attribute));
        s.append(String.format(Locale.ROOT, "attribution overhead: (%.2f + %.2f - %.2f) / %.2f = %.3f%n",
                run.withParse, run.attribute, run.plain, run.plain, run.overhead()));
        s.append(String.format(Locale.ROOT, "%s attribution_overhead=%.2f%n", scores.summary(), run.overhead()));
        return s.toString();
    }

    private static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics) err.println("triangulate: " + d);
        err.flush();
    }

    /** The timed steps over one batch of articles, and the attributions of the last pass, by document id. */
    private static final class Run {
        private final Annotator annotator;
        private final List<Article> articles;
        private final EntityResolver resolver = new EntityResolver();
        private final Attributor attributor = new Attributor();
        private Map<String, List<Attribution>> attributions = Map.of();
        double plain;
        double withParse;
        double attribute;

        Run(Annotator annotator, List<Article> articles) {
            this.annotator = annotator;
            this.articles = articles;
        }

        void warmUp(int threads) {
            annotator.annotateAll(articles, threads);
            List<AnnotatedDocument> docs = annotator.annotateAll(articles, threads, Attributor::mayReportSpeech);
            attributeAll(docs, resolver.resolve(docs));
        }

        /**
         * Times each step {@code rounds} times, interleaved so that a slow spell of the machine hits both sides, and
         * keeps each step's fastest time: the least disturbed measurement of it.
         */
        void time(int rounds) {
            plain = withParse = attribute = Double.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                plain = Math.min(plain, seconds(() -> annotator.annotateAll(articles, 1)));
                List<List<AnnotatedDocument>> parsed = new ArrayList<>(1);
                withParse = Math.min(withParse,
                        seconds(() -> parsed.add(annotator.annotateAll(articles, 1, Attributor::mayReportSpeech))));
                List<Entity> entities = resolver.resolve(parsed.get(0));
                attribute = Math.min(attribute, seconds(() -> attributions = attributeAll(parsed.get(0), entities)));
            }
        }

        double overhead() {
            return plain == 0 ? 0 : (withParse + attribute - plain) / plain;
        }

        private Map<String, List<Attribution>> attributeAll(List<AnnotatedDocument> docs, List<Entity> entities) {
            Map<String, List<Attribution>> out = new HashMap<>();
            for (AnnotatedDocument d : docs) out.put(d.id(), attributor.attribute(d, entities));
            return out;
        }

        private static double seconds(Runnable step) {
            long start = System.nanoTime();
            step.run();
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
