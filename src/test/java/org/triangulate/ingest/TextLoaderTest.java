package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.SourceDocument.Format;

class TextLoaderTest {
    @TempDir
    Path dir;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final TextLoader loader = new TextLoader(1 << 20, diagnostics);

    @Test
    void anIoErrorWhileReadingIsOneErrorWithItsMessage() throws IOException {
        // Reading a folder as a file fails after the size check, as a disk error or a vanished file would.
        Path folder = Files.createDirectory(dir.resolve("looks-like-a-file.txt"));

        assertThat(loader.read(new InputFile(folder, "looks-like-a-file.txt", Format.TEXT))).isEmpty();

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("looks-like-a-file.txt");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.message()).startsWith("cannot read the file: ").contains("directory");
        });
    }

    @Test
    void aFileThatVanishedIsOneError() {
        Path gone = dir.resolve("gone.txt");

        assertThat(loader.read(new InputFile(gone, "gone.txt", Format.TEXT))).isEmpty();

        assertThat(diagnostics).extracting(Diagnostic::toString)
                .containsExactly("gone.txt: error: cannot read the file: no such file or directory");
    }
}
