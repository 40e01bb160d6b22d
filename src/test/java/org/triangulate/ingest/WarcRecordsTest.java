package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.ingest.TestWarcs.MARCH_14;
import static org.triangulate.ingest.TestWarcs.concat;
import static org.triangulate.ingest.TestWarcs.html;
import static org.triangulate.ingest.TestWarcs.malformed;
import static org.triangulate.ingest.TestWarcs.page;
import static org.triangulate.ingest.TestWarcs.response;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Diagnostic.Severity;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

class WarcRecordsTest {
    private static final String ONE = "https://gazette.example/one";
    private static final String TWO = "https://gazette.example/two";
    private static final String THREE = "https://www.courier.example/three";

    @TempDir
    Path dir;

    private String write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes).toString();
    }

    @Test
    void responseRecordsBecomeDocumentsWithTheirHeadersAsFallbackMetadata() throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            String warc = write(gzip ? "a.warc.gz" : "a.warc", concat(
                    TestWarcs.request(ONE, gzip),
                    html(ONE, page("The pier reopened."), gzip),
                    response(TWO, MARCH_14, 200, "text/html", page("Gulls nested.").getBytes(UTF_8), gzip, "en-GB")));

            Collected c = Collected.stream(IngestOptions.defaults(), warc);

            assertThat(c.diagnostics).isEmpty();
            assertThat(c.documents).extracting(d -> d.document().source()).containsExactly(ONE, TWO);
            assertThat(c.documents).extracting(d -> d.document().id()).containsExactly("d1", "d2");
            assertThat(c.documents.get(0).document().format()).isEqualTo(Format.HTML);
            assertThat(c.documents.get(0).document().text()).isEqualTo(page("The pier reopened."));
            assertThat(c.documents.get(0).document().metadata()).isEqualTo(Metadata.EMPTY);
            assertThat(c.documents.get(1).fallback())
                    .isEqualTo(new Metadata(LocalDate.of(2026, 3, 14), null, TWO, null, "en-GB"));
        }
    }

    @Test
    void recordsAreFilteredByHostDateAndLanguage() throws IOException {
        String warc = write("f.warc.gz", concat(
                html(ONE, page("One."), true),
                response(TWO, Instant.parse("2026-01-02T00:00:00Z"), "text/html", page("Two.").getBytes(UTF_8), true),
                response(THREE, MARCH_14, 200, "text/html", "<html lang=\"fr\"><p>Trois.</p></html>".getBytes(UTF_8),
                        true, null),
                response("https://www.courier.example/four", MARCH_14, 200, "text/html",
                        "<html lang=\"en-US\"><p>Four.</p></html>".getBytes(UTF_8), true, null)));

        assertThat(sources(new RecordFilter(Set.of("courier.example"), null, null, Set.of()), warc))
                .containsExactly(THREE, "https://www.courier.example/four");
        assertThat(sources(new RecordFilter(Set.of(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Set.of()),
                warc)).containsExactly(ONE, THREE, "https://www.courier.example/four");
        // Pages that declare no language are kept; French is left out.
        assertThat(sources(new RecordFilter(Set.of(), null, null, Set.of("en")), warc))
                .containsExactly(ONE, TWO, "https://www.courier.example/four");
    }

    private static java.util.List<String> sources(RecordFilter filter, String warc) {
        return Collected.stream(IngestOptions.defaults().withFilter(filter), warc).documents.stream()
                .map(d -> d.document().source()).toList();
    }

    @Test
    void aMalformedRecordIsWarnedWithItsOffsetAndTheNextRecordIsRead() throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            byte[] first = html(ONE, page("One."), gzip);
            String warc = write(gzip ? "m.warc.gz" : "m.warc", concat(first, malformed(gzip),
                    html(TWO, page("Two."), gzip)));

            Collected c = Collected.stream(IngestOptions.defaults(), warc);

            assertThat(c.documents).extracting(d -> d.document().source()).containsExactly(ONE, TWO);
            assertThat(c.diagnostics).singleElement().satisfies(d -> {
                assertThat(d.source()).isEqualTo(warc);
                assertThat(d.severity()).isEqualTo(Severity.WARNING);
                assertThat(d.message()).startsWith("record at byte offset " + first.length + ": malformed record")
                        .contains("reading goes on at the next record");
            });
        }
    }

    @Test
    void aTruncatedWarcGzipGivesTheRecordsBeforeTheCut() throws IOException {
        byte[] whole = concat(html(ONE, page("One."), true), html(TWO, page("Two, cut short."), true));
        String warc = write("t.warc.gz", Arrays.copyOf(whole, whole.length - 30));

        Collected c = Collected.stream(IngestOptions.defaults(), warc);

        // The first document is handed on before the cut is even seen: records are streamed.
        assertThat(c.events).containsExactly("doc:" + ONE, "diag:" + warc);
        assertThat(c.messages()).singleElement().asString().contains("truncated", "the rest of the file is not read");
    }

    @Test
    void recordsThatAreNotPagesArePassedOverInOneWarning() throws IOException {
        String warc = write("n.warc.gz", concat(
                response("https://gazette.example/logo.png", MARCH_14, "image/png", new byte[] {1, 2, 3}, true),
                response("https://gazette.example/site.css", MARCH_14, "text/css", "p{}".getBytes(UTF_8), true),
                response("https://gazette.example/moved", MARCH_14, 301, "text/html", new byte[0], true, null),
                response("https://gazette.example/lies", MARCH_14, "text/html", "%PDF-1.7 x".getBytes(UTF_8), true),
                html(ONE, page("One."), true)));

        Collected c = Collected.stream(IngestOptions.defaults(), warc);

        assertThat(c.only().source()).isEqualTo(ONE);
        assertThat(c.diagnostics).extracting(d -> d.source()).containsExactly("https://gazette.example/lies", warc);
        assertThat(c.messages().get(1)).isEqualTo("1 page read; passed over 2 records that are not pages "
                + "(image/png: 1, text/css: 1) and 1 responses that are not a success (HTTP 301: 1)");
    }

    @Test
    void aRecordOverTheSizeLimitIsSkippedAndTheNextIsRead() throws IOException {
        byte[] big = new byte[20 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        String warc = write("big.warc.gz", concat(
                response("https://gazette.example/huge", MARCH_14, "text/html", big, true),
                html(ONE, page("One."), true)));

        Collected c = Collected.stream(IngestOptions.defaults(), warc);

        assertThat(c.only().source()).isEqualTo(ONE);
        assertThat(c.diagnostics).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("https://gazette.example/huge");
            assertThat(d.message()).contains("over the limit of 10,485,760 bytes");
        });
    }

    @Test
    void aFileThatIsNotAWarcIsOneError() throws IOException {
        String warc = write("not.warc", "just some text, no records\n".getBytes(UTF_8));

        Collected c = Collected.stream(IngestOptions.defaults(), warc);

        assertThat(c.documents).isEmpty();
        assertThat(c.diagnostics).singleElement().satisfies(d -> assertThat(d.source()).isEqualTo(warc));
    }
}
