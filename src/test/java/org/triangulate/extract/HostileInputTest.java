package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triangulate.model.Article;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument.Format;

/**
 * Inputs that once made a rule quadratic or overflowed the regex stack, and hostile HTML (deep nesting, a 20 MB
 * page): each must finish in linear time, keep the offset contract, and never throw. The time limit is loose (the
 * test machine is shared); quadratic work on these sizes would take hours.
 */
class HostileInputTest {

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("unpaired asterisks", Format.MARKDOWN, "*a ".repeat(100_000)),
                Arguments.of("unpaired underscores", Format.MARKDOWN, "_a ".repeat(100_000)),
                Arguments.of("nested quote marks", Format.MARKDOWN, ">".repeat(200_000)),
                Arguments.of("endless rule", Format.MARKDOWN, "- ".repeat(200_000)),
                Arguments.of("parenthesized link target", Format.MARKDOWN, "[a](" + "(b)".repeat(100_000) + ")"),
                Arguments.of("host-like line", Format.TEXT, "a.".repeat(100_000) + "com"),
                Arguments.of("caption pairs", Format.TEXT, "Soldiers at the border\nSoldiers at the border Jane Roe\n"
                        .repeat(20_000)),
                Arguments.of("distinct short lines", Format.TEXT, Stream.iterate(0, i -> i + 1).limit(20_000)
                        .map(i -> "Short Headline Number " + i + "\n").reduce("", String::concat)),
                Arguments.of("open update notes", Format.TEXT, ("(Updated " + "1 ".repeat(50)).repeat(5_000)),
                Arguments.of("deep nesting", Format.HTML, "<div>".repeat(100_000) + "text"),
                Arguments.of("classed nesting", Format.HTML, "<div class=\"comment-wrap share\">".repeat(20_000) + "text"),
                Arguments.of("10,000 nested divs, a paragraph in each", Format.HTML,
                        "<div class=\"post-meta story\"><p>A paragraph of the story, long enough to count as prose here.</p>"
                                .repeat(10_000)),
                Arguments.of("a 20 MB page", Format.HTML, twentyMegabytePage()));
    }

    /** A news page blown up to 20 MB: nested sections of paragraphs, links, entities and JSON-LD. */
    private static String twentyMegabytePage() {
        String section = "<section class=\"article-body\"><h2>Update</h2><p>Ferry crews voted on Monday to accept "
                + "a new contract &amp; end the strike, their union&#8217;s leader said.</p><ul class=\"related\">"
                + "<li><a href=\"/a\">Lake levels fall</a></li><li><a href=\"/b\">School reopens</a></li></ul>"
                + "<figure><figcaption>A ferry at the quay.</figcaption></figure><div class=\"byline date\">By Jane Roe"
                + " | March 16, 2026</div></section>\n";
        StringBuilder page = new StringBuilder("<html><head><script type=\"application/ld+json\">{\"@type\":"
                + "\"NewsArticle\",\"datePublished\":\"2026-03-16\"}</script></head><body><article>");
        while (page.length() < 20_000_000) page.append(section);
        return page.append("</article></body></html>").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void finishesAndKeepsOffsets(String name, Format format, String text) {
        Article article = Extracted.of(format, text, Metadata.EMPTY);
        assertThat(article.annotationText()).hasSize(article.document().text().length());
    }
}
