package org.triangulate.reconcile;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sentence embeddings computed in this process: all-MiniLM-L6-v2 (quantized, ONNX), 384 dimensions, L2-normalized.
 * Texts that mean the same thing get vectors with a high {@link #cosine}; a paraphrase scores about 0.7, unrelated
 * sentences near 0. Texts longer than the model's 512 tokens are embedded in parts and averaged.
 *
 * <p>In: strings. Out: {@code float[]} of {@link #DIMENSIONS} values; no ONNX or langchain4j type leaves this class.
 * Threading: safe; the model (23 MB) is loaded once per JVM, on first use (about 1 s). It needs a writable
 * {@code HOME}, where the tokenizer's native library is unpacked. Cost: about 5 ms a sentence on one core;
 * {@link #embedAll} spreads a batch over the processors.
 */
public final class Embedder {
    /** The length of every vector. */
    public static final int DIMENSIONS = 384;

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private static final Embedder SHARED = new Embedder();

    private Embedder() {}

    /** The embedder of this JVM; the model loads on the first call to {@link #embed} or {@link #embedAll}. */
    public static Embedder shared() {
        return SHARED;
    }

    /** The vector of one text; a blank text gets all zeros, which have a cosine of 0 with everything. */
    public float[] embed(String text) {
        Objects.requireNonNull(text, "text");
        return text.isBlank() ? new float[DIMENSIONS] : Holder.MODEL.embed(text).content().vector();
    }

    /** The vectors of the texts, in their order; blank texts get all zeros, as with {@link #embed}. */
    public List<float[]> embedAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            if (!Objects.requireNonNull(t, "texts contains null").isBlank()) segments.add(TextSegment.from(t));
        }
        List<Embedding> embeddings = segments.isEmpty() ? List.of() : Holder.MODEL.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(texts.size());
        int next = 0;
        for (String t : texts) out.add(t.isBlank() ? new float[DIMENSIONS] : embeddings.get(next++).vector());
        return out;
    }

    /** The cosine of the angle between two vectors of one length; 0 when either is all zeros. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("a and b differ in length: " + a.length + " and " + b.length);
        }
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
