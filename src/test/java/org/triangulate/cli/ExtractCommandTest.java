package org.triangulate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.ingest.SampleWarc;

class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void printsEachDocumentsSourceMetadataAndArticleText() throws IOException {
        Path page = Files.writeString(dir.resolve("pier.html"), "<html lang=\"en\"><head><title>Pier reopens</title>"
                + "<meta property=\"article:published_time\" content=\"2026-03-15T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
                + "<article><h1>Pier reopens</h1><p>The pier at Lowford reopened on Saturday after a winter of "
                + "repairs, the harbour board said.</p></article></body></html>");

        CliRun run = CliRun.of("extract", page.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("== d1 " + page + "\ntitle: Pier reopens\n")
                .contains("published: 2026-03-15", "language: en", "The pier at Lowford reopened on Saturday")
                .doesNotContain("Sport");
    }

    @Test
    void jsonGivesOneObjectADocumentAndAWarcWithHostileRecordsIsReadToTheEnd() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        SampleWarc.write(warc, 3, 7);
        StringBuilder deep = new StringBuilder("<html><body>");
        deep.append("<div>".repeat(10_000)).append("<p>The ferry ran late on Tuesday, the harbour board said.</p>")
                .append("</div>".repeat(10_000)).append("</body></html>");
        Path nested = Files.writeString(dir.resolve("nested.html"), deep.toString());

        CliRun run = CliRun.of("extract", "--format", "json", warc.toString(), nested.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(4);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("source").asText()).startsWith("https://").contains("-gazette.example/news/");
        assertThat(first.get("url").asText()).isEqualTo(first.get("source").asText());
        assertThat(first.get("published").asText()).startsWith("2026-03-");
        assertThat(first.get("outlet").asText()).contains("Gazette");
        assertThat(first.get("text").asText()).contains("council").doesNotContain("Related stories");
        assertThat(JSON.readTree(lines[3]).get("text").asText()).contains("The ferry ran late on Tuesday");
    }

    @Test
    void nothingReadableIsExitCodeTwoWithTheReasons() {
        CliRun run = CliRun.of("extract", dir.resolve("missing.html").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.html: error: no such file or directory", "no report could be read");
    }

    @Test
    void badFilterOptionsAreUsageErrors() {
        assertThat(CliRun.of("extract", "--from", "2026-03-10", "--to", "2026-03-01", "x.warc").exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("extract", "--timeout", "soon", "x.warc").exitCode()).isEqualTo(2);
    }
}
