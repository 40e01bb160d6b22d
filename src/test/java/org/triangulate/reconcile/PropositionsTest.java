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
    void aMemberLikeTheRestOnlyThroughOneOfThemLeavesItsCluster() {
        List<List<Integer>> merged = Propositions.cluster(SIM, 0.5, Propositions.Linkage.AVERAGE);
        assertThat(Propositions.tightened(merged, SIM, 0.6)).containsExactly(List.of(0, 1), List.of(2), List.of(3));
        assertThat(Propositions.tightened(merged, SIM, 0.5)).as("2 is 0.5 like the rest on average")
                .isEqualTo(merged);
        assertThat(Propositions.tightened(merged, SIM, 0.95)).as("two are left whole")
                .containsExactly(List.of(0, 1), List.of(2), List.of(3));
    }

    @Test
    void theLoosestLeavesFirstAndTheRestAreReadAgainWithoutIt() {
        // 3 is unlike the others; without it, 0, 1 and 2 are close enough.
        double[][] sim = {
            {1.0, 0.9, 0.8, 0.1},
            {0.9, 1.0, 0.9, 0.5},
            {0.8, 0.9, 1.0, 0.6},
            {0.1, 0.5, 0.6, 1.0}};
        assertThat(Propositions.tightened(List.of(List.of(0, 1, 2, 3)), sim, 0.7))
                .containsExactly(List.of(0, 1, 2), List.of(3));
    }

    @Test
    void theChainFindsWhatMergingTheMostSimilarFirstFinds() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 40; round++) {
            int n = 2 + random.nextInt(60);
            double[][] sim = new double[n][n];
            for (int i = 0; i < n; i++) {
                sim[i][i] = 1;
                for (int j = i + 1; j < n; j++) sim[i][j] = sim[j][i] = random.nextDouble() * 2 - 1;
            }
            for (Propositions.Linkage linkage : Propositions.Linkage.values()) {
                for (double threshold : new double[] {-0.5, 0.0, 0.42, 0.9}) {
                    assertThat(Propositions.cluster(sim, threshold, linkage))
                            .as("n=%d %s %.2f", n, linkage, threshold)
                            .isEqualTo(greedy(sim, threshold, linkage));
                }
            }
        }
    }

    /** The plain procedure: merge the most similar two clusters while their linkage reaches the threshold. */
    private static List<List<Integer>> greedy(double[][] sim, double threshold, Propositions.Linkage linkage) {
        List<List<Integer>> clusters = new java.util.ArrayList<>();
        for (int i = 0; i < sim.length; i++) clusters.add(new java.util.ArrayList<>(List.of(i)));
        while (true) {
            double best = threshold;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double s = linkage == Propositions.Linkage.COMPLETE ? Double.POSITIVE_INFINITY : 0;
                    for (int a : clusters.get(i)) {
                        for (int b : clusters.get(j)) {
                            s = linkage == Propositions.Linkage.COMPLETE ? Math.min(s, sim[a][b]) : s + sim[a][b];
                        }
                    }
                    if (linkage == Propositions.Linkage.AVERAGE) s /= clusters.get(i).size() * clusters.get(j).size();
                    if (s >= best) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) break;
            clusters.get(bi).addAll(clusters.remove(bj));
        }
        for (List<Integer> c : clusters) c.sort(null);
        clusters.sort(java.util.Comparator.comparingInt(c -> c.get(0)));
        return clusters;
    }

    @Test
    void centeringTakesOutWhatAllShare() {
        List<float[]> c = Propositions.centered(List.of(new float[] {1, 2}, new float[] {3, 2}));
        assertThat(c.get(0)).containsExactly(-1, 0);
        assertThat(c.get(1)).containsExactly(1, 0);
    }
}
