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
 * Inputs that once made a rule quadratic or overflowed the regex stack: each must finish in linear time, keep the
 * offset contract, and never throw.
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
                Arguments.of("classed nesting", Format.HTML, "<div class=\"comment-wrap share\">".repeat(20_000) + "text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void finishesAndKeepsOffsets(String name, Format format, String text) {
        Article article = Extracted.of(format, text, Metadata.EMPTY);
        assertThat(article.annotationText()).hasSize(article.document().text().length());
    }
}
