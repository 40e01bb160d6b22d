package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Diagnostic;

class PolnearCorpusTest {

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void pairsEachTextWithItsAnnotatorsFiles(@TempDir Path root) throws IOException {
        Path text = root.resolve("dev/text");
        Path ann = root.resolve("dev/attributions");
        write(text.resolve("gazette_2026-03-14_ferry-strike.txt"), "The union said so.");
        write(text.resolve("gazette_2026-03-14_ferry.txt"), "A shorter stem.");
        write(text.resolve("courier_2026-03-15_no-annotations.txt"), "Nobody annotated this.");
        write(ann.resolve("gazette_2026-03-14_ferry-strike_ab12.ann"), "");
        write(ann.resolve("gazette_2026-03-14_ferry-strike_cd34.ann"), "");
        write(ann.resolve("gazette_2026-03-14_ferry_ab12.ann"), "");
        write(ann.resolve("orphan_ab12.ann"), "");

        PolnearCorpus corpus = PolnearCorpus.open(root, "dev");

        assertThat(corpus.texts()).extracting(PolnearCorpus.Text::stem).containsExactly(
                "courier_2026-03-15_no-annotations", "gazette_2026-03-14_ferry", "gazette_2026-03-14_ferry-strike");
        assertThat(corpus.texts().get(2).annotations()).extracting(PolnearCorpus.AnnotationFile::annotator)
                .containsExactly("ab12", "cd34");
        // A stem that begins another stem does not take its files.
        assertThat(corpus.texts().get(1).annotations()).singleElement()
                .satisfies(a -> assertThat(a.path().getFileName().toString())
                        .isEqualTo("gazette_2026-03-14_ferry_ab12.ann"));
        assertThat(corpus.annotationFileCount()).isEqualTo(3);
        assertThat(corpus.diagnostics()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                .contains("cannot be scored")).anySatisfy(m -> assertThat(m).contains("skipped: no text"));
    }

    @Test
    void aFolderLaidOutOtherwiseIsRefusedWithWhatWasExpected(@TempDir Path root) throws IOException {
        write(root.resolve("train/text/a.txt"), "Text.");
        write(root.resolve("train/attributions/a_ab12.ann"), "");

        assertThatThrownBy(() -> PolnearCorpus.open(root, "dev"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a PolNeAR folder with a 'dev' split")
                .hasMessageContaining("dev/text is missing")
                .hasMessageContaining("<text>_<annotator>.ann")
                .hasMessageContaining("splits here: train");
        assertThatThrownBy(() -> PolnearCorpus.open(root.resolve("nowhere"), "dev"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> PolnearCorpus.open(root, "../train"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("split must be");
    }

    @Test
    void aSplitWithoutAnnotationsIsRefused(@TempDir Path root) throws IOException {
        write(root.resolve("dev/text/a.txt"), "Text.");
        Files.createDirectories(root.resolve("dev/attributions"));
        write(root.resolve("dev/attributions/b_ab12.ann"), "");

        assertThatThrownBy(() -> PolnearCorpus.open(root, "dev"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no annotation file for any text");
    }
}
