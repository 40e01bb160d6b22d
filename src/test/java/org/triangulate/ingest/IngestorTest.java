package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Batch;
import org.triangulate.model.Diagnostic;
import org.triangulate.model.Diagnostic.Severity;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.SourceDocument.Format;

class IngestorTest {
    private static final String GOOD = "The lighthouse keeper counted 42 gulls on the pier.\n";

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private static List<String> sources(Batch batch) {
        return batch.documents().stream().map(SourceDocument::source).toList();
    }

    /** The one diagnostic of the batch, checked to name {@code source}. */
    private static Diagnostic onlyDiagnostic(Batch batch, Path source, Severity severity) {
        assertThat(batch.diagnostics()).hasSize(1);
        Diagnostic d = batch.diagnostics().get(0);
        assertThat(d.source()).isEqualTo(source.toString());
        assertThat(d.severity()).isEqualTo(severity);
        return d;
    }

    @Test
    void readsFormatsByExtensionWithIdsInOrder() throws IOException {
        Path txt = write("a.txt", GOOD);
        Path md = write("b.md", "# Gulls\n\nThey came back.\n");
        Path html = write("c.html", "<p>Ferry late again.</p>");
        Path markdown = write("d.MARKDOWN", "*Tide* at noon.\n");
        Path htm = write("e.htm", "<p>Fog.</p>");

        Batch batch = ingestor.read(List.of(txt, md, html, markdown, htm));

        assertThat(batch.diagnostics()).isEmpty();
        assertThat(batch.documents()).extracting(SourceDocument::id).containsExactly("d1", "d2", "d3", "d4", "d5");
        assertThat(batch.documents()).extracting(SourceDocument::format)
                .containsExactly(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.MARKDOWN, Format.HTML);
        assertThat(batch.documents().get(0).text()).isEqualTo(GOOD);
        assertThat(batch.documents().get(0).metadata()).isEqualTo(Metadata.EMPTY);
    }

    @Test
    void walksFoldersRecursivelyInSortedOrderSkippingHiddenAndOtherFiles() throws IOException {
        write("news/b.txt", GOOD);
        write("news/a.md", GOOD);
        write("news/sub/c.html", "<p>x</p>");
        write("news/sub/a.txt", GOOD);
        write("news/z.txt", GOOD);
        write("news/.hidden.txt", GOOD);
        write("news/.cache/d.txt", GOOD);
        write("news/notes.pdf", "%PDF-1.4");
        write("news/manifest.jsonl", "");

        Batch batch = ingestor.read(List.of(dir.resolve("news")));

        assertThat(batch.diagnostics()).isEmpty();
        Path news = dir.resolve("news");
        assertThat(sources(batch)).containsExactly(news.resolve("a.md").toString(), news.resolve("b.txt").toString(),
                news.resolve("sub/a.txt").toString(), news.resolve("sub/c.html").toString(),
                news.resolve("z.txt").toString());
        assertThat(batch.documents()).extracting(SourceDocument::id).containsExactly("d1", "d2", "d3", "d4", "d5");
    }

    @Test
    void sourceIsThePathAsGivenRelativeOrNot() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Path folder = write("rel/one.txt", GOOD).getParent();
        Path relative = cwd.relativize(folder);

        Batch batch = ingestor.read(List.of(relative));

