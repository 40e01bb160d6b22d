package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("corenlp")
class ReportCommandTest {
    private static final Path EXAMPLE = Paths.get("examples", "harbour-strike");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Markup that makes a span's source read differently from its rendered text. */
    private static final Pattern MARKUP = Pattern.compile("[<&\\t\\n\\r]|\\s\\s");

    @Test
    void exampleCorpusGivesADossierWhoseSpansAreExact(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("example.json");
        CliRun run = CliRun.of("report", EXAMPLE.toString(), "-f", "json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode dossier = JSON.readTree(out.toFile());

        Map<String, Texts> texts = new HashMap<>();
        for (JsonNode d : dossier.get("documents")) {
            assertThat(d.get("outlet").asText()).isNotBlank();
            assertThat(d.get("published").asText()).startsWith("2026-03-");
            assertThat(d.get("text").asText()).doesNotContain("Skip to content").doesNotContain("Share Facebook");
            texts.put(d.get("id").asText(), Texts.of(d));
        }
        assertThat(texts).hasSize(5);
        int spans = 0;
        for (JsonNode e : dossier.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertSpan(texts.get(m.get("doc").asText()), m);
                spans++;
            }
        }
        for (JsonNode entry : dossier.get("timeline")) {
            for (JsonNode ev : entry.get("evidence")) {
                assertSpan(texts.get(ev.get("doc").asText()), ev);
                spans++;
                assertThat(words(ev)).contains(words(ev.get("expression")));
            }
        }
        assertThat(spans).isGreaterThan(100);
        // "On Saturday" in reports published on Sunday 15 and Monday 16 March 2026.
        assertThat(dossier.get("timeline").findValuesAsText("date")).contains("2026-03-14", "2025");
        assertThat(dossier.get("entities").findValuesAsText("name")).contains("Tobias Brannock");
    }

