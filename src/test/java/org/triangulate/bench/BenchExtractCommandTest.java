package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.Fixtures;
import org.triangulate.cli.CliRun;

/** {@code triangulate bench extract}, through the command line. */
class BenchExtractCommandTest {

    private static final Pattern LAST_LINE = Pattern.compile("f1=(\\d\\.\\d{3}) precision=\\d\\.\\d{3} "
            + "recall=\\d\\.\\d{3} pages_per_s=\\d+ peer_f1=(\\d\\.\\d{3}) peer_pages_per_s=\\d+ pages=(\\d+)\\n$");

    @Test
    void aMissingFolderOrAnswerKeyIsAUsageError(@TempDir Path tmp) {
        CliRun missing = CliRun.of("bench", "extract", "--dir", tmp.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such folder");
        CliRun noKey = CliRun.of("bench", "extract", "--dir", tmp.toString());
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("ground-truth.json: not found");
        assertThat(noKey.out()).isEmpty();
    }

    @Test
    void anUnreadablePageIsAWarningAndScoresAsEmpty(@TempDir Path tmp) throws IOException {
        String body = "The harbour wall at Selm was repaired in time for the winter storms, the port said on Monday.";
        Files.writeString(tmp.resolve("ground-truth.json"), "{\"good\": {\"articleBody\": \"" + body
                + "\", \"url\": \"https://harbour.example/wall\"}, \"lost\": {\"articleBody\": \"one two three four "
                + "five\", \"url\": \"https://harbour.example/lost\"}}");
        Files.createDirectories(tmp.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve("html/good.html.gz")))) {
            out.write(("<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Wall Repaired"
                    + "</h1><p>" + body + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        CliRun run = CliRun.of("bench", "extract", "--dir", tmp.toString(), "--rounds", "1", "--threads", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("page lost not read, scored as empty");
        Matcher m = LAST_LINE.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        assertThat(m.group(3)).isEqualTo("2");
        // Our page is exact (precision 1, recall 1); the lost one adds a recall of 0 and no precision.
        assertThat(run.out()).contains("f1=0.667 precision=1.000 recall=0.500");
    }

    @Test
    void beatsReadability4jOnTheSharedDevPages() {
        Path dir = Fixtures.shared().map(s -> s.resolve("bench/extraction")).orElse(null);
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(dir.resolve("ground-truth.json")),
                "extraction benchmark not found: set TRIANGULATE_SHARED to the shared folder holding "
                        + "bench/extraction/ground-truth.json and bench/extraction/html/");
        CliRun run = CliRun.of("bench", "extract", "--dir", dir.toString(), "--rounds", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("triangulate", "readability4j");
        Matcher m = LAST_LINE.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        double f1 = Double.parseDouble(m.group(1));
        double peer = Double.parseDouble(m.group(2));
        assertThat(f1).as(run.out()).isGreaterThanOrEqualTo(0.96).isGreaterThan(peer);
    }
}
