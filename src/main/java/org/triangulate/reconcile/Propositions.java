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
     * The clusters of {@code sim}'s rows, each a sorted list of row indices, in order of their first row: what merging
     * the most similar two clusters, again and again while their linkage reaches the threshold, leaves.
     *
     * <p>Found by the nearest-neighbour chain, which gives that result for linkages like these two (a merged cluster
     * is never more similar to a third than both its parts were) in O(n²) time rather than O(n³): follow each
     * cluster's most similar neighbour until two are each other's, and merge them. A cluster whose most similar
     * neighbour is below the threshold never merges again, and leaves the search. Memory: one n × n matrix.
     *
     * @param sim a symmetric similarity matrix; not changed
     * @param threshold the least linkage at which two clusters merge
     */
    public static List<List<Integer>> cluster(double[][] sim, double threshold, Linkage linkage) {
        int n = sim.length;
        double[][] link = new double[n][];
        for (int i = 0; i < n; i++) link[i] = sim[i].clone();
        int[] size = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            members.add(new ArrayList<>(List.of(i)));
        }
        // The clusters still in the search, as a dense list with each one's place in it.
        int[] active = new int[n];
        int[] place = new int[n];
        int count = n;
        for (int i = 0; i < n; i++) active[i] = place[i] = i;
        List<List<Integer>> done = new ArrayList<>();
        int[] chain = new int[n];
        int length = 0;
        while (count > 0) {
            if (length == 0) chain[length++] = active[0];
            int a = chain[length - 1];
            int previous = length > 1 ? chain[length - 2] : -1;
            int b = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < count; k++) {
                int c = active[k];
                if (c == a) continue;
                double s = link[a][c];
                // Ties go to the one before in the chain, so that the chain always ends.
                if (s > best || s == best && c == previous) {
                    best = s;
                    b = c;
                }
            }
            if (b < 0 || best < threshold) {
                // Nothing reaches it: it is a proposition as it stands, and so is nothing else the chain held
                // only on its account.
                done.add(members.get(a));
                count = remove(active, place, count, a);
                length--;
                continue;
            }
            if (b != previous) {
                chain[length++] = b;
                continue;
            }
            // a and b are each other's most similar: merge b into a.
            length -= 2;
            for (int k = 0; k < count; k++) {
                int c = active[k];
                if (c == a || c == b) continue;
                double merged = linkage == Linkage.COMPLETE ? Math.min(link[a][c], link[b][c])
                        : (size[a] * link[a][c] + size[b] * link[b][c]) / (size[a] + size[b]);
                link[a][c] = link[c][a] = merged;
            }
            size[a] += size[b];
            members.get(a).addAll(members.get(b));
            count = remove(active, place, count, b);
        }
        for (List<Integer> c : done) c.sort(Comparator.naturalOrder());
        done.sort(Comparator.comparingInt(c -> c.get(0)));
        return done;
    }

    /**
     * The clusters with their loose members set apart, each a cluster of its own: again and again, the member least
     * similar on average to the rest of its cluster leaves it, while that average is below {@code least}. Average
     * linkage lets a member in on the strength of the cluster it came with, and one member alike with a few others
     * may share with the rest little more than a name. Clusters of two are left whole. In order of their first row.
     *
     * @param clusters sorted lists of row indices, as {@link #cluster} gives them; not changed
     * @param sim the similarity matrix they were found by
     */
    public static List<List<Integer>> tightened(List<List<Integer>> clusters, double[][] sim, double least) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> c : clusters) {
            List<Integer> kept = new ArrayList<>(c);
            while (kept.size() > 2) {
                int loosest = -1;
                double lowest = Double.POSITIVE_INFINITY;
                for (int i : kept) {
                    double sum = 0;
                    for (int j : kept) if (j != i) sum += sim[i][j];
                    double mean = sum / (kept.size() - 1);
                    if (mean < lowest) {
                        lowest = mean;
                        loosest = i;
                    }
                }
                if (lowest >= least) break;
                kept.remove(Integer.valueOf(loosest));
                out.add(new ArrayList<>(List.of(loosest)));
            }
            out.add(kept);
        }
        out.sort(Comparator.comparingInt(c -> c.get(0)));
        return out;
    }

    /** Takes cluster {@code c} out of the first {@code count} of {@code active}; returns the new count. */
    private static int remove(int[] active, int[] place, int count, int c) {
        int at = place[c];
        int last = active[count - 1];
        active[at] = last;
        place[last] = at;
        return count - 1;
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
