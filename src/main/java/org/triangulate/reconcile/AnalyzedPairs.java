package org.triangulate.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The distinct headlines and bodies of a batch of pairs, each analyzed once: in FNC-1 a body comes with some thirty
 * headlines, and its sentences are embedded only once.
 */
final class AnalyzedPairs {
    private final Map<String, AnalyzedText> headlines;
    private final Map<String, AnalyzedText> bodies;

    private AnalyzedPairs(Map<String, AnalyzedText> headlines, Map<String, AnalyzedText> bodies) {
        this.headlines = headlines;
        this.bodies = bodies;
    }

    static AnalyzedPairs of(List<StancePair> pairs, Function<List<String>, List<float[]>> embedder) {
        LinkedHashSet<String> h = new LinkedHashSet<>();
        LinkedHashSet<String> b = new LinkedHashSet<>();
        for (StancePair p : pairs) {
            h.add(p.headline());
            b.add(p.body());
        }
        return new AnalyzedPairs(analyze(h, false, embedder), analyze(b, true, embedder));
    }

    private static Map<String, AnalyzedText> analyze(LinkedHashSet<String> texts, boolean split,
                                                     Function<List<String>, List<float[]>> embedder) {
        List<String> list = new ArrayList<>(texts);
        List<AnalyzedText> analyzed = AnalyzedText.analyzeAll(list, split, embedder);
        Map<String, AnalyzedText> out = new java.util.HashMap<>();
        for (int i = 0; i < list.size(); i++) out.put(list.get(i), analyzed.get(i));
        return out;
    }

    /** Learns the IDF weights from the distinct bodies and headlines. */
    Idf learnIdf() {
        List<List<String>> docs = new ArrayList<>();
        for (AnalyzedText t : bodies.values()) docs.add(t.terms());
        for (AnalyzedText t : headlines.values()) docs.add(t.terms());
        return Idf.learn(docs);
    }

    StanceFeatures.Row features(StancePair pair, Idf idf) {
        return StanceFeatures.of(headlines.get(pair.headline()), bodies.get(pair.body()), idf);
    }
}
