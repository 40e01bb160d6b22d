package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Batch;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Diagnostic.Severity;
import org.triangulate.model.SourceDocument.Format;

class GzipFilesTest {
    private static final String PAGE = "<p>The lighthouse keeper counted 42 gulls.</p>";

    @TempDir
    Path dir;

    @Test
    void gzippedReportsAreReadInFoldersAndByName() throws IOException {
        Files.createDirectories(dir.resolve("news"));
        Path html = Files.write(dir.resolve("news/a.html.gz"), TestWarcs.gzip(PAGE.getBytes(UTF_8)));
        Path txt = Files.write(dir.resolve("b.txt.gz"), TestWarcs.gzip("Gulls.\n".getBytes(UTF_8)));

        Batch batch = new Ingestor().read(List.of(dir.resolve("news"), txt));

        assertThat(batch.diagnostics()).isEmpty();
        assertThat(batch.documents()).extracting(d -> d.source()).containsExactly(html.toString(), txt.toString());
        assertThat(batch.documents()).extracting(d -> d.format()).containsExactly(Format.HTML, Format.TEXT);
        assertThat(batch.documents().get(0).text()).isEqualTo(PAGE);
    }

    @Test
    void aTruncatedGzipIsSkippedWithAnErrorAndTheBatchGoesOn() throws IOException {
        byte[] gz = TestWarcs.gzip((PAGE + PAGE + PAGE).getBytes(UTF_8));
        Path cut = Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length / 2));
        Path notGzip = Files.write(dir.resolve("plain.html.gz"), PAGE.getBytes(UTF_8));
        Path good = Files.write(dir.resolve("good.html"), PAGE.getBytes(UTF_8));

        Batch batch = new Ingestor().read(List.of(cut, notGzip, good));

        assertThat(batch.documents()).extracting(d -> d.source()).containsExactly(good.toString());
        assertThat(batch.diagnostics()).extracting(Diagnostic::source).containsExactly(cut.toString(),
                notGzip.toString());
        assertThat(batch.diagnostics()).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        assertThat(batch.diagnostics().get(0).message()).contains("gzip data is truncated");
        assertThat(batch.diagnostics().get(1).message()).contains("not valid gzip data", "remove the .gz");
    }

    @Test
    void aSmallGzipThatUnpacksPastTheLimitIsStoppedAtTheLimit() throws IOException {
        byte[] big = new byte[5 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        Path bomb = Files.write(dir.resolve("bomb.html.gz"), TestWarcs.gzip(big));

        Batch batch = new Ingestor(IngestOptions.defaults().withMaxFileBytes(1024 * 1024)).read(List.of(bomb));

        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThat(batch.documents()).isEmpty();
        assertThat(batch.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.message()).contains("unpacks to more than 1,048,576 bytes"));
    }
}
