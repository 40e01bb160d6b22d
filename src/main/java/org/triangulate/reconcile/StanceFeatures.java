package org.triangulate.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The features of a (headline, body) pair that the stance model reads, by name.
 *
 * <ul>
 *   <li>topic: TF-IDF cosine of the headline with the body, its lead and its best-matching sentences; the share of
 *       the headline's (IDF-weighted) content terms and bigrams the body holds; embedding cosines of the headline
 *       with the body's sentences (best, mean of the best three, first, mean vector);
 *   <li>stance: counts of refuting, hedging, reporting, confirming and negating words ({@link StanceCues}) in the
 *       headline, the body, its best-matching sentences and near the headline's terms, each refuting word apart;
 *       the embedding cosine of the closest sentence that carries each kind of cue; question marks; whether
 *       headline and best sentence agree on negation.
 * </ul>
 *
 * <p>The embedding vectors themselves (the headline's times its best sentence's) were tried and left out: they
 * raised the score on held-out bodies, whose headlines training had seen, but taught the model topics rather than
 * stances (obvious denials of new statements came out as "agree").
 *
 * <p>Threading: stateless. Cost: linear in the body's terms plus its embedded sentences times 384.
 */
final class StanceFeatures {
    /** Best-matching sentences whose cues are counted. */
    private static final int TOP = 3;
    /** Terms either side of a headline term within which a cue counts as near it. */
    private static final int WINDOW = 8;

    private StanceFeatures() {}

    /** One pair's features: names and values side by side. */
    record Row(String[] names, double[] values) {}

    static Row of(AnalyzedText headline, AnalyzedText body, Idf idf) {
        Builder f = new Builder();
        List<String> h = headline.terms();
        Set<String> bodySet = new HashSet<>(body.terms());
        float[] hv = headline.vectors().isEmpty() ? new float[Embedder.DIMENSIONS] : headline.vectors().get(0);
        double[] sims = new double[body.sentences().size()];
        for (int i = 0; i < sims.length; i++) sims[i] = Embedder.cosine(hv, body.vectors().get(i));
        Integer[] order = new Integer[sims.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(sims[b], sims[a]));
        List<String> top = new ArrayList<>();
        double topSim = 0;
        for (int k = 0; k < Math.min(TOP, order.length); k++) {
            top.addAll(body.sentenceTerms().get(order[k]));
            topSim += sims[order[k]];
        }
        List<String> lead = new ArrayList<>();
        for (int i = 0; i < Math.min(2, body.sentences().size()); i++) lead.addAll(body.sentenceTerms().get(i));

        // topic
        f.add("tfidf_body", idf.cosine(h, body.terms()));
        f.add("tfidf_lead", idf.cosine(h, lead));
        f.add("tfidf_top", idf.cosine(h, top));
        f.add("cover_body", idf.coverage(h, bodySet));
        f.add("cover_lead", idf.coverage(h, new HashSet<>(lead)));
        f.add("cover_top", idf.coverage(h, new HashSet<>(top)));
        f.add("cover_plain", plainCoverage(h, bodySet));
        f.add("bigrams", bigramCoverage(h, body.terms()));
        f.add("emb_best", order.length == 0 ? 0 : sims[order[0]]);
        f.add("emb_top", order.length == 0 ? 0 : topSim / Math.min(TOP, order.length));
        f.add("emb_first", sims.length == 0 ? 0 : sims[0]);
        f.add("emb_mean", Embedder.cosine(hv, mean(body.vectors())));
        f.add("best_position", order.length == 0 ? 1 : (double) order[0] / order.length);
        f.add("head_terms", h.size());
        f.add("body_terms", Math.log1p(body.terms().size()));

        // stance
        for (StanceCues c : StanceCues.values()) {
            String n = c.name().toLowerCase(java.util.Locale.ROOT);
            int inBody = c.count(body.terms());
            f.add(n + "_head", c.count(h));
            f.add(n + "_body", Math.log1p(inBody));
            f.add(n + "_body_rate", body.terms().isEmpty() ? 0 : 100.0 * inBody / body.terms().size());
            f.add(n + "_top", c.count(top));
            f.add(n + "_lead", c.count(lead));
            f.add(n + "_near", near(c, h, body.terms()));
            // The sentence that carries a cue and is closest to the headline: a denial of this very statement
            // rather than of something else in the story.
            double cueSim = 0, cueWeighted = 0;
            for (int i = 0; i < sims.length; i++) {
                int k = c.count(body.sentenceTerms().get(i));
                if (k > 0) {
                    cueSim = Math.max(cueSim, sims[i]);
                    cueWeighted += k * Math.max(0, sims[i]);
                }
            }
            f.add(n + "_best_sim", cueSim);
            f.add(n + "_sim_weighted", cueWeighted);
        }
        for (String w : sorted(StanceCues.REFUTE.words())) {
            f.add("refute_" + w, (top.contains(w) ? 1 : 0) + (h.contains(w) ? 2 : 0));
        }
        f.add("question_head", count(String.join(" ", headline.sentences()), '?'));
        f.add("question_body", Math.log1p(body.sentences().stream().mapToLong(s -> count(s, '?')).sum()));
        f.add("negation_match", (StanceCues.NEGATE.count(h) % 2)
                == (order.length == 0 ? 0 : StanceCues.NEGATE.count(body.sentenceTerms().get(order[0])) % 2) ? 1 : 0);
        return f.row();
    }

