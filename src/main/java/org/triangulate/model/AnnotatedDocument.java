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

    /** The tokens that lie wholly inside {@code span}, found by binary search: tokens are in text order. */
    public List<Token> tokensIn(Span span) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < span.start()) lo = mid + 1;
            else hi = mid;
        }
        int end = lo;
        while (end < tokens.size() && tokens.get(end).span().end() <= span.end()) end++;
        return tokens.subList(lo, end);
    }
}
