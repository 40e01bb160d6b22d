package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchWebCommandTest {
    @Test
    void timesEveryPageKindAndEndsWithOneLineOfPairs() {
        CliRun run = CliRun.of("bench", "web", "--documents", "30", "--requests", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        Map<String, Double> pairs = new HashMap<>();
        for (String pair : lines[lines.length - 1].split(" ")) {
            String[] kv = pair.split("=");
            pairs.put(kv[0], Double.parseDouble(kv[1]));
        }
        assertThat(pairs).containsKeys("overview_ms", "claims_ms", "claim_ms", "document_ms", "entity_ms",
                "timeline_ms", "coverage_ms", "api_claims_ms", "api_jsonld_ms", "max_p95_ms", "html_file_ms");
        assertThat(pairs.get("documents")).isEqualTo(30.0);
        assertThat(pairs.get("max_p95_ms")).isPositive();
    }

    @Test
    void serveRefusesAPortOutOfRangeBeforeReadingAnything() {
        CliRun run = CliRun.of("serve", "examples/harbour-strike", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port must be in 0..65535, was 70000");
    }
}
