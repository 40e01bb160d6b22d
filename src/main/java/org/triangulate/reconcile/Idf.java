package org.triangulate.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequencies of terms, learnt from the training texts and kept with the model: how much a shared
 * term says that two texts share a topic. {@code idf(t) = ln((1 + N) / (1 + df(t))) + 1}; a term never seen
 * weighs as if seen in no document. Terms seen in fewer than {@link #MIN_DF} documents are not kept (they weigh
 * as unseen), which keeps the model small. Threading: immutable.
 */
final class Idf {
    static final int MIN_DF = 2;

    private final int documents;
    private final Map<String, Float> weights;

    private Idf(int documents, Map<String, Float> weights) {
        this.documents = documents;
        this.weights = Map.copyOf(weights);
    }

    /** Learns the weights from documents, each given by its terms. */
    static Idf learn(Collection<List<String>> docs) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> d : docs) for (String t : new HashSet<>(d)) df.merge(t, 1, Integer::sum);
        Map<String, Float> w = new HashMap<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= MIN_DF) w.put(e.getKey(), (float) weight(docs.size(), e.getValue()));
        }
        return new Idf(docs.size(), w);
    }

    double weight(String term) {
        Float w = weights.get(term);
        return w != null ? w : weight(documents, 0);
    }

    private static double weight(int documents, int df) {
        return Math.log((1.0 + documents) / (1.0 + df)) + 1;
    }

    /** TF-IDF cosine of two bags of terms, content terms only; 0 when either has none. */
    double cosine(List<String> a, List<String> b) {
        Map<String, Integer> ta = counts(a);
        Map<String, Integer> tb = counts(b);
        double dot = 0, na = 0, nb = 0;
        for (Map.Entry<String, Integer> e : ta.entrySet()) {
            double w = weight(e.getKey());
            double x = e.getValue() * w;
            na += x * x;
            Integer y = tb.get(e.getKey());
            if (y != null) dot += x * y * w;
        }
        for (Map.Entry<String, Integer> e : tb.entrySet()) {
            double y = e.getValue() * weight(e.getKey());
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The share of the weight of {@code a}'s distinct content terms that {@code b} holds too. */
    double coverage(Collection<String> a, Set<String> b) {
        double all = 0, shared = 0;
        for (String t : new HashSet<>(a)) {
            if (!Terms.content(t)) continue;
            double w = weight(t);
            all += w;
            if (b.contains(t)) shared += w;
        }
        return all == 0 ? 0 : shared / all;
    }

    private static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> c = new HashMap<>();
        for (String t : terms) if (Terms.content(t)) c.merge(t, 1, Integer::sum);
        return c;
    }

    /** One line of the document count, then one line per term: term, tab, weight. */
    String write() {
        StringBuilder s = new StringBuilder().append(documents).append('\n');
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                s.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n'));
        return s.toString();
    }

    /** Reads what {@link #write} wrote. */
    static Idf read(String text) throws IOException {
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String first = r.readLine();
            if (first == null) throw new IOException("empty IDF table");
            int documents = Integer.parseInt(first.strip());
            Map<String, Float> w = new HashMap<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab < 0) throw new IOException("IDF line without a tab: " + line);
                w.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
            }
            return new Idf(documents, w);
        }
    }
}
