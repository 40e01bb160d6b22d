package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.Fixtures;
import org.triangulate.reconcile.Reconciler;

class BenchPropositionsCommandTest {
    private static Map<String, String> lastLine(CliRun run) {
        String[] lines = run.out().strip().split("\n");
        Map<String, String> figures = new HashMap<>();
        for (String pair : lines[lines.length - 1].split(" ")) {
            String[] kv = pair.split("=", 2);
            figures.put(kv[0], kv[1]);
        }
        return figures;
    }

    @Test
    void theThresholdsInUseAreTheOnesTheBundledPairsCalibrate() {
        CliRun run = CliRun.of("bench", "propositions", "--scale", "300");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> figures = lastLine(run);
        assertThat(figures).containsKey("cluster_s_300");
        assertThat(Double.parseDouble(figures.get("threshold"))).isEqualTo(Reconciler.DEFAULT_THRESHOLD);
        assertThat(Double.parseDouble(figures.get("precise_threshold"))).isEqualTo(Reconciler.SAME_ASSERTION);
        assertThat(Double.parseDouble(figures.get("f1"))).isGreaterThan(0.8);
    }

    @Test
    void groupsEcbPlusTopicsWhenGivenTheCorpus() {
        Path ecb = Fixtures.shared().map(p -> p.resolve("bench/ecbplus")).filter(Files::isDirectory).orElse(null);
        Assumptions.assumeTrue(ecb != null, "no ECB+ under ../shared/bench");
        CliRun run = CliRun.of("bench", "propositions", "--ecbplus", ecb.toString(), "--scale", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ECB+: 33 topics");
        Map<String, String> figures = lastLine(run);
        assertThat(run.out()).contains("centered pairs: best F1");
        assertThat(figures).containsKeys("ecb_pair_threshold", "ecb_precise_threshold");
        assertThat(Double.parseDouble(figures.get("ecb_f1"))).isGreaterThanOrEqualTo(
                Double.parseDouble(figures.get("ecb_f1_in_use"))).isGreaterThan(0.5);
    }

    @Test
    void aMalformedPairFileIsAUsageErrorNamingTheLine(@TempDir Path tmp) throws Exception {
        Path pairs = tmp.resolve("pairs.tsv");
        Files.writeString(pairs, "1\tthe strike ended\tthe strike is over\nyes\tno label\there\n");
        CliRun run = CliRun.of("bench", "propositions", "--pairs", pairs.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(pairs + ":2");
    }
}
