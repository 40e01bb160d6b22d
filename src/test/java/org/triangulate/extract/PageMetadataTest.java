package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.SourceDocument.Format;

/** Each field of a page's metadata, with where it came from. */
class PageMetadataTest {

    private static final String STORY = "<p>The harbour wall at Selm was repaired in time for the winter storms, "
            + "the port authority said on Monday after six weeks of work.</p>";

    private static Metadata of(String html, String address) {
        SourceDocument doc = new SourceDocument("d1", address, Format.HTML, html, null);
        Article a = new Extractor().extract(doc);
        Extracted.checkOffsets(a);
        return a.document().metadata();
    }

    @Test
    void jsonLdArticleGivesDatesAuthorsPublisherAndHeadline() {
        Metadata m = of("""
                <html><head>
                <script type="application/ld+json">{"@type":"WebSite","name":"Coastline Daily Site"}</script>
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
                  "headline":"Harbour Wall Repaired","datePublished":"2024-11-20T08:00:00+01:00",
                  "dateModified":"2024-11-21T09:30:00+01:00","inLanguage":"en-GB",
                  "author":[{"@type":"Person","name":"Mira Ode"},{"@type":"Person","name":"Lev Aston"}],
                  "publisher":{"@type":"Organization","name":"Coastline Daily"}}</script>
                </head><body>""" + STORY + "</body></html>", "harbour.html");
        assertThat(m.published()).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(m.modified()).isEqualTo(LocalDate.of(2024, 11, 21));
        assertThat(m.authors()).containsExactly("Mira Ode", "Lev Aston");
        assertThat(m.outlet()).isEqualTo("Coastline Daily");
        assertThat(m.title()).isEqualTo("Harbour Wall Repaired");
        assertThat(m.language()).isEqualTo("en");
        for (String field : List.of("published", "modified", "authors", "outlet", "title", "language")) {
            assertThat(m.source(field)).as(field).contains("json-ld");
        }
    }

    @Test
    void metaTagsComeFirstAndSayWhichTag() {
        Metadata m = of("""
                <html lang="de"><head>
                <meta property="og:site_name" content="Ridge Gazette">
                <meta property="article:published_time" content="2025-09-02T06:00:00Z">
                <meta property="article:modified_time" content="2025-09-03T07:00:00Z">
                <meta name="author" content="Jane Roe, Lev Aston">
                <link rel="canonical" href="https://ridge.example/tunnel">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01"}</script>
                </head><body>""" + STORY + "</body></html>", "tunnel.html");
        assertThat(m.published()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(m.source("published")).contains("meta:article:published_time");
        assertThat(m.modified()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(m.source("modified")).contains("meta:article:modified_time");
        assertThat(m.authors()).containsExactly("Jane Roe", "Lev Aston");
        assertThat(m.source("authors")).contains("meta:author");
        assertThat(m.outlet()).isEqualTo("Ridge Gazette");
        assertThat(m.source("outlet")).contains("meta:og:site_name");
        assertThat(m.canonicalUrl()).isEqualTo("https://ridge.example/tunnel");
        assertThat(m.source("canonicalUrl")).contains("link:canonical");
        assertThat(m.url()).isEqualTo("https://ridge.example/tunnel");
        assertThat(m.language()).isEqualTo("de");
        assertThat(m.source("language")).contains("html:lang");
    }

    @Test
    void timeElementThenUrlPathThenDateline() {
        Metadata timed = of("<body><article><time datetime=\"2025-03-14T10:00\">14 March</time>" + STORY
                + "</article></body>", "https://news.example/2024/01/02/wall");
        assertThat(timed.published()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(timed.source("published")).contains("time");

        Metadata fromUrl = of("<body>" + STORY + "</body>", "https://news.example/2024/01/02/wall");
        assertThat(fromUrl.published()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(fromUrl.source("published")).contains("url");
        assertThat(fromUrl.url()).isEqualTo("https://news.example/2024/01/02/wall");

        Metadata dateline = of("<body><div class=\"article-date\">Published March 16, 2026</div>" + STORY
                + "</body>", "wall.html");
        assertThat(dateline.published()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(dateline.source("published")).contains("dateline");
    }

    @Test
    void bylineMicrodataAndTheHostNameWhatNothingElseDoes() {
        Metadata m = of("<body><p class=\"byline\">By Jane Roe and Lev Aston</p>" + STORY + "</body>",
                "https://www.lakeside-courier.example/news/ferry");
        assertThat(m.authors()).containsExactly("Jane Roe", "Lev Aston");
        assertThat(m.source("authors")).contains("byline");
        assertThat(m.outlet()).isEqualTo("lakeside-courier.example");
        assertThat(m.source("outlet")).contains("host");

        Metadata micro = of("<body><span itemprop=\"author\" itemscope><span itemprop=\"name\">Mira Ode</span>"
                + "</span><meta itemprop=\"datePublished\" content=\"2023-05-06\">" + STORY + "</body>", "m.html");
        assertThat(micro.authors()).containsExactly("Mira Ode");
        assertThat(micro.source("authors")).contains("microdata");
        assertThat(micro.published()).isEqualTo(LocalDate.of(2023, 5, 6));
        assertThat(micro.source("published")).contains("meta:datepublished");
    }

    @Test
    void theManifestWinsAndKeepsThePageSourcesOfTheRest() {
        Metadata manifest = new Metadata(LocalDate.of(2025, 9, 3), "Ridge Gazette Online", null, null, null);
        Metadata page = new Metadata(LocalDate.of(2025, 9, 2), "Ridge Gazette", null, "Tunnel Reopens", null,
                List.of("Jane Roe"), null, null, java.util.Map.of("published", "json-ld", "outlet", "meta:og:site_name",
                "title", "h1", "authors", "byline"));
        Metadata merged = manifest.orElse(page);
        assertThat(merged.published()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(merged.source("published")).isEmpty();
        assertThat(merged.outlet()).isEqualTo("Ridge Gazette Online");
        assertThat(merged.title()).isEqualTo("Tunnel Reopens");
        assertThat(merged.source("title")).contains("h1");
        assertThat(merged.authors()).containsExactly("Jane Roe");
        assertThat(merged.source("authors")).contains("byline");
    }
}
