package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import org.triangulate.bench.ExtractionCorpus;
import org.triangulate.bench.ExtractionSystem;
import org.triangulate.bench.ShingleScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triangulate bench extract --dir DIR}: main-content extraction scored on the article-extraction-benchmark
 * layout, ours beside Readability4J run in the same process.
 *
 * <p>Each system extracts every page once, scored by {@link ShingleScores}; a page that cannot be read, or on which a
 * system throws, is a warning naming it and scores as an empty prediction. Timing: after that untimed warm-up pass,
 * {@code --rounds} timed passes of each system over all pages on {@code --threads} threads, interleaved so a slow
 * spell of the shared machine hits both; each keeps its fastest. Output: a table, then a last line of name=value
 * pairs.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Scores main-content extraction on the article-extraction benchmark (4-token shingles), "
                + "beside Readability4J, and measures pages per second after a warm-up pass.",
                "Last line: f1, precision, recall, pages_per_s, peer_f1, peer_pages_per_s, pages."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "1:internal error (a bug: please report it)",
                "2:bad usage: no such folder, or no ground-truth.json in it"})
final class BenchExtractCommand implements Callable<Integer> {
    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "The benchmark folder: DIR/ground-truth.json and DIR/html/<id>.html.gz.")
    java.nio.file.Path dir;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
            description = "Timed passes over all pages; each system keeps its fastest. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--threads", paramLabel = "N",
            description = "Pages extracted at once. Default: the number of processors.")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also write our predictions there in the benchmark's output format: "
                    + "{id: {\"articleBody\": ...}}, for its evaluate.py.")
    java.nio.file.Path outFile;

    @Option(names = "--per-page", description = "Also print each page's precision and recall for both systems.")
    boolean perPage;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1) return usage(err, "--rounds must be at least 1, was " + rounds);
        if (threads != null && threads < 1) return usage(err, "--threads must be at least 1, was " + threads);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ExtractionCorpus corpus;
        try {
            corpus = ExtractionCorpus.open(dir);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        List<ExtractionCorpus.Page> pages = corpus.pages();
        for (ExtractionCorpus.Page p : pages) {
            if (p.problem() != null) err.println("triangulate: warning: page " + p.id() + " not read, scored as "
                    + "empty: " + p.problem());
        }
        List<ExtractionSystem> systems = List.of(ExtractionSystem.triangulate(), ExtractionSystem.readability4j());
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<List<String>> bodies = new ArrayList<>();
            for (ExtractionSystem s : systems) bodies.add(run(s, pages, pool, err));
            double[] fastest = new double[systems.size()];
            java.util.Arrays.fill(fastest, Double.MAX_VALUE);
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < systems.size(); i++) {
                    ExtractionSystem s = systems.get(i);
                    long start = System.nanoTime();
                    run(s, pages, pool, null);
                    fastest[i] = Math.min(fastest[i], (System.nanoTime() - start) / 1e9);
                }
            }
            List<ShingleScores> scores = new ArrayList<>();
            for (int i = 0; i < systems.size(); i++) {
                ShingleScores total = ShingleScores.NONE;
                for (int k = 0; k < pages.size(); k++) {
                    total = total.plus(ShingleScores.page(bodies.get(i).get(k), pages.get(k).expected()));
                }
                scores.add(total);
            }
            if (perPage) printPages(out, pages, bodies);
            if (outFile != null) writePredictions(pages, bodies.get(0));
            out.printf(Locale.ROOT, "article extraction: %d pages in %s, %d threads, fastest of %d timed passes "
                    + "after a warm-up pass%n%n", pages.size(), corpus.dir(), n, rounds);
            out.printf(Locale.ROOT, "%-14s %9s %7s %6s %8s%n", "system", "precision", "recall", "F1", "pages/s");
            for (int i = 0; i < systems.size(); i++) {
                ShingleScores s = scores.get(i);
                out.printf(Locale.ROOT, "%-14s %9.3f %7.3f %6.3f %8.0f%n", systems.get(i).name(), s.precision(),
                        s.recall(), s.f1(), pages.size() / fastest[i]);
            }
            ShingleScores ours = scores.get(0);
            out.printf(Locale.ROOT, "%nf1=%.3f precision=%.3f recall=%.3f pages_per_s=%.0f peer_f1=%.3f "
                            + "peer_pages_per_s=%.0f pages=%d%n", ours.f1(), ours.precision(), ours.recall(),
                    pages.size() / fastest[0], scores.get(1).f1(), pages.size() / fastest[1], pages.size());
            out.flush();
            return CommandLine.ExitCode.OK;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every page's article body by {@code system}, in order, on the pool. A page that was not read, or on which the
     * system throws, gives "" (with a warning when {@code err} is given).
     */
    private static List<String> run(ExtractionSystem system, List<ExtractionCorpus.Page> pages, ExecutorService pool,
                                    PrintWriter err) throws InterruptedException {
        List<Future<String>> futures = new ArrayList<>();
        for (ExtractionCorpus.Page p : pages) {
            futures.add(pool.submit(() -> p.html() == null ? "" : system.articleBody(p.html(), p.url())));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                out.add(futures.get(i).get());
            } catch (ExecutionException e) {
                if (err != null) {
                    err.println("triangulate: warning: " + system.name() + " failed on page " + pages.get(i).id()
                            + ", scored as empty: " + e.getCause());
                }
                out.add("");
            }
        }
        if (err != null) err.flush();
        return out;
    }

    private static void printPages(PrintWriter out, List<ExtractionCorpus.Page> pages, List<List<String>> bodies) {
        out.printf("%-66s %6s %6s %6s %6s%n", "page (ours, then the peer)", "P", "R", "peerP", "peerR");
        for (int k = 0; k < pages.size(); k++) {
            ShingleScores.Page ours = ShingleScores.page(bodies.get(0).get(k), pages.get(k).expected());
            ShingleScores.Page peer = ShingleScores.page(bodies.get(1).get(k), pages.get(k).expected());
            out.printf(Locale.ROOT, "%-66s %6.3f %6.3f %6.3f %6.3f%n", pages.get(k).id() + " " + host(pages.get(k)),
                    ours.precision(), ours.recall(), peer.precision(), peer.recall());
        }
        out.println();
    }

    private void writePredictions(List<ExtractionCorpus.Page> pages, List<String> bodies) throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = json.createObjectNode();
        for (int k = 0; k < pages.size(); k++) root.putObject(pages.get(k).id()).put("articleBody", bodies.get(k));
        json.writerWithDefaultPrettyPrinter().writeValue(outFile.toFile(), root);
    }

    private static String host(ExtractionCorpus.Page p) {
        String url = p.url().replaceFirst("^https?://", "");
        int slash = url.indexOf('/');
        return slash < 0 ? url : url.substring(0, slash);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("triangulate: " + message);
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }
}
