package org.triangulate.bench;

import java.util.Locale;
import java.util.function.BiFunction;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Element;
import org.triangulate.extract.Extractor;
import org.triangulate.model.Article;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.SourceDocument.Format;

/**
 * A main-content extractor under test, by name: a page's markup and URL in, the article body's text out, as the
 * article-extraction benchmark's {@code articleBody} (the body without its headline).
 *
 * <p>The two systems here are stateless and thread-safe.
 *
 * @param name the name in the benchmark's table
 * @param extractor (markup, url) to the article body; empty when the system finds none
 */
public record ExtractionSystem(String name, BiFunction<String, String, String> extractor) {

    /** The article body of the page. */
    public String articleBody(String html, String url) {
        return extractor.apply(html, url);
    }

    /** Ours: {@link Extractor} on the page, its cleaned text without the headline it keeps as first paragraph. */
    public static ExtractionSystem triangulate() {
        Extractor extractor = new Extractor();
        return new ExtractionSystem("triangulate", (html, url) -> {
            Article a = extractor.extract(new SourceDocument("page", url, Format.HTML, html, null));
            return withoutHeadline(a.cleanedText(), a.title());
        });
    }

    /** The peer: Readability4J 1.0.8 (a port of Mozilla's Readability.js), its article element's text. */
    public static ExtractionSystem readability4j() {
        return new ExtractionSystem("readability4j", (html, url) -> {
            Element content = new Readability4J(url, html).parse().getArticleContent();
            return content == null ? "" : content.text();
        });
    }

    /** {@code text} without its first line when that line is {@code headline} (letters and digits compared). */
    static String withoutHeadline(String text, String headline) {
        if (headline == null) return text;
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (!key(first).equals(key(headline))) return text;
        return end < 0 ? "" : text.substring(end + 1);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