    private static double plainCoverage(List<String> h, Set<String> body) {
        Set<String> content = new HashSet<>();
        for (String t : h) if (Terms.content(t)) content.add(t);
        if (content.isEmpty()) return 0;
        int shared = 0;
        for (String t : content) if (body.contains(t)) shared++;
        return (double) shared / content.size();
    }

    private static double bigramCoverage(List<String> h, List<String> body) {
        Set<String> grams = new HashSet<>();
        for (int i = 1; i < body.size(); i++) grams.add(body.get(i - 1) + ' ' + body.get(i));
        int all = 0, shared = 0;
        for (int i = 1; i < h.size(); i++) {
            all++;
            if (grams.contains(h.get(i - 1) + ' ' + h.get(i))) shared++;
        }
        return all == 0 ? 0 : (double) shared / all;
    }

    /** Cues of one kind within {@link #WINDOW} terms of a content term of the headline. */
    private static int near(StanceCues cues, List<String> headline, List<String> body) {
        Set<String> h = new HashSet<>();
        for (String t : headline) if (Terms.content(t)) h.add(t);
        int n = 0;
        int lastAnchor = -WINDOW - 1;
        int[] nextAnchor = new int[body.size() + 1];
        nextAnchor[body.size()] = Integer.MAX_VALUE / 2;
        for (int i = body.size() - 1; i >= 0; i--) nextAnchor[i] = h.contains(body.get(i)) ? i : nextAnchor[i + 1];
        for (int i = 0; i < body.size(); i++) {
            if (h.contains(body.get(i))) lastAnchor = i;
            if (cues.contains(body.get(i)) && (i - lastAnchor <= WINDOW || nextAnchor[i] - i <= WINDOW)) n++;
        }
        return n;
    }

    private static float[] mean(List<float[]> vectors) {
        float[] m = new float[Embedder.DIMENSIONS];
        for (float[] v : vectors) for (int i = 0; i < m.length; i++) m[i] += v[i];
        return m;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static List<String> sorted(Set<String> words) {
        List<String> l = new ArrayList<>(words);
        l.sort(null);
        return l;
    }

    private static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();

        void add(String name, double value) {
            names.add(name);
            values.add(value);
        }

        Row row() {
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) v[i] = values.get(i);
            return new Row(names.toArray(String[]::new), v);
        }
    }
}
