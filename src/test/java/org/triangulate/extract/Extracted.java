package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.triangulate.model.Article;
import org.triangulate.model.Article.Removal;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.SourceDocument.Format;
import org.triangulate.model.Span;

/** Shared test steps: run the extractor, and check the offset contract every article must keep. */
final class Extracted {

    private static final Extractor EXTRACTOR = new Extractor();

    private Extracted() {
    }

    static Article text(String text) {
        return of(Format.TEXT, text, Metadata.EMPTY);
    }

    static Article markdown(String text) {
        return of(Format.MARKDOWN, text, Metadata.EMPTY);
    }

    static Article html(String text) {
        return of(Format.HTML, text, Metadata.EMPTY);
    }

    static Article of(Format format, String text, Metadata metadata) {
        SourceDocument doc = new SourceDocument("d1", "test." + format.name().toLowerCase(), format, text, metadata);
        Article article = EXTRACTOR.extract(doc);
        if (format != Format.HTML) assertThat(article.document().text()).isEqualTo(text);
        checkOffsets(article);
        return article;
    }

    /** The cleaned text's lines, each collapsed. */
    static List<String> lines(Article article) {
        return Arrays.stream(article.cleanedText().split("\n")).map(LineClassifier::collapse).toList();
    }

    /**
     * The contract of offsets: body spans are ordered, disjoint, inside the text; the cleaned text is those spans
     * minus the removals, soft line breaks read as spaces; the annotation text keeps the original's length and its kept characters.
     */
    static void checkOffsets(Article article) {
        String text = article.document().text();
        int last = 0;
        StringBuilder cleaned = new StringBuilder();
        boolean[] removed = new boolean[text.length()];
        for (Removal r : article.furniture()) {
            assertThat(r.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(r.reason()).isNotBlank();
            Arrays.fill(removed, r.span().start(), r.span().end(), true);
        }
        java.util.Set<Integer> soft = new java.util.HashSet<>(article.softBreaks());
        for (Span s : article.body()) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
            assertThat(s.of(text)).isEqualTo(text.substring(s.start(), s.end()));
            if (cleaned.length() > 0) cleaned.append('\n');
            for (int i = s.start(); i < s.end(); i++) {
                if (!removed[i]) cleaned.append(soft.contains(i) ? ' ' : text.charAt(i));
            }
            last = s.end();
        }
        assertThat(article.cleanedText()).isEqualTo(cleaned.toString());
        String annotation = article.annotationText();
        assertThat(annotation).hasSize(text.length());
        for (Span s : article.body()) {
            for (int i = s.start(); i < s.end(); i++) {
                char c = text.charAt(i);
                // Asserting per character would cost more than the extraction on large inputs.
                if (!removed[i] && c != '\n' && Character.getType(c) != Character.FORMAT && annotation.charAt(i) != c) {
                    assertThat(annotation.charAt(i)).as("annotation text at %d", i).isEqualTo(c);
                }
            }
        }
        for (int i : article.softBreaks()) {
            assertThat(text.charAt(i)).isEqualTo('\n');
            assertThat(article.body().stream().anyMatch(s -> s.start() < i && i < s.end())).isTrue();
        }
    }

    /** The shared folder of the corpus and answer keys: $TRIANGULATE_SHARED, ../shared, or /work/shared. */
    static Optional<Path> sharedDir() {
        String env = System.getenv("TRIANGULATE_SHARED");
        List<Path> candidates = env == null || env.isBlank()
                ? List.of(Paths.get("").toAbsolutePath().resolveSibling("shared"), Paths.get("/work/shared"))
                : List.of(Paths.get(env));
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }
}
