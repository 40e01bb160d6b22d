package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Diagnostic.Severity;
import org.triangulate.model.SourceDocument.Format;

class WebPagesTest {
    private static final String PAGE = "<html lang=\"en\"><body><p>The ferry ran late again on Tuesday.</p></body></html>";
    private static final IngestOptions FAST = IngestOptions.defaults().withTimeout(Duration.ofSeconds(1));

    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsAPageAfterARedirectWithTheFinalUrlAsFallbackAndAPoliteUserAgent() {
        server.page("/story", "text/html; charset=utf-8", PAGE.getBytes(UTF_8))
                .redirect("/old", "/story");

        Collected c = Collected.stream(FAST, server.url("/old"));

        assertThat(c.diagnostics).isEmpty();
        assertThat(c.only().source()).isEqualTo(server.url("/old"));
        assertThat(c.only().format()).isEqualTo(Format.HTML);
        assertThat(c.only().text()).isEqualTo(PAGE);
        assertThat(c.documents.get(0).fallback().url()).isEqualTo(server.url("/story"));
        assertThat(server.userAgents).allSatisfy(ua -> assertThat(ua).startsWith("Triangulate/").contains("+https://"));
    }

    @Test
    void redirectLoopIsAnErrorNamingTheChain() {
        server.redirect("/a", "/b").redirect("/b", "/a");

        Collected c = Collected.stream(FAST, server.url("/a"));

        assertThat(c.documents).isEmpty();
        assertThat(c.diagnostics).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(server.url("/a"));
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).startsWith("redirect loop: " + server.url("/a") + " -> " + server.url("/b")
                    + " -> " + server.url("/a"));
        });
    }

    @Test
    void endlessRedirectsStopAtTheCap() {
        server.on("/hop", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getQuery());
            exchange.getResponseHeaders().add("Location", "/hop?" + (n + 1));
            exchange.sendResponseHeaders(301, -1);
        });

        Collected c = Collected.stream(FAST, server.url("/hop?0"));

        assertThat(c.messages()).singleElement().asString().startsWith("more than 10 redirects");
    }

    @Test
    void aServerThatHangsTimesOutAndTheBatchGoesOn() {
        server.on("/hang", exchange -> server.hang())
                .page("/fine", "text/html", PAGE.getBytes(UTF_8));

        long start = System.nanoTime();
        Collected c = Collected.stream(FAST, server.url("/hang"), server.url("/fine"));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(seconds).isLessThan(5);
        assertThat(c.only().source()).isEqualTo(server.url("/fine"));
        assertThat(c.diagnostics).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(server.url("/hang"));
            assertThat(d.message()).contains("no complete answer within 1 s", "--timeout");
        });
    }

    @Test
    void aBodyThatStallsAfterTheHeadersTimesOut() {
        server.on("/stall", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("<p>The first half".getBytes(UTF_8));
            exchange.getResponseBody().flush();
            server.hang();
        });

        long start = System.nanoTime();
        Collected c = Collected.stream(FAST, server.url("/stall"));

        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
        assertThat(c.documents).isEmpty();
        assertThat(c.messages()).singleElement().asString().contains("no complete answer within 1 s");
    }

    @Test
    void contentTypesThatAreNotTextAreRejectedWithTheType() {
        server.page("/photo", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .page("/doc", "application/pdf", "%PDF-1.4 ...".getBytes(UTF_8))
                .page("/lying", "text/html", "%PDF-1.4 binary".getBytes(UTF_8))
                .page("/plain", "text/plain; charset=utf-8", "The tide came in at noon.\n".getBytes(UTF_8));

        Collected c = Collected.stream(FAST, server.url("/photo"), server.url("/doc"), server.url("/lying"),
                server.url("/plain"));

        assertThat(c.only().format()).isEqualTo(Format.TEXT);
        assertThat(c.diagnostics).extracting(d -> d.source()).containsExactly(server.url("/photo"),
                server.url("/doc"), server.url("/lying"));
        assertThat(c.messages().get(0)).contains("not a page of text (Content-Type: image/png)");
        assertThat(c.messages().get(1)).contains("Content-Type: application/pdf");
        assertThat(c.messages().get(2)).contains("not text", "PDF");
    }

    @Test
    void aCharsetHeaderThatLiesIsCaughtByTheBytes() {
        byte[] latin = "<p>Caf\u00e9 owners met on the quay.</p>".getBytes(TextDecoder.WINDOWS_1252);
        byte[] utf8 = "<p>Caf\u00e9 owners met on the quay.</p>".getBytes(UTF_8);
        server.page("/says-utf8", "text/html; charset=utf-8", latin)
                .page("/says-latin1", "text/html; charset=ISO-8859-1", utf8)
                .page("/header-beats-meta", "text/html; charset=windows-1252",
                        concat("<meta charset=\"utf-8\">".getBytes(UTF_8), latin));

        Collected c = Collected.stream(FAST, server.url("/says-utf8"), server.url("/says-latin1"),
                server.url("/header-beats-meta"));

        assertThat(c.documents).extracting(d -> d.document().text()).allSatisfy(t -> assertThat(t).contains("Caf\u00e9"));
        assertThat(c.diagnostics).hasSize(2).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        assertThat(c.messages().get(0)).contains("not valid UTF-8 (the charset its Content-Type header names)",
                "read as windows-1252");
        assertThat(c.messages().get(1)).contains("Content-Type header names charset \"ISO-8859-1\"",
                "valid UTF-8", "read as UTF-8");
    }

    @Test
    void aTwentyMegabytePageIsStoppedAtTheLimitWhetherItsLengthIsGivenOrNot() {
        byte[] big = new byte[20 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        server.page("/declared", "text/html", big)
                .on("/chunked", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 20; i++) out.write(big, 0, 1024 * 1024);
                    } catch (IOException e) {
                        // The client hangs up at the limit, as it should.
                    }
                });

        Collected c = Collected.stream(FAST, server.url("/declared"), server.url("/chunked"));

        assertThat(c.documents).isEmpty();
        assertThat(c.messages().get(0)).contains("20,971,520 bytes (20.0 MiB), over the limit of 10,485,760 bytes",
                "--max-file-size");
        assertThat(c.messages().get(1)).contains("more than 10,485,760 bytes", "over the limit");
    }

    @Test
    void aGzipEncodedResponseIsGunzipped() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(PAGE.getBytes(UTF_8));
        }
        server.on("/gz", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            LocalServer.send(exchange, 200, "text/html", zipped.toByteArray());
        });

        assertThat(Collected.stream(FAST, server.url("/gz")).only().text()).isEqualTo(PAGE);
    }

    @Test
    void aServerErrorOrAMissingPageIsAnErrorAndAnUnreachableHostToo() {
        server.on("/gone", exchange -> LocalServer.send(exchange, 404, "text/html", "<p>Not here</p>".getBytes(UTF_8)));
        String refused = "http://127.0.0.1:1/nothing-listens-here";

        Collected c = Collected.stream(FAST, server.url("/gone"), refused);

        assertThat(c.documents).isEmpty();
        assertThat(c.messages().get(0)).contains("HTTP 404 (not found)");
        assertThat(c.diagnostics.get(1).source()).isEqualTo(refused);
        assertThat(c.messages().get(1)).contains("cannot connect");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
