package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

class HtmlTextTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>Tunnel reopens after repairs | The Ridge Gazette</title>
              <meta property="og:site_name" content="The Ridge Gazette">
              <meta property="article:published_time" content="2025-09-02T06:00:00Z">
              <link rel="canonical" href="https://ridge-gazette.example/transport/tunnel-reopens">
              <script>var tracking = "Skip to content";</script>
              <style>p { color: red }</style>
            </head>
            <body class="has-sidebar">
              <a class="skip-link" href="#main">Skip to content</a>
              <header class="site-header"><a class="logo">The Ridge Gazette</a></header>
              <nav><ul><li>Home</li><li>Transport</li><li>Sport</li></ul></nav>
              <div id="cookie-banner">We use cookies. <button>Accept</button></div>
              <main id="main">
                <article>
                  <header>
                    <h1>Tunnel reopens after repairs</h1>
                    <p class="byline">By <a href="/a/ode">Mira Ode</a></p>
                  </header>
                  <figure><img src="t.jpg" alt="The tunnel entrance"><figcaption>The tunnel entrance on Monday. Photo: Lev Aston</figcaption></figure>
                  <div class="share-tools"><a>Facebook</a> <a>Twitter</a> <a>Copy link</a></div>
                  <p>The Coll Tunnel reopened to traffic on Monday after <b>four months</b> of repairs,
                     the regional roads agency said.</p>
                  <p>Engineers replaced the lighting&nbsp;and drainage.<br>Tolls will stay at <i>two</i> crowns.</p>
                  <table><tr><td>North</td><td>open</td></tr></table>
                  <h2>Delays expected</h2>
                  <p>Drivers should expect delays at the northern portal until Friday, the agency added.</p>
                  <ul><li>Lane one opens at six.</li><li>Lane two opens at noon.</li></ul>
                </article>
                <aside class="related"><h2>Related</h2><ul><li><a>Bridge Tolls to Rise</a></li></ul></aside>
                <div class="newsletter-signup">Sign up for our newsletter</div>
              </main>
              <footer><p>&copy; 2025 The Ridge Gazette</p></footer>
            </body>
            </html>
            """;

    @Test
    void rendersTheArticleOneBlockALineWithoutChrome() {
        Article a = Extracted.html(PAGE);
        assertThat(Extracted.lines(a)).containsExactly(
                "Tunnel reopens after repairs",
                "The Coll Tunnel reopened to traffic on Monday after four months of repairs, the regional roads agency said.",
                "Engineers replaced the lighting and drainage.",
                "Tolls will stay at two crowns.",
                "North open",
                "Delays expected",
                "Drivers should expect delays at the northern portal until Friday, the agency added.",
                "Lane one opens at six.",
                "Lane two opens at noon.");
        assertThat(a.document().text()).doesNotContain("tracking", "color", "Skip to content", "We use cookies",
                "Bridge Tolls", "newsletter");
        assertThat(a.document().format()).isEqualTo(Format.HTML);
        assertThat(a.document().id()).isEqualTo("d1");
    }

    @Test
    void metadataComesFromThePageWhereTheManifestHasNone() {
        Article a = Extracted.html(PAGE);
        Metadata m = a.document().metadata();
        assertThat(m.title()).isEqualTo("Tunnel reopens after repairs");
        assertThat(m.outlet()).isEqualTo("The Ridge Gazette");
        assertThat(m.published()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(m.url()).isEqualTo("https://ridge-gazette.example/transport/tunnel-reopens");
        assertThat(m.language()).isEqualTo("en");
        assertThat(a.title()).isEqualTo("Tunnel reopens after repairs");
        assertThat(a.outlet()).isEqualTo("The Ridge Gazette");
    }

    @Test
    void manifestValuesWin() {
        Metadata manifest = new Metadata(LocalDate.of(2025, 9, 3), "Ridge Gazette Online", null, null, null);
        Article a = Extracted.of(Format.HTML, PAGE, manifest);
        assertThat(a.document().metadata().published()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(a.document().metadata().outlet()).isEqualTo("Ridge Gazette Online");
        assertThat(a.document().metadata().title()).isEqualTo("Tunnel reopens after repairs");
    }

    @Test
    void jsonLdAndTimeElementAreReadWhenMetaTagsAreMissing() {
        Article a = Extracted.html("""
                <html><head><title>Harbour Wall Repaired - Coastline Daily</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"NewsArticle","datePublished":"2024-11-20T08:00:00+01:00",
                   "publisher":{"@type":"Organization","name":"Coastline Daily"}}]}</script>
                <script type="application/ld+json">{ broken json</script></head>
                <body><p>The harbour wall at Selm was repaired in time for the winter storms, the port said.</p></body></html>
                """);
        Metadata m = a.document().metadata();
        assertThat(m.outlet()).isEqualTo("Coastline Daily");
        assertThat(m.published()).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(m.title()).isEqualTo("Harbour Wall Repaired");

        Article timed = Extracted.html("<p>Posted <time datetime=\"2024-02-30\">yesterday</time></p>"
                + "<h1>Storm Warning Lifted</h1><time datetime=\"2024-03-01T10:00\">1 March</time>");
        assertThat(timed.document().metadata().published()).isNull();
        assertThat(timed.document().metadata().title()).isEqualTo("Storm Warning Lifted");
    }

    @Test
    void malformedMarkupNeverThrows() {
        for (String html : new String[] {"", "<", "<p>unclosed <b>bold", "<html><body><div><div><p>deep",
                "<<<>>>&&&;", "<script>only a script", "<p>" + "<span>".repeat(2000) + "Text in deep nesting."}) {
            Article a = Extracted.html(html);
            assertThat(a.annotationText()).hasSize(a.document().text().length());
        }
    }

    @Test
    void readersCommentsGoHoweverLongTheyAre() {
        String comment = "<p>" + "I have taken this ferry every morning for twenty years and never seen it late. ".repeat(4)
                + "</p>";
        Article a = Extracted.html("<body><article><h1>Ferry Crews Accept Deal</h1>"
                + "<p>Ferry crews on the northern lakes voted on Monday to accept a new contract, their union said.</p>"
                + "<footer class=\"entry-footer\"><div id=\"comments\" class=\"comments-area\">"
                + comment.repeat(5) + "</div></footer></article></body>");
        assertThat(Extracted.lines(a)).containsExactly("Ferry Crews Accept Deal",
                "Ferry crews on the northern lakes voted on Monday to accept a new contract, their union said.");
    }

    @Test
    void aWrapperWhoseClassNamesASidebarStillHoldsTheStory() {
        String story = "<p>The harbour wall at Selm was repaired in time for the winter storms, the port authority "
                + "said on Monday after six weeks of work.</p><p>Engineers replaced four hundred metres of stone and "
                + "raised the wall by half a metre, the authority's chief engineer said.</p><p>The work cost two "
                + "million crowns, a third less than first planned, and was paid for by the regional government.</p>";
        Article a = Extracted.html("<body><h1>Harbour Wall Repaired</h1><div class=\"content-with-sidebar\">"
                + story + "</div><div class=\"sidebar\"><p>Most read: Storm Warning Lifted</p></div></body>");
        assertThat(Extracted.lines(a)).hasSize(4).doesNotContain("Most read: Storm Warning Lifted");
    }

    @Test
    void aFormWrappingTheWholePageIsNotDropped() {
        Article a = Extracted.html("<body><form id=\"aspnetForm\"><div class=\"content\">"
                + "<p>The council voted to close the old library at the end of the year, officials said.</p>"
                + "<p>Readers will be moved to the new branch on Mill Street in January.</p></div></form></body>");
        assertThat(Extracted.lines(a)).hasSize(2);
    }
}