        assertThat(sources(batch)).containsExactly(relative.resolve("one.txt").toString());
        assertThat(sources(batch).get(0)).doesNotStartWith("/");
    }

    @Test
    void keepsTheTextExactlyAsDecoded() throws IOException {
        String text = "\uFEFFFirst line\r\nSecond line\r\n\r\n  indented\tand tabbed  \n";
        Path p = write("bom.txt", text);

        Batch batch = ingestor.read(List.of(p));

        assertThat(batch.diagnostics()).isEmpty();
        assertThat(batch.documents().get(0).text()).isEqualTo(text);
    }

    @Test
    void oneFileOfAFolderTakesItsManifestEntryWithoutWarningsAboutTheOthers() throws IOException {
        Path one = write("one.txt", GOOD);
        write("two.txt", GOOD);
        write("manifest.jsonl", "{\"file\": \"one.txt\", \"outlet\": \"Gull Gazette\"}\n"
                + "{\"file\": \"two.txt\", \"outlet\": \"Pier Post\"}\n"
                + "{\"file\": \"thrre.txt\", \"outlet\": \"Typo Times\"}\n");
        Batch batch = ingestor.read(List.of(one));
        assertThat(batch.documents()).singleElement()
                .satisfies(d -> assertThat(d.metadata().outlet()).isEqualTo("Gull Gazette"));
        // two.txt exists and was just not asked for; thrre.txt is a mistake worth a warning.
        assertThat(batch.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("\"thrre.txt\""));
    }

    @Test
    void missingPathIsOneErrorAndTheRestIsRead() throws IOException {
        Path good = write("good.txt", GOOD);
        Path missing = dir.resolve("nowhere/missing.txt");

        Batch batch = ingestor.read(List.of(missing, good));

        Diagnostic d = onlyDiagnostic(batch, missing, Severity.ERROR);
        assertThat(d.message()).contains("no such file or directory");
        assertThat(sources(batch)).containsExactly(good.toString());
        assertThat(batch.documents().get(0).id()).isEqualTo("d1");
    }

    @Test
    void emptyFileIsOneErrorAndTheRestIsRead() throws IOException {
        Path empty = write("empty.txt", "");
        Path good = write("good.txt", GOOD);

        Batch batch = ingestor.read(List.of(empty, good));

        assertThat(onlyDiagnostic(batch, empty, Severity.ERROR).message()).contains("empty file");
        assertThat(sources(batch)).containsExactly(good.toString());
    }

    @Test
    void whitespaceOnlyFileIsOneError() throws IOException {
        Path blank = write("blank.md", "\uFEFF \n\t\r\n  ");
        Path good = write("good.txt", GOOD);

        Batch batch = ingestor.read(List.of(dir));

        assertThat(onlyDiagnostic(batch, blank, Severity.ERROR).message()).contains("only whitespace");
        assertThat(sources(batch)).containsExactly(good.toString());
    }

    @Test
    void binaryFilesAreOneErrorEachAndTheRestIsRead() throws IOException {
        Path pdf = write("paper.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(UTF_8));
        Path nul = write("nul.txt", new byte[] {'a', 'b', 0, 'c', '\n'});
        Path gzip = write("archive.md", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        Path good = write("good.txt", GOOD);

        Batch batch = ingestor.read(List.of(pdf, nul, gzip, good));

        assertThat(batch.diagnostics()).hasSize(3).allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).startsWith("binary file");
        });
        assertThat(batch.diagnostics()).extracting(Diagnostic::source)
                .containsExactly(pdf.toString(), nul.toString(), gzip.toString());
        assertThat(batch.diagnostics().get(0).message()).contains("PDF");
        assertThat(batch.diagnostics().get(1).message()).contains("NUL");
        assertThat(batch.diagnostics().get(2).message()).contains("gzip");
        assertThat(sources(batch)).containsExactly(good.toString());
    }

    @Test
    void fileOverTheLimitIsSkippedWithItsSizeTheLimitAndTheFlag() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = "All work and no play makes a very long file.\n".repeat(1000).getBytes(UTF_8);
        long target = 50L * 1024 * 1024;
        try (FileChannel out = FileChannel.open(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long written = 0; written < target; ) {
                ByteBuffer buf = ByteBuffer.wrap(line, 0, (int) Math.min(line.length, target - written));
                while (buf.hasRemaining()) written += out.write(buf);
            }
        }
        Path good = write("good.txt", GOOD);

        Batch batch = ingestor.read(List.of(big, good));

        String message = onlyDiagnostic(batch, big, Severity.ERROR).message();
        assertThat(message).contains("52,428,800 bytes", "50.0 MiB", "10,485,760 bytes", "--max-file-size");
        assertThat(sources(batch)).containsExactly(good.toString());
    }

    @Test
    void theLimitComesFromTheOptions() throws IOException {
        Path p = write("small.txt", "0123456789");

        Batch atLimit = new Ingestor(IngestOptions.defaults().withMaxFileBytes(10)).read(List.of(p));
        Batch overLimit = new Ingestor(IngestOptions.defaults().withMaxFileBytes(9)).read(List.of(p));

        assertThat(atLimit.documents()).hasSize(1);
        assertThat(overLimit.documents()).isEmpty();
        assertThat(onlyDiagnostic(overLimit, p, Severity.ERROR).message()).contains("10 bytes", "9 bytes");
    }

    @Test
    void invalidUtf8IsAWarningWithTheByteOffsetAndTheFileIsReadAsWindows1252() throws IOException {
        byte[] bytes = "Caf\u00e9 on the corner\nopened at nine.\n".getBytes(TextDecoder.WINDOWS_1252);
        Path latin = write("latin.txt", bytes);
        Path good = write("good.txt", GOOD);

        Batch batch = ingestor.read(List.of(latin, good));

        String message = onlyDiagnostic(batch, latin, Severity.WARNING).message();
        assertThat(message).contains("not valid UTF-8", "byte offset 3", "0xE9", "windows-1252");
        assertThat(sources(batch)).containsExactly(latin.toString(), good.toString());
        assertThat(batch.documents().get(0).text()).isEqualTo("Caf\u00e9 on the corner\nopened at nine.\n");
    }

    @Test
    void htmlCharsetDeclarationIsHonoured() throws IOException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><p>Na\u00efve \u201cquotes\u201d</p></body></html>";
        Path p = write("page.html", page.getBytes(TextDecoder.WINDOWS_1252));

        Batch batch = ingestor.read(List.of(p));

        assertThat(batch.diagnostics()).isEmpty();
        assertThat(batch.documents().get(0).text()).isEqualTo(page);
    }

    @Test
    void unsupportedExtensionGivenExplicitlyIsAnError() throws IOException {
        Path pdf = write("report.pdf", "%PDF-1.4");
        Path none = write("README", GOOD);
        Path good = write("good.txt", GOOD);

        Batch batch = ingestor.read(List.of(pdf, none, good));

        assertThat(batch.diagnostics()).containsExactly(
                Diagnostic.error(pdf.toString(), "unsupported file type .pdf; give " + InputFile.SUPPORTED),
                Diagnostic.error(none.toString(), "unsupported file type (no extension); give " + InputFile.SUPPORTED));
        assertThat(sources(batch)).containsExactly(good.toString());
    }

    @Test
    void unreadableFileIsAnErrorWithTheReason() throws IOException {
        Path locked = write("locked.txt", GOOD);
        Path good = write("good.txt", GOOD);
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read anything");

        Batch batch = ingestor.read(List.of(locked, good));

        assertThat(onlyDiagnostic(batch, locked, Severity.ERROR).message())
                .startsWith("cannot read the file: ").contains("permission denied");
        assertThat(sources(batch)).containsExactly(good.toString());
    }

    @Test
    void aFileGivenTwiceIsReadOnce() throws IOException {
        Path a = write("news/a.txt", GOOD);

        Batch batch = ingestor.read(List.of(dir.resolve("news"), a));

        assertThat(batch.documents()).hasSize(1);
        assertThat(onlyDiagnostic(batch, a, Severity.WARNING).message()).contains("already read");
    }

    @Test
    void manifestInTheFolderFillsMetadata() throws IOException {
        write("news/a.txt", GOOD);
        write("news/sub/b.md", GOOD);
        write("news/c.html", "<p>Pier closed.</p>");
        write("news/manifest.jsonl", """
                {"file": "a.txt", "published": "2025-04-26", "outlet": "The Harbour Gazette", \
                "url": "https://example.org/a", "title": "Gulls return", "language": "en", "mood": "cheerful"}
                {"file": "sub/b.md", "published": "2025-04-27T23:30:00-05:00"}
                {"file": "c.html", "published": "2025-04-28T08:15:00Z", "outlet": "Pier Weekly"}
                """);

        Batch batch = ingestor.read(List.of(dir.resolve("news")));

        assertThat(batch.diagnostics()).isEmpty();
        assertThat(batch.documents()).extracting(SourceDocument::metadata).containsExactly(
                new Metadata(LocalDate.of(2025, 4, 26), "The Harbour Gazette", "https://example.org/a",
                        "Gulls return", "en"),
                new Metadata(LocalDate.of(2025, 4, 28), "Pier Weekly", null, null, null),
                // The date as written, not moved to UTC (where it would be the 28th).
                new Metadata(LocalDate.of(2025, 4, 27), null, null, null, null));
    }

    @Test
    void manifestBesideAGivenFileApplies() throws IOException {
        Path a = write("news/a.txt", GOOD);
        write("news/manifest.jsonl", "{\"file\": \"a.txt\", \"outlet\": \"Dune Daily\"}\n");

        Batch batch = ingestor.read(List.of(a));

        assertThat(batch.diagnostics()).isEmpty();
        assertThat(batch.documents().get(0).metadata().outlet()).isEqualTo("Dune Daily");
    }

    @Test
    void malformedManifestLinesAreWarningsAndTheOtherLinesApply() throws IOException {
        write("news/a.txt", GOOD);
        write("news/b.txt", GOOD);
        write("news/c.txt", GOOD);
        write("news/d.txt", GOOD);
        Path manifest = write("news/manifest.jsonl", """
                {"file": "a.txt", "outlet": "Alpha"}
                {"file": "b.txt", "outlet": "Beta"
                ["c.txt"]
                {"outlet": "Nobody"}

                {"file": "d.txt", "published": "26/04/2025", "outlet": "Delta"}
                {"file": "c.txt", "published": "2025-04-26"}
                """);

        Batch batch = ingestor.read(List.of(dir.resolve("news")));

        assertThat(batch.diagnostics()).extracting(Diagnostic::source).containsExactly(
                manifest + ":2", manifest + ":3", manifest + ":4", manifest + ":6");
        assertThat(batch.diagnostics()).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        assertThat(batch.diagnostics()).extracting(Diagnostic::message).satisfiesExactly(
                m -> assertThat(m).contains("not valid JSON"),
                m -> assertThat(m).contains("not a JSON object"),
                m -> assertThat(m).contains("no \"file\""),
                m -> assertThat(m).contains("\"26/04/2025\" is not a date", "yyyy-MM-dd"));
        assertThat(batch.documents()).extracting(d -> d.metadata().outlet())
                .containsExactly("Alpha", null, null, "Delta");
        assertThat(batch.documents().get(2).metadata().published()).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(batch.documents().get(3).metadata().published()).isNull();
    }

    @Test
    void manifestEntryNamingNoFileReadIsAWarning() throws IOException {
        write("news/a.txt", GOOD);
        write("news/empty.txt", "");
        Path manifest = write("news/manifest.jsonl", """
                {"file": "a.txt", "outlet": "Alpha"}
                {"file": "gone.txt", "outlet": "Ghost"}
                {"file": "empty.txt", "outlet": "Hollow"}
                """);

        Batch batch = ingestor.read(List.of(dir.resolve("news")));

        // The empty file has its own error; the entry naming it does not add a second diagnostic.
        assertThat(batch.diagnostics()).extracting(Diagnostic::source)
                .containsExactly(dir.resolve("news/empty.txt").toString(), manifest + ":2");
        assertThat(batch.diagnostics().get(1).message()).contains("\"gone.txt\"", "not among the files read");
        assertThat(batch.documents().get(0).metadata().outlet()).isEqualTo("Alpha");
    }

    @Test
    void explicitManifestAppliesToAllAndReplacesFolderManifests() throws IOException {
        Path a = write("one/a.txt", GOOD);
        write("one/manifest.jsonl", "{\"file\": \"a.txt\", \"outlet\": \"Ignored\"}\n");
        Path b = write("two/b.md", GOOD);
        Path manifest = write("meta/all.jsonl", """
                {"file": "a.txt", "outlet": "Alpha"}
                {"file": "b.md", "outlet": "Beta"}
                """);

        Batch batch = new Ingestor(IngestOptions.defaults().withManifest(manifest)).read(List.of(a, dir.resolve("two")));

        assertThat(batch.diagnostics()).isEmpty();
        assertThat(sources(batch)).containsExactly(a.toString(), b.toString());
        assertThat(batch.documents()).extracting(d -> d.metadata().outlet()).containsExactly("Alpha", "Beta");
    }

    @Test
    void missingExplicitManifestIsAnErrorAndTheFilesAreStillRead() throws IOException {
        Path a = write("a.txt", GOOD);
        Path manifest = dir.resolve("no-such.jsonl");

        Batch batch = new Ingestor(IngestOptions.defaults().withManifest(manifest)).read(List.of(a));

        assertThat(onlyDiagnostic(batch, manifest, Severity.ERROR).message()).contains("--manifest");
        assertThat(batch.documents()).hasSize(1);
    }

    @Test
    void everyBadInputInOneBatchGivesOneDiagnosticEach() throws IOException {
        write("mix/01-good.txt", GOOD);
        write("mix/02-empty.txt", "");
        write("mix/03-binary.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        write("mix/04-latin.txt", "na\u00efve\n".getBytes(TextDecoder.WINDOWS_1252));
        write("mix/05-good.html", "<p>Kites over the dunes.</p>");
        write("mix/manifest.jsonl", "{\"file\": \"01-good.txt\", \"published\": \"2025-04-26\"}\nnot json\n");
        Path missing = dir.resolve("mix/06-missing.txt");

        Batch batch = ingestor.read(List.of(dir.resolve("mix"), missing));

        List<String> named = new ArrayList<>(batch.diagnostics().stream().map(Diagnostic::source).toList());
        assertThat(named).containsExactlyInAnyOrder(
                dir.resolve("mix/manifest.jsonl") + ":2",
                dir.resolve("mix/02-empty.txt").toString(),
                dir.resolve("mix/03-binary.md").toString(),
                dir.resolve("mix/04-latin.txt").toString(),
                missing.toString());
        assertThat(sources(batch)).containsExactly(dir.resolve("mix/01-good.txt").toString(),
                dir.resolve("mix/04-latin.txt").toString(), dir.resolve("mix/05-good.html").toString());
        assertThat(batch.documents()).extracting(SourceDocument::id).containsExactly("d1", "d2", "d3");
        assertThat(batch.documents().get(0).metadata().published()).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(batch.diagnostics()).allSatisfy(d -> assertThat(d.message()).isNotBlank());
    }

    @Test
    void anExplicitManifestThatCannotBeReadStillReplacesTheFolderManifests() throws IOException {
        Path a = write("one/a.txt", "Gulls.\n");
        write("one/manifest.jsonl", "{\"file\": \"a.txt\", \"outlet\": \"Folder\"}\n");
        Path manifest = write("meta/big.jsonl", "{\"file\": \"a.txt\", \"outlet\": \"Explicit\"}\n");

        Batch batch = new Ingestor(new IngestOptions(manifest, 20)).read(List.of(a));

        assertThat(onlyDiagnostic(batch, manifest, Severity.ERROR).message()).contains("over the limit");
        assertThat(batch.documents()).singleElement()
                .satisfies(d -> assertThat(d.metadata()).isEqualTo(Metadata.EMPTY));
    }

    @Test
    void misuseThrowsWithTheParameterName() {
        assertThatThrownBy(() -> ingestor.read(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paths");
        assertThatThrownBy(() -> ingestor.read(Arrays.asList(dir, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paths[1]");
        assertThatThrownBy(() -> new Ingestor(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("options");
    }
}
