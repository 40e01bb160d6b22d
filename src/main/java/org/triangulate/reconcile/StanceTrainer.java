package org.triangulate.reconcile;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link StanceClassifier} on labelled (headline, body) pairs, keeping a share of the bodies out: no pair
 * of a held-out body is seen in training (IDF weights included), so they measure how the model does on new articles.
 *
 * <p>Threading: one training at a time per instance; XGBoost uses {@link Options#threads} threads. Cost: the
 * sentences of every body are embedded (minutes on two cores for FNC-1, unless the embedder caches), then two
 * tree models are trained (about a minute each for FNC-1's 40,000 pairs).
 */
public final class StanceTrainer {
    private static final LabelFactory LABELS = new LabelFactory();

    private StanceTrainer() {}

    /**
     * @param holdoutBodies the share of bodies kept out of training, in [0, 1)
     * @param seed picks the held-out bodies: the same seed, the same bodies
     * @param threads XGBoost's threads, at least 1
     */
    public record Options(double holdoutBodies, long seed, int threads) {
        public Options {
            if (!(holdoutBodies >= 0 && holdoutBodies < 1)) {
                throw new IllegalArgumentException("holdoutBodies must be in [0, 1), was " + holdoutBodies);
            }
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** A pair with its body's id (held-out sets are made of bodies) and its gold label. */
    public record LabeledPair(int bodyId, StancePair pair, StanceLabel gold) {
        public LabeledPair {
            Objects.requireNonNull(pair, "pair");
            Objects.requireNonNull(gold, "gold");
        }
    }

    /** The trained classifier, the bodies it never saw, and what training took. */
    public record Result(StanceClassifier classifier, Set<Integer> heldOutBodies, int trainingPairs,
                         int trainingBodies, double seconds) {
        public Result {
            heldOutBodies = Set.copyOf(heldOutBodies);
        }
    }

    /** The bodies kept out: a seeded shuffle of the sorted ids, its first {@code share} (rounded). */
    public static Set<Integer> heldOutBodies(Collection<Integer> bodyIds, double share, long seed) {
        List<Integer> ids = new ArrayList<>(new TreeSet<>(bodyIds));
        java.util.Collections.shuffle(ids, new Random(seed));
        return Set.copyOf(ids.subList(0, (int) Math.round(ids.size() * share)));
    }

    /**
     * Trains on the pairs of the bodies not held out.
     *
     * @param embedder the vectors of a list of sentences ({@link Embedder#embedAll}, or a cache of it)
     * @param log progress lines
     */
    public static Result train(List<LabeledPair> pairs, Options options,
                               Function<List<String>, List<float[]>> embedder, PrintWriter log) {
        TribuoLogging.quiet();
        long start = System.nanoTime();
        Set<Integer> bodies = new HashSet<>();
        for (LabeledPair p : pairs) bodies.add(p.bodyId());
        Set<Integer> heldOutIds = heldOutBodies(bodies, options.holdoutBodies(), options.seed());
        List<LabeledPair> train = new ArrayList<>();
        for (LabeledPair p : pairs) if (!heldOutIds.contains(p.bodyId())) train.add(p);
        if (train.isEmpty()) throw new IllegalArgumentException("no pair left to train on");

        log.printf("train stance: %d pairs of %d bodies to train on, %d pairs of %d bodies held out%n",
                train.size(), bodies.size() - heldOutIds.size(), pairs.size() - train.size(), heldOutIds.size());
        log.flush();
        List<StancePair> trainPairs = train.stream().map(LabeledPair::pair).toList();
        AnalyzedPairs analyzed = AnalyzedPairs.of(trainPairs, embedder);
        Idf idf = analyzed.learnIdf();

        MutableDataset<Label> relatedData = dataset("related");
        MutableDataset<Label> labelData = dataset("label");
        Map<StanceLabel, Integer> counts = new EnumMap<>(StanceLabel.class);
        for (LabeledPair p : train) counts.merge(p.gold(), 1, Integer::sum);
        for (LabeledPair p : train) {
            StanceFeatures.Row row = analyzed.features(p.pair(), idf);
            String rel = p.gold().related() ? StanceClassifier.RELATED : StanceClassifier.UNRELATED;
            relatedData.add(StanceClassifier.example(row, new Label(rel)));
            if (p.gold().related()) {
                Example<Label> e = StanceClassifier.example(row, new Label(p.gold().label()));
                e.setWeight(weight(p.gold(), counts));
                labelData.add(e);
            }
        }
        log.printf("train stance: training related/unrelated on %d features%n", relatedData.getFeatureMap().size());
        log.flush();
        Model<Label> related = trainer(300, 0.1, 6, 0.5, options).train(relatedData);
        log.printf("train stance: training agree/disagree/discuss on %d features%n",
                labelData.getFeatureMap().size());
        log.flush();
        Model<Label> label = trainer(400, 0.05, 6, 0.3, options).train(labelData);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(new StanceClassifier(idf, related, label), heldOutIds, train.size(),
                bodies.size() - heldOutIds.size(), seconds);
    }

    /**
     * Rare labels weigh more, by their rarity against the commonest related label, so that each label weighs as
     * much in all: disagree is one related pair in sixteen, and unweighted the model would hardly ever say it.
     */
    private static float weight(StanceLabel label, Map<StanceLabel, Integer> counts) {
        int max = Math.max(counts.getOrDefault(StanceLabel.DISCUSS, 1),
                Math.max(counts.getOrDefault(StanceLabel.AGREE, 1), counts.getOrDefault(StanceLabel.DISAGREE, 1)));
        return (float) max / counts.getOrDefault(label, 1);
    }

    private static MutableDataset<Label> dataset(String name) {
        return new MutableDataset<>(new SimpleDataSourceProvenance("fnc1-" + name, LABELS), LABELS);
    }

    private static XGBoostClassificationTrainer trainer(int trees, double eta, int depth, double columns,
                                                        Options options) {
        return new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST,
                trees, eta, 0, depth, 1, 0.8, columns, 1, 0, options.threads(),
                XGBoostTrainer.LoggingVerbosity.SILENT, options.seed());
    }
}
