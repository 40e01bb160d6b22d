package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Article;
import org.triangulate.model.SourceMap;
import org.triangulate.model.Span;

/** A span of a rendered page maps back to the markup that shows the same words. */
class SourceMapTest {

    private static final String PAGE = """
            <html><body>
            <nav><a href="/">Home</a></nav>
            <article>
              <h1>Tunnel reopens after repairs</h1>
              <p>The Coll Tunnel reopened to traffic on Monday after <b>four   months</b> of repairs,
                 the regional roads agency said.</p>
              <p>Engineers replaced the lighting &amp; drainage, and tolls will stay at <i>two</i> crowns for
                 now, the agency&#8217;s director said on Monday.</p>
            </article></body></html>
            """;

    @Test
    void aRenderedSpanMapsBackToTheSameWordsInTheMarkup() {
        Article a = Extracted.html(PAGE);
        String text = a.document().text();
        int start = text.indexOf("reopened to traffic");
        Span rendered = new Span(start, start + "reopened to traffic on Monday".length());
        Span html = a.sourceSpan(rendered).orElseThrow();
        assertThat(html.of(PAGE)).isEqualTo("reopened to traffic on Monday");
    }

    @Test
    void wordsWithNoMarkupInsideMapToTheSameCharactersUpToReferencesAndTags() {
        String page = "<html><body><article>\n<p>The minister said the bridge would reopen in May.</p>\n"
                + "<p>The council&rsquo;s engineer said repairs &amp; tests were done, according to a "
                + "<a href=\"/r\">report</a>.</p>\n</article></body></html>\n";
        Article a = Extracted.html(page);
        String text = a.document().text();
        for (String words : List.of("The minister said the bridge would reopen in May.", "The council",
                "s engineer said repairs ", " tests were done, according to a ", "report")) {
            int start = text.indexOf(words);
            Span rendered = new Span(start, start + words.length());
            Span html = a.sourceSpan(rendered).orElseThrow();
            assertThat(html.of(page)).isEqualTo(words);
            assertThat(a.sourceMap().isVerbatim(rendered)).as(words).isTrue();
        }
        for (String across : List.of("council’s", "repairs & tests", "according to a report")) {
            int start = text.indexOf(across);
            assertThat(a.sourceMap().isVerbatim(new Span(start, start + across.length()))).as(across).isFalse();
        }
    }

    @Test
    void aSpanAcrossTagsAndCollapsedSpaceCoversTheMarkupBetween() {
        Article a = Extracted.html(PAGE);
        String text = a.document().text();
        int start = text.indexOf("after four months");
        Span rendered = new Span(start, start + "after four months of repairs".length());
        Span html = a.sourceSpan(rendered).orElseThrow();
        assertThat(html.of(PAGE)).isEqualTo("after <b>four   months</b> of repairs");
        assertThat(a.sourceMap().isVerbatim(rendered)).isFalse();
        int four = text.indexOf("four months");
        assertThat(a.sourceMap().isVerbatim(new Span(four, four + "four months".length()))).isFalse();
    }

    @Test
    void characterReferencesMapAsAWholeAtTheirBoundaries() {
        Article a = Extracted.html(PAGE);
        String text = a.document().text();
        int amp = text.indexOf("lighting & drainage");
        Span html = a.sourceSpan(new Span(amp, amp + "lighting & drainage".length())).orElseThrow();
        assertThat(html.of(PAGE)).isEqualTo("lighting &amp; drainage");
        int quote = text.indexOf("agency’s");
        assertThat(a.sourceSpan(new Span(quote + 6, quote + 7)).orElseThrow().of(PAGE)).isEqualTo("&#8217;");
    }

    @Test
    void addedLineBreaksComeFromNoMarkup() {
        Article a = Extracted.html(PAGE);
        String text = a.document().text();
        int nl = text.indexOf('\n');
        assertThat(a.sourceSpan(new Span(nl, nl + 1))).isEmpty();
    }

    @Test
    void plainTextMapsToItself() {
        Article a = Extracted.text("Ferry crews voted on Monday to accept a new contract, their union said.");
        assertThat(a.sourceMap()).isEqualTo(SourceMap.IDENTITY);
        assertThat(a.sourceSpan(new Span(0, 5))).contains(new Span(0, 5));
    }
}
