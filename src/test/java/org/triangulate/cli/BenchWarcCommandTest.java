package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchWarcCommandTest {
    @Test
    void endsWithOneLineOfNameValuePairs() {
        CliRun run = CliRun.of("bench", "warc", "--records", "20");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("records=20 seconds=[0-9.]+ records_per_s=\\d+ "
                + "ingest_records_per_s=\\d+ peak_heap_mb=\\d+ live_heap_mb=\\d+ warc_mb=[0-9.]+");
    }
}
