package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with its sentences, tokens, named entities, time expressions and numbers. All spans index the original
 * text of {@code article.document()}.
 */
public record AnnotatedDocument(Article article, List<Sentence> sentences, List<Token> tokens,
                                List<Mention> mentions, List<TimeExpression> times, List<Quantity> quantities) {
    public AnnotatedDocument {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        quantities = List.copyOf(quantities);
    }

    public String id() {
        return article.id();
    }

    public String text() {
        return article.document().text();
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }
}
