package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Diagnostic.Severity;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

class JsonlRecordsTest {
    private static final IngestOptions FAST = IngestOptions.defaults().withTimeout(Duration.ofSeconds(1));

    @TempDir
    Path dir;

    @Test
    void eachLineIsAReportWithItsMetadataAndABadLineIsWarnedByNumber() throws IOException {
        try (LocalServer server = new LocalServer()) {
            server.page("/c", "text/html", "<p>Fetched.</p>".getBytes(UTF_8));
            Path file = Files.writeString(dir.resolve("reports.jsonl"), String.join("\n",
                    "{\"url\": \"https://dune.example/a\", \"html\": \"<p>Dunes.</p>\", \"published\": \"2026-03-15\","
                            + " \"outlet\": \"Dune Daily\", \"title\": \"Dunes\", \"language\": \"en\", \"extra\": 1}",
                    "{\"text\": \"Kites over the beach.\", \"published\": \"15/03/2026\"}",
                    "",
                    "{\"url\": \"" + server.url("/c") + "\"}",
                    "{\"html\": \"<p>unfinished\"",
                    "[1, 2]",
                    "{\"title\": \"Nothing to read\"}") + "\n");

            Collected c = Collected.stream(FAST, file.toString());

            assertThat(c.documents).extracting(d -> d.document().source())
                    .containsExactly(file + ":1", file + ":2", server.url("/c"));
            assertThat(c.documents).extracting(d -> d.document().format())
                    .containsExactly(Format.HTML, Format.TEXT, Format.HTML);
            assertThat(c.documents.get(0).document().metadata()).isEqualTo(new Metadata(LocalDate.of(2026, 3, 15),
                    "Dune Daily", "https://dune.example/a", "Dunes", "en"));
            assertThat(c.documents.get(2).document().metadata().url()).isEqualTo(server.url("/c"));
            assertThat(c.diagnostics).extracting(d -> d.source())
                    .containsExactly(file + ":2", file + ":5", file + ":6", file + ":7");
            assertThat(c.diagnostics).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
            assertThat(c.messages().get(0)).contains("\"15/03/2026\" is not a date", "read without it");
            assertThat(c.messages().get(1)).contains("not valid JSON");
            assertThat(c.messages().get(2)).contains("not a JSON object");
            assertThat(c.messages().get(3)).contains("no \"html\", \"text\" or \"url\"");
        }
    }

    @Test
    void linesGoThroughTheFilter() throws IOException {
        Path file = Files.writeString(dir.resolve("r.jsonl"), """
                {"url": "https://dune.example/a", "text": "A.", "published": "2026-03-15", "language": "en"}
                {"url": "https://other.example/b", "text": "B.", "published": "2026-03-15"}
                {"url": "https://dune.example/c", "text": "C.", "published": "2026-01-15"}
                {"url": "https://www.dune.example/d", "text": "D.", "language": "de"}
                """);
        RecordFilter filter = new RecordFilter(Set.of("dune.example"), LocalDate.of(2026, 3, 1), null, Set.of("en"));

        Collected c = Collected.stream(FAST.withFilter(filter), file.toString());

        assertThat(c.documents).extracting(d -> d.document().text()).containsExactly("A.");
    }

    @Test
    void aLineOverTheLimitIsSkippedAndATruncatedGzipKeepsTheLinesBefore() throws IOException {
        char[] long_ = new char[200];
        Arrays.fill(long_, 'x');
        byte[] gz = TestWarcs.gzip(("{\"text\": \"First.\"}\n{\"text\": \"" + new String(long_) + "\"}\n"
                + "{\"text\": \"Third.\"}\n{\"text\": \"Fourth, cut short.\"}\n").getBytes(UTF_8));
        Path file = Files.write(dir.resolve("r.jsonl.gz"), Arrays.copyOf(gz, gz.length - 12));

        Collected c = Collected.stream(FAST.withMaxFileBytes(100), file.toString());

        assertThat(c.documents).extracting(d -> d.document().text()).containsExactly("First.", "Third.");
        assertThat(c.diagnostics).extracting(d -> d.source()).containsExactly(file + ":2", file.toString());
        assertThat(c.messages().get(0)).contains("over the limit");
        assertThat(c.messages().get(1)).contains("truncated");
    }
}
