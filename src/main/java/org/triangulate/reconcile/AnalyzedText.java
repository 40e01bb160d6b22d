package org.triangulate.reconcile;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A headline or an article body as the stance features see it: its {@link Terms}, its first sentences with their
 * terms and their embedding vectors.
 *
 * @param terms every term of the text, in order
 * @param sentences the text of the first {@link #MAX_SENTENCES} sentences
 * @param sentenceTerms the terms of each of those sentences
 * @param vectors the embedding of each of those sentences
 */
record AnalyzedText(List<String> terms, List<String> sentences, List<List<String>> sentenceTerms,
                    List<float[]> vectors) {
    /** Sentences past this many are counted in {@link #terms} but not embedded: the cost stays bounded. */
    static final int MAX_SENTENCES = 40;
    /** Characters of one sentence given to the embedder; a run-on "sentence" (a list, a table) is cut there. */
    private static final int MAX_SENTENCE_CHARS = 600;

    AnalyzedText {
        terms = List.copyOf(terms);
        sentences = List.copyOf(sentences);
        sentenceTerms = List.copyOf(sentenceTerms);
        vectors = List.copyOf(vectors);
        if (sentenceTerms.size() != sentences.size() || vectors.size() != sentences.size()) {
            throw new IllegalArgumentException("sentences, sentenceTerms and vectors differ in size: "
                    + sentences.size() + ", " + sentenceTerms.size() + ", " + vectors.size());
        }
    }

    /**
     * Analyzes texts, embedding all their sentences in one batch.
     *
     * @param split whether to cut each text into sentences (bodies), or keep it whole as one (headlines)
     * @param embedder gives the vectors of a list of sentences, in order (e.g. {@link Embedder#embedAll})
     */
    static List<AnalyzedText> analyzeAll(List<String> texts, boolean split,
                                         Function<List<String>, List<float[]>> embedder) {
        List<List<String>> cut = new ArrayList<>(texts.size());
        List<String> all = new ArrayList<>();
        for (String t : texts) {
            Objects.requireNonNull(t, "texts contains null");
            List<String> s = split ? sentences(t) : whole(t);
            cut.add(s);
            all.addAll(s);
        }
        List<float[]> vectors = embedder.apply(all);
        if (vectors.size() != all.size()) {
            throw new IllegalStateException("the embedder gave " + vectors.size() + " vectors for " + all.size());
        }
        List<AnalyzedText> out = new ArrayList<>(texts.size());
        int next = 0;
        for (int i = 0; i < texts.size(); i++) {
            List<String> s = cut.get(i);
            List<List<String>> st = new ArrayList<>(s.size());
            for (String sentence : s) st.add(Terms.of(sentence));
            out.add(new AnalyzedText(Terms.of(texts.get(i)), s, st, vectors.subList(next, next + s.size())));
            next += s.size();
        }
        return out;
    }

    private static List<String> whole(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() > MAX_SENTENCE_CHARS) s = s.substring(0, MAX_SENTENCE_CHARS);
        return s.chars().anyMatch(Character::isLetterOrDigit) ? List.of(s) : List.of();
    }

    /** The first {@link #MAX_SENTENCES} sentences of a text, each cut to a length the embedder takes. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (String paragraph : text.split("\\n\\s*")) {
            it.setText(paragraph);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE && out.size() < MAX_SENTENCES;
                 start = end, end = it.next()) {
                String s = paragraph.substring(start, end).strip();
                if (s.chars().anyMatch(Character::isLetterOrDigit)) {
                    out.add(s.length() > MAX_SENTENCE_CHARS ? s.substring(0, MAX_SENTENCE_CHARS) : s);
                }
            }
            if (out.size() >= MAX_SENTENCES) break;
        }
        return out;
    }
}
