package org.triangulate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Claim;
import org.triangulate.model.Dossier;
import org.triangulate.model.Entity;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.report.ReportFormat;
import org.triangulate.web.SampleDossier;
import org.triangulate.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code triangulate bench web}: how long the web app takes to render each kind of page for a large dossier. It
 * generates an invented dossier of {@code --documents} reports (no language model), starts the app on a free port,
 * requests each page kind {@code --requests} times after a warm-up, and reads the server's own rendering time from
 * the {@code Server-Timing} header: the network and the client are left out. It also times writing the same
 * dossier as one HTML file.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = {"Times the web app's pages on a generated dossier, server side.",
                "Last line: documents, claims, each page's median ms (overview_ms, ...), max_p95_ms, html_file_ms, "
                        + "html_file_mb."})
final class BenchWebCommand implements Callable<Integer> {
    private static final Pattern DURATION = Pattern.compile("dur=([0-9.]+)");

    @Option(names = "--documents", defaultValue = "500", paramLabel = "N",
            description = "Reports in the generated dossier. Default: ${DEFAULT-VALUE}.")
    int documents;

    @Option(names = "--requests", defaultValue = "30", paramLabel = "N",
            description = "Requests per page kind, after a warm-up. Default: ${DEFAULT-VALUE}.")
    int requests;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (documents < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--documents must be at least 1, was " + documents);
        }
        if (requests < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--requests must be at least 1, was " + requests);
        }
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Dossier dossier = SampleDossier.generate(documents, 42);
        out.printf(Locale.ROOT, "bench web: generated %d reports, %d claims, %d entities, %d dates in %.2f s%n",
                dossier.documents().size(), dossier.claims().size(), dossier.entities().size(),
                dossier.timeline().dated().size(), (System.nanoTime() - start) / 1e9);
        Map<String, String> pages = pages(dossier);
        Map<String, double[]> times = new LinkedHashMap<>();
        try (WebApp app = WebApp.start(dossier, WebApp.DEFAULT_HOST, 0)) {
            HttpClient client = HttpClient.newHttpClient();
            String base = app.url().substring(0, app.url().length() - 1);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                for (int i = 0; i < Math.max(10, requests / 2); i++) get(client, base + page.getValue());
                double[] ms = new double[requests];
                for (int i = 0; i < requests; i++) ms[i] = get(client, base + page.getValue());
                Arrays.sort(ms);
                times.put(page.getKey(), ms);
            }
        }
        out.printf("%-12s %-40s %10s %10s%n", "page", "path", "median_ms", "p95_ms");
        StringBuilder last = new StringBuilder(String.format(Locale.ROOT, "documents=%d claims=%d",
                dossier.documents().size(), dossier.claims().size()));
        double maxP95 = 0;
        for (Map.Entry<String, double[]> t : times.entrySet()) {
            double median = percentile(t.getValue(), 0.5);
            double p95 = percentile(t.getValue(), 0.95);
            maxP95 = Math.max(maxP95, p95);
            out.printf(Locale.ROOT, "%-12s %-40s %10.2f %10.2f%n", t.getKey(), pages.get(t.getKey()), median, p95);
            last.append(String.format(Locale.ROOT, " %s_ms=%.1f", t.getKey(), median));
        }
        long fileStart = System.nanoTime();
        long[] chars = {0};
        ReportFormat.HTML.write(dossier, new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                chars[0] += len;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        double fileMs = (System.nanoTime() - fileStart) / 1e6;
        out.printf(Locale.ROOT, "single HTML file: %.1f MB in %.0f ms%n", chars[0] / 1e6, fileMs);
        last.append(String.format(Locale.ROOT, " max_p95_ms=%.1f html_file_ms=%.0f html_file_mb=%.1f", maxP95, fileMs,
                chars[0] / 1e6));
        out.println(last);
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    /** A path per page kind; the claim, document and entity with the most to show. */
    private static Map<String, String> pages(Dossier dossier) {
        Claim claim = dossier.claims().stream().max(Comparator.comparingInt(c -> c.evidence().size())).orElseThrow();
        Entity entity = dossier.entities().stream().max(Comparator.comparingInt(e -> e.mentions().size())).orElseThrow();
        AnnotatedDocument doc = dossier.documents().stream().max(Comparator.comparingInt(d -> d.text().length()))
                .orElseThrow();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview", "/");
        pages.put("claims", "/claims");
        pages.put("claim", "/claims/" + claim.id());
        pages.put("coverage", "/coverage");
        pages.put("timeline", "/timeline");
        pages.put("entities", "/entities");
        pages.put("entity", "/entities/" + entity.id());
        pages.put("documents", "/documents");
        pages.put("document", "/documents/" + doc.id());
        pages.put("api_dossier", "/api/dossier");
        pages.put("api_claims", "/api/claims");
        pages.put("api_claim", "/api/claims/" + claim.id());
        pages.put("api_jsonld", "/api/claims.jsonld");
        pages.put("api_coverage", "/api/coverage");
        return pages;
    }

    /** The server's rendering time of one request, in milliseconds. */
    private static double get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) throw new IllegalStateException(url + " answered " + response.statusCode());
        String timing = response.headers().firstValue("Server-Timing").orElseThrow(
                () -> new IllegalStateException(url + " sent no Server-Timing header"));
        Matcher m = DURATION.matcher(timing);
        if (!m.find()) throw new IllegalStateException(url + ": unreadable Server-Timing " + timing);
        return Double.parseDouble(m.group(1));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
