package org.triangulate.attribute;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimStatus;

/**
 * Claims before reconciliation: each attribution is a claim of its own, from a single source. Reconciliation later
 * groups the claims that say the same thing and gives each its status.
 */
public final class Claims {
    private Claims() {}

    /** One single-source claim per attribution, in document order; ids {@code c1}, {@code c2}, ... */
    public static List<Claim> singleSource(List<AnnotatedDocument> documents, List<List<Attribution>> attributions) {
        List<Claim> out = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            String text = documents.get(d).text();
            for (Attribution a : attributions.get(d)) {
                String summary = a.content().get(0).of(text).replaceAll("\\s+", " ").strip();
                out.add(new Claim("c" + (out.size() + 1), summary, ClaimStatus.SINGLE_SOURCE, List.of(a)));
            }
        }
        return out;
    }
}
