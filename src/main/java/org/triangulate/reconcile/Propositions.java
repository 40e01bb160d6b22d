package org.triangulate.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Agglomerative clustering of statements by a similarity matrix: clusters merge, most similar first, while their
 * linkage reaches the threshold. Shared by the reconciler and by its calibration ({@code bench propositions}), so that
 * the threshold is chosen for the very procedure that uses it.
 */
public final class Propositions {
    /** How the similarity of two clusters is read from their members'. */
    public enum Linkage {
        /** The least similar pair: every two statements of a proposition are alike. */
        COMPLETE,
        /** The mean over all pairs. */
        AVERAGE
    }

    private Propositions() {}

    /**
     * The clusters of {@code sim}'s rows, each a sorted list of row indices, in order of their first row.
     *
     * @param sim a symmetric similarity matrix
     * @param threshold the least linkage at which two clusters merge
     */
    public static List<List<Integer>> cluster(double[][] sim, double threshold, Linkage linkage) {
        int n = sim.length;
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) clusters.add(new ArrayList<>(List.of(i)));
        // link[i][j] between current clusters, updated on each merge (Lance-Williams), so a merge costs O(n).
        double[][] link = new double[n][];
        for (int i = 0; i < n; i++) link[i] = sim[i].clone();
        int[] id = new int[n]; // current cluster index -> row of link
        for (int i = 0; i < n; i++) id[i] = i;
        while (clusters.size() > 1) {
            double best = threshold;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double s = link[id[i]][id[j]];
                    if (s >= best) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) break;
            int a = id[bi];
            int b = id[bj];
            int na = clusters.get(bi).size();
            int nb = clusters.get(bj).size();
            for (int k = 0; k < clusters.size(); k++) {
                int c = id[k];
                if (c == a || c == b) continue;
                double merged = linkage == Linkage.COMPLETE ? Math.min(link[a][c], link[b][c])
                        : (na * link[a][c] + nb * link[b][c]) / (na + nb);
                link[a][c] = link[c][a] = merged;
            }
            clusters.get(bi).addAll(clusters.remove(bj));
            System.arraycopy(id, bj + 1, id, bj, clusters.size() - bj);
        }
        for (List<Integer> c : clusters) c.sort(Comparator.naturalOrder());
        clusters.sort(Comparator.comparingInt(c -> c.get(0)));
        return clusters;
    }

    /** The vectors less their mean: what all the statements of one story share is taken out. */
    public static List<float[]> centered(List<float[]> vectors) {
        if (vectors.size() < 2) return vectors;
        float[] mean = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int k = 0; k < v.length; k++) mean[k] += v[k] / vectors.size();
        }
        List<float[]> out = new ArrayList<>(vectors.size());
        for (float[] v : vectors) {
            float[] c = v.clone();
            for (int k = 0; k < c.length; k++) c[k] -= mean[k];
            out.add(c);
        }
        return out;
    }
}
