package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A folder in the article-extraction-benchmark layout: {@code ground-truth.json} ({@code {id: {articleBody, url}}})
 * and {@code html/<id>.html.gz}, UTF-8 pages as the benchmark ships them.
 *
 * <p>{@link #open} reads the answer key and every page into memory (the dev half is about 17 MB of markup); a page
 * that cannot be read is kept with the reason, to be scored as an empty prediction. Immutable once open.
 */
public final class ExtractionCorpus {

    /** One page: its id, URL, expected article body, and its markup or why it could not be read. */
    public record Page(String id, String url, String expected, String html, String problem) {
        public Optional<String> markup() {
            return Optional.ofNullable(html);
        }
    }

    private final Path dir;
    private final List<Page> pages;

    private ExtractionCorpus(Path dir, List<Page> pages) {
        this.dir = dir;
        this.pages = List.copyOf(pages);
    }

    /**
     * Reads the folder.
     *
     * @throws IllegalArgumentException the user's mistake: no such folder, no readable {@code ground-truth.json}
     */
    public static ExtractionCorpus open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such folder; give the benchmark folder that holds "
                    + "ground-truth.json and html/");
        }
        Path key = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(key)) {
            throw new IllegalArgumentException(key + ": not found; the folder must hold the benchmark's "
                    + "ground-truth.json and html/<id>.html.gz");
        }
        JsonNode truth;
        try {
            truth = new ObjectMapper().readTree(key.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(key + ": not readable JSON: " + e.getMessage(), e);
        }
        if (truth == null || !truth.isObject()) {
            throw new IllegalArgumentException(key + ": expected an object {id: {articleBody, url}}");
        }
        List<Page> pages = new ArrayList<>();
        for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            JsonNode entry = truth.get(id);
            String expected = entry.path("articleBody").asText("");
            String url = entry.path("url").asText("");
            Path file = dir.resolve("html").resolve(id + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                pages.add(new Page(id, url, expected, new String(in.readAllBytes(), StandardCharsets.UTF_8), null));
            } catch (IOException e) {
                pages.add(new Page(id, url, expected, null, file + ": " + e));
            }
        }
        return new ExtractionCorpus(dir, pages);
    }

    public Path dir() {
        return dir;
    }

    /** The pages in the answer key's order. */
    public List<Page> pages() {
        return pages;
    }
}
