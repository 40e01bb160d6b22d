package org.triangulate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private static final String TEXT = "Skip to content\nThe pier was\nrepaired in May. (Updated 2 May)\nShare\n";

    private static Article article() {
        SourceDocument doc = new SourceDocument("d1", "a.txt", SourceDocument.Format.TEXT, TEXT, Metadata.EMPTY);
        int body = TEXT.indexOf("The pier");
        int note = TEXT.indexOf(" (Updated");
        int share = TEXT.indexOf("Share");
        return new Article(doc, null, null, List.of(new Span(body, share - 1)),
                List.of(new Article.Removal(new Span(share, share + 5), "share bar"),
                        new Article.Removal(new Span(0, body - 1), "navigation"),
                        new Article.Removal(new Span(note, share - 1), "update note")),
                List.of(TEXT.indexOf("was\n") + 3));
    }

    @Test
    void cleanedTextDropsInlineRemovalsAndReadsSoftBreaksAsSpaces() {
        assertThat(article().cleanedText()).isEqualTo("The pier was repaired in May.");
    }

    @Test
    void annotationTextKeepsTheLengthAndBlanksAllButTheBody() {
        String blanked = article().annotationText();
        assertThat(blanked).hasSameSizeAs(TEXT);
        assertThat(blanked.strip()).isEqualTo("The pier was repaired in May.");
        assertThat(blanked.indexOf("The pier")).isEqualTo(TEXT.indexOf("The pier"));
    }

    @Test
    void bodySpansMustBeOrderedAndInsideTheText() {
        SourceDocument doc = new SourceDocument("d1", "a.txt", SourceDocument.Format.TEXT, "abc", Metadata.EMPTY);
        assertThatThrownBy(() -> new Article(doc, null, null, List.of(new Span(1, 2), new Span(0, 1)), List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body spans");
        assertThatThrownBy(() -> new Article(doc, null, null, List.of(new Span(0, 9)), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publisherAndHeadlinePreferTheManifest() {
        SourceDocument doc = new SourceDocument("d1", "a.txt", SourceDocument.Format.TEXT, "abc",
                new Metadata(null, "Pier Post", null, null, null));
        Article a = new Article(doc, "Page title", "Page outlet", List.of(), List.of(), List.of());
        assertThat(a.publisher()).isEqualTo("Pier Post");
        assertThat(a.headline()).isEqualTo("Page title");
    }
}