    @Test
    void htmlSpansIndexTheMarkupAndKeepTheirOffsetsInTheRenderedText(@TempDir Path dir) throws IOException {
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Tarrow bridge to reopen in May</title></head>
                <body><article>
                <h1>Tarrow bridge to reopen in May</h1>
                <p>The minister said the bridge would reopen in May.</p>
                <p>The council&rsquo;s engineer said the repairs had cost more than expected. &ldquo;The deck is \
                sound,&rdquo; the engineer said.</p>
                <p>Ferry operators &amp; hauliers said they would keep their extra sailings, according to a \
                <a href="https://example.org/report">report by the port</a> published on Friday.</p>
                </article></body></html>
                """;
        Path page = dir.resolve("bridge.html");
        Files.writeString(page, html);
        Path out = dir.resolve("bridge.json");
        CliRun run = CliRun.of("report", page.toString(), "-f", "json", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode dossier = JSON.readTree(out.toFile());

        JsonNode document = dossier.get("documents").get(0);
        assertThat(document.has("original")).isFalse();
        Texts texts = Texts.of(document);
        // Every span the JSON writes is mapped (evidence, mentions, numbers, body); body spans carry no text.
        List<JsonNode> spans = dossier.findParents("renderedStart");
        assertThat(spans).hasSameSizeAs(dossier.findParents("start"));
        List<String> verbatim = new ArrayList<>();
        for (JsonNode span : spans) {
            if ((span.has("text") || span.has("renderedText")) && assertSpan(texts, span)) {
                verbatim.add(span.get("text").asText());
            }
        }
        // A claim's passage, its source and its content; a source just after a character reference.
        assertThat(verbatim).contains("The minister said the bridge would reopen in May", "The minister",
                "the bridge would reopen in May", "the engineer");
        // The quote inside &ldquo; ... &rdquo; reads differently in the file: located by offsets, its words apart.
        assertThat(dossier.findValuesAsText("renderedText")).anyMatch(t -> t.contains("The deck is sound"));
    }

    /** What a span says: its text, or for markup that reads differently, its rendered words. */
    private static String words(JsonNode span) {
        return span.has("text") ? span.get("text").asText() : span.get("renderedText").asText();
    }

    /** What a document's spans index: its file's text, and for HTML the text rendered from it. */
    private record Texts(String file, String rendered) {
        static Texts of(JsonNode d) throws IOException {
            String file = Files.readString(Paths.get(d.get("source").asText()), StandardCharsets.UTF_8);
            return new Texts(file, d.has("rendered") ? d.get("rendered").asText() : null);
        }
    }

    /**
     * Checks a span against its document: {@code start}/{@code end} pick out its text in the file; for HTML the
     * rendered offsets pick it out of the rendered text, and the markup's offsets pick out markup that shows the same
     * words. A span has {@code text} when the file holds those very characters, which is so whenever no tag,
     * reference or run of white space lies inside; otherwise its words are {@code renderedText}. Returns whether the
     * span has {@code text}.
     */
    private static boolean assertSpan(Texts t, JsonNode span) {
        String file = t.file().substring(span.get("start").asInt(), span.get("end").asInt());
        if (t.rendered() == null) {
            assertThat(span.has("renderedStart")).isFalse();
            assertThat(file).isEqualTo(span.get("text").asText());
            return true;
        }
        boolean verbatim = span.has("text");
        String words = words(span);
        assertThat(t.rendered().substring(span.get("renderedStart").asInt(), span.get("renderedEnd").asInt()))
                .isEqualTo(words);
        assertThat(Jsoup.parseBodyFragment(file).text()).as(file).isEqualTo(words.strip().replaceAll("\\s+", " "));
        if (verbatim) assertThat(file).isEqualTo(words);
        if (!MARKUP.matcher(file).find()) assertThat(verbatim).as(file).isTrue();
        return verbatim;
    }

    @Test
    void textAndMarkdownShowOutletsEntitiesTimelineAndDiagnostics() {
        CliRun text = CliRun.of("report", EXAMPLE.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("OUTLETS", "The Kestrelport Courier", "ENTITIES", "TIMELINE", "2026-03-14",
                "DIAGNOSTICS");
        CliRun markdown = CliRun.of("report", EXAMPLE.toString(), "--format", "markdown");
        assertThat(markdown.out()).contains("## Outlets", "| doc | outlet |", "## Entities", "## Timeline");
    }

    @Test
    void badFilesAreReportedOneByOneAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("good.txt"), "The ferry to Tarrow Island resumed service on Monday, "
                + "the operator Brightwater Lines said.\n");
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 owners in Tarrow protested.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("big.txt"), "word ".repeat(1000));
        Files.writeString(dir.resolve("manifest.jsonl"), "{\"file\": \"good.txt\", \"published\": \"2026-02-02\"}\n"
                + "{\"file\": \"latin1.txt\", \"published\": \n");
        Path missing = dir.resolve("no-such-folder");

        CliRun run = CliRun.of("report", dir.toString(), missing.toString(), "--max-file-size", "4KB", "-f", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("empty.txt", "binary.txt", "latin1.txt", "big.txt", "manifest.jsonl:2",
                "no-such-folder");
        for (String name : new String[] {"empty.txt", "binary.txt", "big.txt", "no-such-folder"}) {
            assertThat(run.err().lines().filter(l -> l.contains(name))).as(name).hasSize(1);
        }
        assertThat(run.out()).contains("good.txt", "latin1.txt", "Brightwater Lines", "2026-02-02");
    }

    @Test
    void exitsWithTwoWhenNothingCouldBeRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        CliRun run = CliRun.of("report", dir.resolve("empty.txt").toString(), dir.resolve("gone.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty.txt", "gone.txt", "no report could be read");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void usageErrorsExitWithTwoAndHelpWithZero(@TempDir Path dir) {
        assertThat(CliRun.of("report").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("report", "x.txt", "--format", "pdf").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("report", "x.txt", "--max-file-size", "lots").err()).contains("is not a size");
        CliRun noThreads = CliRun.of("report", EXAMPLE.toString(), "--threads", "0");
        assertThat(noThreads.exitCode()).isEqualTo(2);
        assertThat(noThreads.err()).contains("--threads must be at least 1");
        CliRun nowhere = CliRun.of("report", EXAMPLE.toString(), "-o", dir.resolve("a/b/out.json").toString());
        assertThat(nowhere.exitCode()).isEqualTo(2);
        assertThat(nowhere.err()).contains("folder does not exist");
        for (String[] args : new String[][] {{"--help"}, {"report", "--help"}, {"bench", "--help"},
                {"bench", "report", "--help"}}) {
            CliRun help = CliRun.of(args);
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage:");
        }
    }
}
