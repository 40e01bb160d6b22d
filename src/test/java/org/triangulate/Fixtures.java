package org.triangulate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.triangulate.annotate.Annotator;
import org.triangulate.cli.SharedAnnotator;
import org.triangulate.model.Article;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.Span;

/**
 * What tests share: the one CoreNLP annotator of the test JVM (tests that use it are tagged {@code corenlp}), plain
 * articles made from a string, and the location of ../shared.
 */
public final class Fixtures {
    private Fixtures() {}

    /** The annotator, loaded once per JVM and shared with the command line's. */
    public static Annotator annotator() {
        return SharedAnnotator.get();
    }

    /** An article whose body is the whole text, one paragraph a line, as extraction gives plain text. */
    public static Article article(String id, String text, LocalDate published) {
        SourceDocument doc = new SourceDocument(id, id + ".txt", SourceDocument.Format.TEXT, text,
                new Metadata(published, null, null, null, "en"));
        List<Span> paragraphs = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) paragraphs.add(new Span(start, i));
                start = i + 1;
            }
        }
        return new Article(doc, null, null, paragraphs, List.of(), List.of());
    }

    /**
     * The shared folder of corpora, benchmarks and answer keys: $TRIANGULATE_SHARED, else ../shared beside the
     * project, else /work/shared.
     */
    public static Optional<Path> shared() {
        String env = System.getenv("TRIANGULATE_SHARED");
        for (Path p : new Path[] {env == null ? null : Paths.get(env), Paths.get("..", "shared"), Paths.get("/work/shared")}) {
            if (p != null && Files.isDirectory(p.resolve("eval"))) return Optional.of(p.toAbsolutePath().normalize());
        }
        return Optional.empty();
    }
}
