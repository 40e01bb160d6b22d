package org.triangulate.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;

/**
 * The stance of a body toward a headline ({@link StanceLabel}), from a model trained on FNC-1 by
 * {@link StanceTrainer}.
 *
 * <p>Two stages, each a gradient-boosted tree model (XGBoost, through Tribuo) over {@link StanceFeatures}: first
 * whether the body is about the headline at all; if it is (probability at least one half), whether it agrees,
 * disagrees or discusses. The class probabilities multiply out: {@code P(agree) = P(related) × P(agree | related)},
 * {@code P(unrelated) = 1 - P(related)}.
 *
 * <p>The model file is a zip of the IDF table ({@code idf.tsv}) and the two Tribuo models as protobuf
 * ({@code related.pb}, {@code label.pb}). Threading: safe once loaded. Cost: {@link #load} about a second; then
 * about 10 ms a body (its sentences embedded, see {@link Embedder}) and well under a millisecond a pair.
 */
public final class StanceClassifier {
    /** Where the committed model lives on the class path. */
    public static final String RESOURCE = "/org/triangulate/reconcile/stance.model";
    static final String RELATED = "related";
    static final String UNRELATED = "unrelated";

    private static final LabelFactory LABELS = new LabelFactory();

    private final Idf idf;
    private final Model<Label> related;
    private final Model<Label> label;

    StanceClassifier(Idf idf, Model<Label> related, Model<Label> label) {
        this.idf = idf;
        this.related = related;
        this.label = label;
    }

    /** A label with the probability of each of the four. */
    public record Prediction(StanceLabel label, Map<StanceLabel, Double> probabilities) {
        public Prediction {
            Objects.requireNonNull(label, "label");
            probabilities = Map.copyOf(probabilities);
        }

        public double probability(StanceLabel l) {
            return probabilities.getOrDefault(l, 0.0);
        }
    }

    /**
     * The committed model (trained on FNC-1's training bodies; see the package documentation for the command).
     *
     * @throws IllegalStateException if the jar lacks it or it cannot be read (a broken build)
     */
    public static StanceClassifier load() {
        try (InputStream in = StanceClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the stance model " + RESOURCE + " is not on the class path");
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the stance model " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A model written by {@link #write}. */
    public static StanceClassifier read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static StanceClassifier read(InputStream in) throws IOException {
        TribuoLogging.quiet();
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        for (String name : List.of("idf.tsv", "related.pb", "label.pb")) {
            if (!entries.containsKey(name)) throw new IOException("not a stance model: it lacks " + name);
        }
        Idf idf = Idf.read(new String(entries.get("idf.tsv"), StandardCharsets.UTF_8));
        Model<Label> related = (Model<Label>) Model.deserialize(ModelProto.parseFrom(entries.get("related.pb")));
        Model<Label> label = (Model<Label>) Model.deserialize(ModelProto.parseFrom(entries.get("label.pb")));
        return new StanceClassifier(idf, related, label);
    }

    /** Writes the model as {@link #read} reads it. */
    public void write(Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            put(zip, "idf.tsv", idf.write().getBytes(StandardCharsets.UTF_8));
            put(zip, "related.pb", related.serialize().toByteArray());
            put(zip, "label.pb", label.serialize().toByteArray());
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static volatile StanceClassifier shared;

    /** The committed model, loaded once per JVM on first use. */
    public static StanceClassifier shared() {
        StanceClassifier c = shared;
        if (c == null) {
            synchronized (StanceClassifier.class) {
                if (shared == null) shared = load();
                c = shared;
            }
        }
        return c;
    }

    /** The stance of one body toward one headline. */
    public Prediction classify(String headline, String body) {
        return classifyAll(List.of(new StancePair(headline, body))).get(0);
    }

    /** The stance of each pair, in order; each distinct body and headline is analyzed once. */
    public List<Prediction> classifyAll(List<StancePair> pairs) {
        return classifyAll(pairs, Embedder.shared()::embedAll);
    }

    /** As {@link #classifyAll(List)}, with sentence vectors from {@code embedder} (e.g. an {@link EmbeddingCache}). */
    public List<Prediction> classifyAll(List<StancePair> pairs, Function<List<String>, List<float[]>> embedder) {
        if (pairs.isEmpty()) return List.of();
        AnalyzedPairs analyzed = AnalyzedPairs.of(pairs, embedder);
        List<Example<Label>> examples = new ArrayList<>(pairs.size());
        for (StancePair p : pairs) examples.add(example(analyzed.features(p, idf), LABELS.getUnknownOutput()));
        List<org.tribuo.Prediction<Label>> rel = related.predict(examples);
        List<org.tribuo.Prediction<Label>> lab = label.predict(examples);
        List<Prediction> out = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) out.add(combine(rel.get(i), lab.get(i)));
        return out;
    }

    private static Prediction combine(org.tribuo.Prediction<Label> rel, org.tribuo.Prediction<Label> lab) {
        double pRelated = score(rel, RELATED);
        Map<StanceLabel, Double> p = new EnumMap<>(StanceLabel.class);
        p.put(StanceLabel.UNRELATED, 1 - pRelated);
        StanceLabel best = StanceLabel.DISCUSS;
        double bestScore = -1;
        for (StanceLabel l : List.of(StanceLabel.AGREE, StanceLabel.DISAGREE, StanceLabel.DISCUSS)) {
            double s = score(lab, l.label());
            p.put(l, pRelated * s);
            if (s > bestScore) {
                bestScore = s;
                best = l;
            }
        }
        return new Prediction(pRelated >= 0.5 ? best : StanceLabel.UNRELATED, p);
    }

    private static double score(org.tribuo.Prediction<Label> p, String label) {
        Label l = p.getOutputScores().get(label);
        return l == null ? 0 : l.getScore();
    }

    static Example<Label> example(StanceFeatures.Row row, Label label) {
        return new ArrayExample<>(label, row.names(), row.values());
    }
}
