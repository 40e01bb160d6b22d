package org.triangulate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairModelTest {
    @Test
    void writtenModelReadsBackTheSame() throws IOException {
        PairModel m = new PairModel(4.25, 11.5, -0.875);
        PairModel back = PairModel.read("# a comment\n" + m.write());
        assertThat(back.probability(0.3, 0.2)).isEqualTo(m.probability(0.3, 0.2));
        assertThat(back.write()).isEqualTo(m.write());
    }

    @Test
    void aModelWithoutAWeightOrWithAWordForANumberIsRefused() {
        assertThatThrownBy(() -> PairModel.read("centered_cosine\t1\nintercept\t0\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("term_overlap");
        assertThatThrownBy(() -> PairModel.read("centered_cosine\tone\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("centered_cosine\tone");
    }

    @Test
    void bundledModelGivesMoreToCloserAndMoreOverlappingPairs() {
        PairModel m = PairModel.bundled();
        assertThat(m.probability(0.6, 0.3)).isGreaterThan(m.probability(0.1, 0.3));
        assertThat(m.probability(0.2, 0.4)).isGreaterThan(m.probability(0.2, 0.05));
        assertThat(m.probability(0.0, 0.0)).isLessThan(0.5);
    }

    @Test
    void termOverlapWeighsWordsRareInTheBatchMost() {
        List<String> texts = List.of(
                "the harbour strike closed the container terminals",
                "the harbour strike closed the ferry port",
                "the container terminals stayed shut",
                "the harbour strike began on Monday");
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) vectors.add(new float[] {1, i, 0});
        PairModel.Signals s = PairModel.signals(vectors, texts);
        // "container terminals" is in two statements, "harbour strike" in three: the first pair shares rarer words.
        assertThat(s.overlap()[0][2]).isGreaterThan(s.overlap()[1][3]);
        assertThat(s.overlap()[0][0]).isEqualTo(1);
        assertThat(s.overlap()[2][3]).isZero();
        assertThat(s.overlap()[0][2]).isEqualTo(s.overlap()[2][0]);
    }

    @Test
    void cosineIsReadAgainstWhatTheBatchShares() {
        // Three vectors that share a large common part; apart from it, the first two point the same way.
        List<float[]> vectors = List.of(new float[] {10, 1, 0}, new float[] {10, 1, 0.1f}, new float[] {10, -1, 0});
        PairModel.Signals s = PairModel.signals(vectors, List.of("a", "b", "c"));
        assertThat(s.centered()[0][1]).isGreaterThan(0.9);
        assertThat(s.centered()[0][2]).isLessThan(0);
    }

    @Test
    void fitFindsTheSignalsThatSeparateThePairs() {
        Random r = new Random(3);
        List<double[]> rows = new ArrayList<>();
        List<Boolean> same = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean one = i % 5 == 0;
            rows.add(new double[] {(one ? 0.5 : 0.1) + 0.15 * r.nextGaussian(),
                    (one ? 0.3 : 0.05) + 0.05 * r.nextGaussian()});
            same.add(one);
        }
        PairModel m = PairModel.fit(rows, same);
        assertThat(m.probability(0.5, 0.3)).isGreaterThan(0.9);
        assertThat(m.probability(0.1, 0.05)).isLessThan(0.1);
        assertThatThrownBy(() -> PairModel.fit(rows.subList(1, 5), same.subList(1, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both kinds");
    }

    @Test
    void modelHoldsOnlyForAStorysWorthOfStatements() {
        assertThat(PairModel.applies(PairModel.MIN_STATEMENTS)).isTrue();
        assertThat(PairModel.applies(PairModel.MIN_STATEMENTS - 1)).isFalse();
    }
}
