package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triangulate.model.Batch;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Metadata;

class ManifestTest {
    @TempDir
    Path dir;

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"2025-04-26", " 2025-04-26 ", "2025-04-26T09:30:00Z", "2025-04-26T09:30Z",
            "2025-04-26T09:30:00.123+02:00", "2025-04-26T23:59:59-11:00", "2025-04-26T09:30:00",
            "2025-04-26T09:30:00+01:00[Europe/London]", "2025-04-26Z"})
    void parsesDatesAndDateTimesTakingTheDateAsWritten(String value) {
        assertThat(Manifest.parseDate(value)).isEqualTo(LocalDate.of(2025, 4, 26));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26/04/2025", "2025-4-26", "2025-02-30", "April 26, 2025", "2025-04-26 09:30:00", "2025"})
    void rejectsOtherDates(String value) {
        assertThatThrownBy(() -> Manifest.parseDate(value)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void ignoresUnknownFieldsBlankLinesCarriageReturnsAndAByteOrderMark() {
        List<Manifest.Entry> entries = Manifest.parse("\uFEFF{\"file\":\"a.txt\",\"x\":{\"y\":[1]},\"outlet\":\"A\"}\r\n"
                + "\r\n   \n{\"file\":\"b.txt\",\"title\":null,\"language\":\"fr\"}", "m.jsonl", diagnostics);

        assertThat(diagnostics).isEmpty();
        assertThat(entries).extracting(Manifest.Entry::line).containsExactly(1, 4);
        assertThat(entries.get(0).metadata()).isEqualTo(new Metadata(null, "A", null, null, null));
        assertThat(entries.get(1).metadata()).isEqualTo(new Metadata(null, null, null, null, "fr"));
    }

    @Test
    void eachBadLineIsOneWarningNamingTheLine() {
        List<Manifest.Entry> entries = Manifest.parse(String.join("\n",
                "{\"file\": 7}",
                "{\"file\": \"a.txt\", \"outlet\": [\"A\", \"B\"], \"published\": \"soon\"}",
                "{\"file\": \"b.txt\"} {\"file\": \"c.txt\"}",
                "{\"file\": \"d.txt\", \"file\": \"e.txt\"}",
                "42",
                "{\"file\": \"  \"}"), "news/manifest.jsonl", diagnostics);

        assertThat(diagnostics).extracting(Diagnostic::toString).satisfiesExactly(
                d -> assertThat(d).startsWith("news/manifest.jsonl:1: warning: \"file\" must be a string"),
                d -> assertThat(d).startsWith("news/manifest.jsonl:2: warning: ")
                        .contains("\"soon\" is not a date", "\"outlet\" must be a string, not a list",
                                "the line's other fields are used"),
                d -> assertThat(d).startsWith("news/manifest.jsonl:3: warning: not valid JSON"),
                d -> assertThat(d).startsWith("news/manifest.jsonl:4: warning: not valid JSON").contains("Duplicate"),
                d -> assertThat(d).startsWith("news/manifest.jsonl:5: warning: not a JSON object"),
                d -> assertThat(d).startsWith("news/manifest.jsonl:6: warning: no \"file\""));
        assertThat(entries).extracting(Manifest.Entry::file).containsExactly("a.txt");
    }

    @Test
    void capsTheWarningsOfAManifestThatIsNotJsonLinesAtAll() {
        String text = "this is not a manifest\n".repeat(100);

        List<Manifest.Entry> entries = Manifest.parse(text, "m.jsonl", diagnostics);

        assertThat(entries).isEmpty();
        assertThat(diagnostics).hasSize(Manifest.MAX_LINE_WARNINGS + 1);
        assertThat(diagnostics.get(diagnostics.size() - 1).message()).startsWith("80 more lines with problems");
    }

    @Test
    void matchesByRelativePathOrUnambiguousNameAndWarnsOtherwise() {
        Path root = dir.toAbsolutePath();
        List<Manifest.Candidate> files = List.of(
                new Manifest.Candidate(root.resolve("x/a.txt"), 0),
                new Manifest.Candidate(root.resolve("y/a.txt"), 1),
                new Manifest.Candidate(root.resolve("y/b.txt"), 2),
                new Manifest.Candidate(root.resolve("z/c.txt"), -1),
                new Manifest.Candidate(root.resolve("d.txt"), 3));
        List<Manifest.Entry> entries = Manifest.parse("""
                {"file": "x/a.txt", "outlet": "X"}
                {"file": "a.txt", "outlet": "Either"}
                {"file": "b.txt", "outlet": "B"}
                {"file": ".\\\\y\\\\b.txt", "outlet": "B again"}
                {"file": "c.txt", "outlet": "Unread"}
                {"file": "./d.txt", "outlet": "D"}
                """, "m.jsonl", diagnostics);
        Manifest manifest = new Manifest("m.jsonl", root, entries);

        Map<Integer, Metadata> byDocument = manifest.match(files, diagnostics);

        assertThat(byDocument).containsOnlyKeys(0, 2, 3);
        assertThat(byDocument.get(0).outlet()).isEqualTo("X");
        assertThat(byDocument.get(2).outlet()).isEqualTo("B");
        assertThat(byDocument.get(3).outlet()).isEqualTo("D");
        assertThat(diagnostics).extracting(Diagnostic::source).containsExactly("m.jsonl:2", "m.jsonl:4");
        assertThat(diagnostics.get(0).message()).contains("matches 2 files read", "x/a.txt, y/a.txt");
        assertThat(diagnostics.get(1).message()).contains("second entry", "line 3");
    }

    @Test
    void aManifestInASubfolderIsNotReadAndSaysSo() throws IOException {
        Files.createDirectories(dir.resolve("news/sub"));
        Files.writeString(dir.resolve("news/sub/a.txt"), "Sand castles, two.\n");
        Path nested = Files.writeString(dir.resolve("news/sub/manifest.jsonl"), "{\"file\": \"a.txt\"}\n");

        Batch batch = new Ingestor().read(List.of(dir.resolve("news")));

        assertThat(batch.documents()).hasSize(1);
        assertThat(batch.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(nested.toString());
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.message()).contains("not read", "give " + dir.resolve("news/sub"));
        });
    }

    @Test
    void aManifestThatIsNotUtf8IsReadAnywayWithAWarning() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Ice cream sold out.\n");
        Path manifest = Files.write(dir.resolve("manifest.jsonl"),
                "{\"file\": \"a.txt\", \"outlet\": \"Le Caf\u00e9\"}\n".getBytes(TextDecoder.WINDOWS_1252));

        Batch batch = new Ingestor().read(List.of(dir));

        assertThat(batch.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(manifest.toString());
            assertThat(d.message()).contains("not valid UTF-8");
        });
        assertThat(batch.documents().get(0).metadata().outlet()).isEqualTo("Le Caf\u00e9");
    }

    @Test
    void anExplicitManifestThatIsAFolderIsAnError() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Waves.\n");

        Batch batch = new Ingestor(IngestOptions.defaults().withManifest(dir)).read(List.of(a));

        assertThat(batch.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(dir.toString());
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        });
        assertThat(batch.documents()).hasSize(1);
    }
}
