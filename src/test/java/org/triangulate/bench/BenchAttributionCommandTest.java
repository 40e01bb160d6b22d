package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.Fixtures;
import org.triangulate.cli.CliRun;

/** {@code triangulate bench attribution}, through the command line. */
class BenchAttributionCommandTest {

    private static final String LAST_LINE = "source_f1=\\d\\.\\d\\d cue_f1=\\d\\.\\d\\d content_f1=\\d\\.\\d\\d "
            + "source_exact_f1=\\d\\.\\d\\d cue_exact_f1=\\d\\.\\d\\d content_exact_f1=\\d\\.\\d\\d "
            + "attribution_overhead=-?\\d+\\.\\d\\d";

    @Test
    void aFolderThatIsNotPolnearIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of("bench", "attribution", "--polnear", tmp.toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a PolNeAR folder").contains("<text>_<annotator>.ann");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @Tag("corenlp")
    void scoresTheDevSplitAndWritesItsPredictions(@TempDir Path tmp) throws IOException {
        Path polnear = Fixtures.shared().map(s -> s.resolve("bench/polnear")).orElse(null);
        Assumptions.assumeTrue(polnear != null && Files.isDirectory(polnear.resolve("dev/text")),
                "PolNeAR not found: set TRIANGULATE_SHARED to the shared folder holding bench/polnear/dev/text "
                        + "and bench/polnear/dev/attributions");
        Path out = tmp.resolve("polnear-dev");

        CliRun run = CliRun.of("bench", "attribution", "--polnear", polnear.toString(), "--split", "dev",
                "--out", out.toString(), "--rounds", "1");
        System.out.print(run.out());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches(LAST_LINE);
        assertThat(run.out()).contains("source", "cue", "content", "attribution overhead");
        long texts;
        try (Stream<Path> files = Files.list(polnear.resolve("dev/text"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".ann")).count()).isEqualTo(texts);
        }
        assertThat(Files.readString(out.resolve("scores.txt"))).endsWith(lines.get(lines.size() - 1) + "\n");
    }
}
