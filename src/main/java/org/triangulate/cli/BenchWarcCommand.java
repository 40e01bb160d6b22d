package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triangulate.Settings;
import org.triangulate.Triangulate;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.SampleWarc;
import org.triangulate.model.Article;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triangulate bench warc}: how fast a WARC file goes through ingest and extract, and in how much memory.
 * Without {@code --warc} it first writes a gzipped WARC of {@code --records} invented pages (untimed). The timed part
 * is the streamed path {@code extract} uses: each record read, decoded, its furniture removed, then dropped; a
 * second pass times ingest alone (reading and decoding the records), to show which stage the time goes to. Memory:
 * the peak of the heap in use, garbage included, and the peak of the live heap (what the last collection left),
 * which stays flat when records are not kept.
 */
@Command(name = "warc", mixinStandardHelpOptions = true,
        description = {"Times reading a WARC file through ingest and extract, and measures the heap.",
                "Last line: records, seconds, records_per_s (ingest and extract), ingest_records_per_s (ingest "
                        + "alone), peak_heap_mb, live_heap_mb, warc_mb."})
final class BenchWarcCommand implements Callable<Integer> {
    @Option(names = "--warc", paramLabel = "FILE", description = "A WARC file to read. Default: one written for the "
            + "run, of --records invented pages.")
    Path warc;

    @Option(names = "--records", defaultValue = "1000", paramLabel = "N",
            description = "Pages in the WARC file written for the run. Default: ${DEFAULT-VALUE}.")
    int records;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (records < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--records must be at least 1, was " + records);
        }
        Path file = warc;
        Path written = null;
        if (file == null) {
            written = Files.createTempFile("triangulate-bench-", ".warc.gz");
            file = written;
            SampleWarc.write(file, records, 42);
        } else if (!Files.isRegularFile(file)) {
            err.println("triangulate: " + file + ": no such file; give a WARC file, or leave out --warc");
            return CommandLine.ExitCode.USAGE;
        }
        try {
            return measure(file, out, err);
        } finally {
            if (written != null) Files.deleteIfExists(written);
        }
    }

    private int measure(Path file, PrintWriter out, PrintWriter err) throws IOException {
        Triangulate triangulate = new Triangulate(new Settings(IngestOptions.defaults(), 1), () -> {
            throw new IllegalStateException("bench warc annotates nothing");
        });
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] counts = new long[3]; // documents, characters of article text, diagnostics
        long[] live = {liveBytes(heap)};
        long start = System.nanoTime();
        triangulate.extractEach(List.of(file.toString()), new Triangulate.ArticleSink() {
            @Override
            public void article(Article article) {
                counts[0]++;
                counts[1] += article.cleanedText().length();
                live[0] = Math.max(live[0], liveBytes(heap));
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
                if (++counts[2] <= 10) err.println("triangulate: " + diagnostic);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        err.flush();
        if (counts[0] == 0) {
            err.println("triangulate: no page could be read from " + file);
            return CommandLine.ExitCode.USAGE;
        }
        double ingestSeconds = ingestAlone(file);
        double mb = 1024.0 * 1024.0;
        out.printf(Locale.ROOT, "bench warc: %s (%.1f MB): %d pages, %d characters of article text, %d diagnostics, "
                        + "in %.2f s; heap peak %.0f MB in use, %.0f MB live, of %.0f MB%n", file,
                Files.size(file) / mb, counts[0], counts[1], counts[2], seconds, peak / mb, live[0] / mb,
                Runtime.getRuntime().maxMemory() / mb);
        out.printf(Locale.ROOT, "ingest alone: %.2f s%n", ingestSeconds);
        out.printf(Locale.ROOT, "records=%d seconds=%.2f records_per_s=%.0f ingest_records_per_s=%.0f "
                        + "peak_heap_mb=%.0f live_heap_mb=%.0f warc_mb=%.1f%n", counts[0], seconds,
                counts[0] / seconds, counts[0] / ingestSeconds, peak / mb, live[0] / mb, Files.size(file) / mb);
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    /** Seconds to read and decode every record, without extraction. */
    private static double ingestAlone(Path file) {
        long start = System.nanoTime();
        new Ingestor(IngestOptions.defaults()).stream(List.of(file.toString()), new Ingestor.Sink() {
            @Override
            public void document(SourceDocument document, Metadata fallback) {
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
            }
        });
        return (System.nanoTime() - start) / 1e9;
    }

    /** The heap left by the last collections: what is really kept, garbage aside. */
    private static long liveBytes(List<MemoryPoolMXBean> heap) {
        long sum = 0;
        for (MemoryPoolMXBean p : heap) {
            MemoryUsage afterGc = p.getCollectionUsage();
            if (afterGc != null) sum += afterGc.getUsed();
        }
        return sum;
    }
}
