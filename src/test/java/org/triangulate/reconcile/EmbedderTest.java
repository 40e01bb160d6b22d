package org.triangulate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedderTest {
    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        Embedder e = Embedder.shared();
        List<float[]> v = e.embedAll(List.of("The dock workers walked out on strike on Monday.",
                "On Monday the port's dockers went on strike.", "A recipe for lemon cake with poppy seeds.", " "));

        assertThat(v).hasSize(4).allSatisfy(x -> assertThat(x).hasSize(Embedder.DIMENSIONS));
        double paraphrase = Embedder.cosine(v.get(0), v.get(1));
        double unrelated = Embedder.cosine(v.get(0), v.get(2));
        assertThat(paraphrase).isGreaterThan(0.5).isGreaterThan(unrelated + 0.3);
        assertThat(Embedder.cosine(v.get(0), v.get(3))).isZero();
        assertThat(Embedder.cosine(e.embed("The dock workers walked out on strike on Monday."), v.get(0)))
                .isGreaterThan(0.999);
    }

    @Test
    void cosineNeedsVectorsOfOneLength() {
        assertThat(Embedder.cosine(new float[] {1, 0}, new float[] {2, 0})).isEqualTo(1.0);
        assertThat(Embedder.cosine(new float[] {1, 0}, new float[] {0, 3})).isZero();
        assertThatThrownBy(() -> Embedder.cosine(new float[2], new float[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
    }
}
