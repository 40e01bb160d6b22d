package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchEntitiesCommandTest {
    @Test
    void resolvesGeneratedSetsAndEndsWithOneLineOfFigures() {
        CliRun run = CliRun.of("bench", "entities", "--sets", "400", "--rounds", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        Map<String, String> figures = new HashMap<>();
        for (String pair : lines[lines.length - 1].split(" ")) {
            String[] kv = pair.split("=");
            figures.put(kv[0], kv[1]);
        }
        assertThat(figures).containsKeys("mentions_per_s", "peak_heap_mb", "doubling_ratio");
        assertThat(figures.get("sets")).isEqualTo("400");
        assertThat(Integer.parseInt(figures.get("mentions"))).isGreaterThan(3000);
        // What was generated is known, so the resolution is scored: joins must be right, and most names joined.
        assertThat(Double.parseDouble(figures.get("bcubed_precision"))).isGreaterThan(0.95);
        assertThat(Double.parseDouble(figures.get("bcubed_recall"))).isGreaterThan(0.85);
    }

    @Test
    void rejectsTooFewSets() {
        CliRun run = CliRun.of("bench", "entities", "--sets", "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--sets must be >= 2");
    }
}
