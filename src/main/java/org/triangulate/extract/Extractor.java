package org.triangulate.extract;

import java.util.List;
import java.util.Map;
import org.triangulate.model.Article;
import org.triangulate.model.Metadata;
import org.triangulate.model.Article.Removal;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.SourceDocument.Format;

/**
 * Takes a report's page furniture out: navigation, share bars, related headlines, photo captions and credits,
 * repeated headlines, site footers, update notes, Markdown markup. What is left is the article, as spans of the
 * document's text.
 *
 * <p>In: a {@link SourceDocument} as read. Out: an {@link Article} whose body spans index the document's text. For
 * HTML the article is built on a new document (same id, source and format) whose text is the page rendered one block
 * a line, and whose metadata is the given metadata with missing fields taken from the page's markup; for text and
 * Markdown, on the same text (its metadata gains a publication date when the page prints one and none was given).
 *
 * <p>Threading: immutable; one instance may serve all threads. Cost: linear in the text for plain text and
 * Markdown, plus a jsoup parse for HTML; no models are loaded.
 */
public final class Extractor {

    /** The article in {@code doc}; malformed input gives an article with less furniture removed, never an error. */
    public Article extract(SourceDocument doc) {
        if (doc == null) throw new IllegalArgumentException("doc must not be null");
        return switch (doc.format()) {
            case TEXT -> PageLayout.read(doc, List.of(), null);
            case MARKDOWN -> PageLayout.read(doc, MarkdownMarkup.removals(doc.text()), null);
            case HTML -> readHtml(doc);
        };
    }

    private static Article readHtml(SourceDocument doc) {
        HtmlText.Page page = HtmlText.read(doc.text(), doc.source());
        SourceDocument rendered = new SourceDocument(doc.id(), doc.source(), Format.HTML, page.text(),
                doc.metadata().orElse(page.metadata()));
        List<Removal> outside = page.outside().stream().map(s -> new Removal(s, MainContent.OUTSIDE)).toList();
        Article article = PageLayout.read(rendered, outside, page.metadata().outlet()).withSourceMap(page.sourceMap());
        return article.publisher() == null ? namedByHost(article) : article;
    }

    /** An article no metadata or footer names the outlet of: the host of its address, if it has one. */
    private static Article namedByHost(Article article) {
        Metadata meta = article.document().metadata();
        String host = PageMetadata.host(meta.url() != null ? meta.url() : article.document().source());
        if (host == null) return article;
        Metadata named = meta.orElse(new Metadata(null, host, null, null, null, List.of(), null, null,
                Map.of("outlet", "host")));
        return new Article(article.document().withMetadata(named), article.title(), host, article.body(),
                article.furniture(), article.softBreaks(), article.sourceMap());
    }
}
