package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes read as a WARC file give documents and diagnostics, never an exception. In {@code mvn test} this runs in
 * regression mode, on the seeds in {@code WarcRecordsFuzzTestInputs}; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=WarcRecordsFuzzTest} fuzzes for real.
 */
class WarcRecordsFuzzTest {
    private static final Path FILE = tempFile();

    @FuzzTest(maxDuration = "30s")
    void anyBytesGiveDocumentsOrDiagnostics(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        Collected c = new Collected();
        new Ingestor(IngestOptions.defaults().withMaxFileBytes(1 << 20)).stream(List.of(FILE.toString()), c);
        assertThat(c.diagnostics).allSatisfy(d -> assertThat(d.message()).isNotBlank());
        assertThat(c.documents).allSatisfy(d -> assertThat(d.document().source()).isNotNull());
    }

    private static Path tempFile() {
        try {
            Path file = Files.createTempFile("fuzz-", ".warc");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
