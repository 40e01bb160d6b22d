package org.triangulate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropositionsTest {
    // 0 and 1 are alike; 2 is like 1 but not like 0; 3 stands apart.
    private static final double[][] SIM = {
        {1.0, 0.9, 0.2, 0.0},
        {0.9, 1.0, 0.8, 0.1},
        {0.2, 0.8, 1.0, 0.0},
        {0.0, 0.1, 0.0, 1.0}};

    @Test
    void completeLinkageNeedsEveryPairAboveTheThreshold() {
        assertThat(Propositions.cluster(SIM, 0.5, Propositions.Linkage.COMPLETE))
                .containsExactly(List.of(0, 1), List.of(2), List.of(3));
    }

    @Test
    void averageLinkageChainsThroughTheMean() {
        assertThat(Propositions.cluster(SIM, 0.5, Propositions.Linkage.AVERAGE))
                .containsExactly(List.of(0, 1, 2), List.of(3));
        assertThat(Propositions.cluster(SIM, 0.95, Propositions.Linkage.AVERAGE))
                .containsExactly(List.of(0), List.of(1), List.of(2), List.of(3));
    }

    @Test
    void centeringTakesOutWhatAllShare() {
        List<float[]> c = Propositions.centered(List.of(new float[] {1, 2}, new float[] {3, 2}));
        assertThat(c.get(0)).containsExactly(-1, 0);
        assertThat(c.get(1)).containsExactly(1, 0);
    }
}
