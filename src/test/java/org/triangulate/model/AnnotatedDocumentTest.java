package org.triangulate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedDocumentTest {
    @Test
    void tokensInGivesTheTokensWhollyInsideASpan() {
        String text = "The pier reopened today.";
        SourceDocument doc = new SourceDocument("d1", "a.txt", SourceDocument.Format.TEXT, text, Metadata.EMPTY);
        Article article = new Article(doc, null, null, List.of(new Span(0, text.length())), List.of(), List.of());
        List<Token> tokens = List.of(token(text, 0, 3), token(text, 4, 8), token(text, 9, 17), token(text, 18, 23),
                token(text, 23, 24));
        AnnotatedDocument d = new AnnotatedDocument(article, List.of(), tokens, List.of(), List.of(), List.of());
        assertThat(d.tokensIn(new Span(4, 17))).extracting(Token::word).containsExactly("pier", "reopened");
        assertThat(d.tokensIn(new Span(5, 17))).extracting(Token::word).containsExactly("reopened");
        assertThat(d.tokensIn(new Span(18, 24))).extracting(Token::word).containsExactly("today", ".");
        assertThat(d.tokensIn(new Span(24, 24))).isEmpty();
    }

    private static Token token(String text, int start, int end) {
        return new Token(new Span(start, end), text.substring(start, end), "NN", null, null);
    }
}
