package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triangulate bench stance}, through the command line, on a small FNC-1 folder written here. */
class BenchStanceCommandTest {
    private static final String LAST_LINE = "fnc_score=\\d\\.\\d{3} macro_f1=\\d\\.\\d\\d pairs=4 pairs_per_s=\\d+\\.\\d";

    private static final String BODIES = "Body ID,articleBody\n"
            + "3,\"Harbour workers in Kestrelport went on strike over pay on Monday, the dockers' union said. "
            + "\"\"We will stay out until the owners talk to us,\"\" a union official said.\n\nThe port was closed.\"\n"
            + "9,\"A new species of frog has been found in the cloud forests of the Andes, researchers said. "
            + "It is about the size of a fingernail.\"\n";

    private static Path fnc1(Path dir, boolean gold) throws IOException {
        Files.writeString(dir.resolve("competition_test_bodies.csv"), BODIES);
        String header = gold ? "Headline,Body ID,Stance\n" : "Headline,Body ID\n";
        String g = gold ? ",agree" : "";
        String u = gold ? ",unrelated" : "";
        Files.writeString(dir.resolve("competition_test_stances.csv"), header
                + "\"Dockers strike, port shut\",3" + g + "\n"
                + "\"Dockers strike, port shut\",9" + u + "\n"
                + "Tiny frog found in the Andes,3" + u + "\n"
                + "Tiny frog found in the Andes,9" + g + "\n");
        return dir;
    }

    @Test
    void scoresAndWritesPredictionsInTheChallengeFormat(@TempDir Path tmp) throws IOException {
        Path dir = fnc1(Files.createDirectory(tmp.resolve("fnc1")), true);
        Path out = tmp.resolve("predictions.csv");

        CliRun run = CliRun.of("bench", "stance", "--fnc1", dir.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches(LAST_LINE);
        assertThat(run.out()).contains("gold \\ pred", "FNC-1 score");
        List<String> written = Files.readAllLines(out);
        assertThat(written).hasSize(5);
        assertThat(written.get(0)).isEqualTo("Headline,Body ID,Stance");
        assertThat(written.get(1)).matches("\"Dockers strike, port shut\",3,(agree|disagree|discuss|unrelated)");
        assertThat(written.get(2)).isEqualTo("\"Dockers strike, port shut\",9,unrelated");
        assertThat(written.get(3)).isEqualTo("Tiny frog found in the Andes,3,unrelated");
    }

    @Test
    void withoutGoldLabelsItOnlyWritesPredictions(@TempDir Path tmp) throws IOException {
        Path dir = fnc1(tmp, false);
        Path out = tmp.resolve("out/predictions.csv");

        CliRun run = CliRun.of("bench", "stance", "--fnc1", dir.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).matches("pairs=4 pairs_per_s=\\d+\\.\\d");
        assertThat(run.err()).contains("no Stance column");
        assertThat(Files.readAllLines(out)).hasSize(5);
    }

    @Test
    void aFolderWithoutTheFilesIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of("bench", "stance", "--fnc1", tmp.toString(), "--out", tmp.resolve("p.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not an FNC-1 folder").contains("*bodies.csv");
        assertThat(run.out()).isEmpty();
    }
}
