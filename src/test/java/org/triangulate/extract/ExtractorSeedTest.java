package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

/**
 * The seed corpus against its answer key, with the scorer's own checks (score_dossier.py): boilerplate out of the
 * cleaned text (lines under 25 characters: out as a whole line), content in it, and every quote the key cites
 * readable, unblanked, in the annotation text. The key is only read here, never by the code under test.
 */
class ExtractorSeedTest {

    private static final int SHORT_LINE = 25;
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();
    private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();
    private static JsonNode key;

    @BeforeAll
    static void readCorpus() throws IOException {
        Path shared = Extracted.sharedDir().orElse(null);
        Path corpus = shared == null ? null : shared.resolve("corpus/kursk");
        Path gold = shared == null ? null : shared.resolve("eval/kursk/gold.json");
        // Each test assumes the corpus, so that a missing one shows as skipped tests with this message.
        if (corpus == null || !Files.isDirectory(corpus) || !Files.isRegularFile(gold)) return;
        key = new ObjectMapper().readTree(gold.toFile());
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String id = file.getFileName().toString().substring(0, 3);
                String text = Files.readString(file);
                TEXTS.put(id, text);
                ARTICLES.put(id, Extracted.of(Format.TEXT, text, Metadata.EMPTY));
            }
        }
        assertThat(ARTICLES).hasSize(5);
    }

    private static void assumeCorpus() {
        Assumptions.assumeTrue(key != null, "seed corpus not found: set TRIANGULATE_SHARED to the shared folder "
                + "holding corpus/kursk and eval/kursk/gold.json (looked in ../shared and /work/shared)");
    }

    /** As the scorer: typographic quotes straight, white space collapsed, lower case. */
    private static String norm(String s) {
        return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    @Test
    void boilerplateIsOutOfTheCleanedText() {
        assumeCorpus();
        List<String> kept = new ArrayList<>();
        key.get("boilerplate").fields().forEachRemaining(entry -> {
            Article article = ARTICLES.get(entry.getKey());
            String cleaned = article.cleanedText();
            List<String> lines = Arrays.stream(cleaned.split("\n")).map(ExtractorSeedTest::norm).toList();
            for (JsonNode item : entry.getValue()) {
                String line = item.asText();
                assertThat(TEXTS.get(entry.getKey())).contains(line);
                boolean present = line.length() < SHORT_LINE ? lines.contains(norm(line)) : norm(cleaned).contains(norm(line));
                if (present) kept.add(entry.getKey() + ": " + line);
            }
        });
        assertThat(kept).as("boilerplate left in the cleaned text").isEmpty();
    }

    @Test
    void contentStaysInTheCleanedText() {
        assumeCorpus();
        List<String> lost = new ArrayList<>();
        key.get("content").fields().forEachRemaining(entry -> {
            String cleaned = norm(ARTICLES.get(entry.getKey()).cleanedText());
            for (JsonNode item : entry.getValue()) {
                if (!cleaned.contains(norm(item.asText()))) lost.add(entry.getKey() + ": " + item.asText());
            }
        });
        assertThat(lost).as("content missing from the cleaned text").isEmpty();
    }

    @Test
    void everyQuotedSpanIsReadableInTheAnnotationText() {
        assumeCorpus();
        List<String> blanked = new ArrayList<>();
        int quotes = 0;
        for (String section : List.of("claims", "timeline")) {
            for (JsonNode item : key.get(section)) {
                for (JsonNode evidence : item.get("evidence")) {
                    String doc = evidence.get("doc").asText();
                    String quote = evidence.get("quote").asText();
                    int at = TEXTS.get(doc).indexOf(quote);
                    assertThat(at).as("key quote in %s: %s", doc, quote).isNotNegative();
                    String annotation = ARTICLES.get(doc).annotationText();
                    quotes++;
                    if (!annotation.substring(at, at + quote.length()).equals(quote)) blanked.add(doc + ": " + quote);
                }
            }
        }
        assertThat(quotes).isGreaterThan(10);
        assertThat(blanked).as("quotes blanked out of the annotation text").isEmpty();
    }

    @Test
    void outletAndHeadlineComeFromThePageWhereItShowsThem() {
        assumeCorpus();
        // Only structural facts: a page with a site footer names an outlet; one whose first line is a sentence has
        // no headline to take.
        for (Map.Entry<String, Article> e : ARTICLES.entrySet()) {
            String text = TEXTS.get(e.getKey());
            Article article = e.getValue();
            boolean footer = article.furniture().stream().anyMatch(r -> r.reason().equals(Furniture.FOOTER));
            assertThat(article.outlet() != null).as("outlet of %s", e.getKey()).isEqualTo(footer);
            if (article.title() != null) {
                assertThat(article.cleanedText()).startsWith(article.title());
                assertThat(text).contains(article.title());
            }
        }
    }
}
