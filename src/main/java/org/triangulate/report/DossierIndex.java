package org.triangulate.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.ClaimStatus;
import org.triangulate.model.Claimant;
import org.triangulate.model.Dossier;
import org.triangulate.model.Entity;
import org.triangulate.model.Span;
import org.triangulate.model.Stance;

/**
 * The lookups the pages need, built once from a dossier: documents, claims and entities by id, each document's
 * pieces of evidence, each claim's outlets and first appearance, the claims each entity makes or is named in, and
 * the coverage of claims by outlets. Building it is linear in the dossier (plus a sort per document); afterwards every
 * page reads it without scanning the dossier. Immutable once built; safe to share between threads.
 */
final class DossierIndex {
    /** One piece of evidence of a claim: the claim's {@code number}-th attribution, from 1. */
    record Piece(Claim claim, int number, Attribution attribution, Span extent) {
        /** Unique in the dossier: {@code c4-2}. */
        String key() {
            return Html.idPart(claim.id()) + "-" + number;
        }
    }

    final Dossier dossier;
    private final Map<String, AnnotatedDocument> docs = new LinkedHashMap<>();
    private final Map<String, Integer> docOrder = new HashMap<>();
    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, List<Piece>> piecesByDoc = new HashMap<>();
    private final Map<String, List<String>> outletsOfClaim = new HashMap<>();
    private final Map<String, String> firstDoc = new HashMap<>();
    private final Map<String, Map<String, Set<Stance>>> coverage = new HashMap<>();
    private final Map<String, List<Claim>> claimsMade = new HashMap<>();
    private final Map<String, List<Claim>> claimsAbout = new HashMap<>();
    private final Map<String, List<AnnotatedDocument>> docsByOutlet = new LinkedHashMap<>();
    private final Map<ClaimStatus, Integer> statusCounts = new EnumMap<>(ClaimStatus.class);

    DossierIndex(Dossier dossier) {
        this.dossier = dossier;
        for (AnnotatedDocument d : dossier.documents()) {
            docs.put(d.id(), d);
            docOrder.put(d.id(), docOrder.size());
            docsByOutlet.computeIfAbsent(outlet(d), k -> new ArrayList<>()).add(d);
        }
        dossier.entities().forEach(e -> entities.put(e.id(), e));
        for (ClaimStatus s : ClaimStatus.values()) statusCounts.put(s, 0);
        for (Claim c : dossier.claims()) {
            claims.put(c.id(), c);
            statusCounts.merge(c.status(), 1, Integer::sum);
            indexClaim(c);
        }
        piecesByDoc.values().forEach(l -> l.sort(Comparator.comparing(Piece::extent)));
        indexMentions();
    }

    private void indexClaim(Claim c) {
        Set<String> outlets = new LinkedHashSet<>();
        Map<String, Set<Stance>> cells = new HashMap<>();
        Set<String> claimants = new LinkedHashSet<>();
        String first = null;
        int n = 0;
        for (Attribution a : c.evidence()) {
            n++;
            AnnotatedDocument d = docs.get(a.doc());
            if (d == null) continue; // evidence from a document the dossier lacks: shown without its text
            piecesByDoc.computeIfAbsent(a.doc(), k -> new ArrayList<>()).add(new Piece(c, n, a, a.extent()));
            String outlet = outlet(d);
            outlets.add(outlet);
            cells.computeIfAbsent(outlet, k -> EnumSet.noneOf(Stance.class)).add(a.stance());
            if (first == null || earlier(d, docs.get(first))) first = d.id();
            if (a.claimant().id() != null) claimants.add(a.claimant().id());
        }
        for (Claim.Party p : c.parties()) {
            if (p.claimant().id() != null) claimants.add(p.claimant().id());
            if (p.affiliation() != null && p.affiliation().id() != null) claimants.add(p.affiliation().id());
        }
        claimants.forEach(id -> claimsMade.computeIfAbsent(id, k -> new ArrayList<>()).add(c));
        outletsOfClaim.put(c.id(), List.copyOf(outlets));
        coverage.put(c.id(), cells);
        if (first != null) firstDoc.put(c.id(), first);
    }

    /** The claims whose content names an entity: mentions sorted per document, found by binary search per piece. */
    private void indexMentions() {
        Map<String, List<Object[]>> mentions = new HashMap<>(); // doc -> [Span, entity id]
        for (Entity e : dossier.entities()) {
            for (Entity.EntityMention m : e.mentions()) {
                mentions.computeIfAbsent(m.doc(), k -> new ArrayList<>()).add(new Object[] {m.span(), e.id()});
            }
        }
        mentions.values().forEach(l -> l.sort(Comparator.comparing(o -> (Span) o[0])));
        Map<String, Set<String>> seen = new HashMap<>();
        for (Map.Entry<String, List<Piece>> doc : piecesByDoc.entrySet()) {
            List<Object[]> inDoc = mentions.getOrDefault(doc.getKey(), List.of());
            for (Piece p : doc.getValue()) {
                for (Span content : p.attribution().content()) {
                    for (int i = firstAtOrAfter(inDoc, content.start()); i < inDoc.size(); i++) {
                        Span s = (Span) inDoc.get(i)[0];
                        if (s.start() >= content.end()) break;
                        if (s.end() > content.end()) continue;
                        String entity = (String) inDoc.get(i)[1];
                        if (seen.computeIfAbsent(entity, k -> new java.util.HashSet<>()).add(p.claim().id())) {
                            claimsAbout.computeIfAbsent(entity, k -> new ArrayList<>()).add(p.claim());
                        }
                    }
                }
            }
        }
        Map<String, Integer> order = new HashMap<>();
        dossier.claims().forEach(c -> order.put(c.id(), order.size()));
        claimsAbout.values().forEach(l -> l.sort(Comparator.comparing(c -> order.get(c.id()))));
    }

    private static int firstAtOrAfter(List<Object[]> sorted, int start) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (((Span) sorted.get(mid)[0]).start() < start) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Earlier by publication date (undated last), then by position in the batch. */
    private boolean earlier(AnnotatedDocument a, AnnotatedDocument b) {
        LocalDate da = published(a);
        LocalDate db = published(b);
        if (da != null && db != null && !da.equals(db)) return da.isBefore(db);
        if ((da == null) != (db == null)) return da != null;
        return docOrder.get(a.id()) < docOrder.get(b.id());
    }

    static LocalDate published(AnnotatedDocument d) {
        return d.article().document().metadata().published();
    }

    /** The outlet a document is shown under: its publisher, else its source as the user gave it. */
    static String outlet(AnnotatedDocument d) {
        String publisher = d.article().publisher();
        return publisher != null ? publisher : d.article().document().source();
    }

    /** The outlet of a document id; the id itself when the dossier lacks the document. */
    String outletOf(String docId) {
        AnnotatedDocument d = docs.get(docId);
        return d == null ? docId : outlet(d);
    }

    AnnotatedDocument document(String id) {
        return docs.get(id);
    }

    Claim claim(String id) {
        return claims.get(id);
    }

    Entity entity(String id) {
        return entities.get(id);
    }

    /** The pieces of evidence in a document, by position. */
    List<Piece> pieces(String docId) {
        return piecesByDoc.getOrDefault(docId, List.of());
    }

    List<String> outlets(Claim c) {
        return outletsOfClaim.getOrDefault(c.id(), List.of());
    }

    /** The document where a claim first appears, or null when none of its documents is in the dossier. */
    AnnotatedDocument first(Claim c) {
        String id = firstDoc.get(c.id());
        return id == null ? null : docs.get(id);
    }

    /** How each outlet carries a claim; an outlet that does not is absent from the map. */
    Map<String, Set<Stance>> coverage(Claim c) {
        return coverage.getOrDefault(c.id(), Map.of());
    }

    Map<String, List<AnnotatedDocument>> documentsByOutlet() {
        return docsByOutlet;
    }

    Map<ClaimStatus, Integer> statusCounts() {
        return statusCounts;
    }

    /** Claims the entity makes, as claimant or as the body a party speaks for. */
    List<Claim> claimsMadeBy(String entityId) {
        return claimsMade.getOrDefault(entityId, List.of());
    }

    /** Claims whose content names the entity. */
    List<Claim> claimsAbout(String entityId) {
        return claimsAbout.getOrDefault(entityId, List.of());
    }

    /** The entity behind a claimant, or null for a group, an outlet or an unknown id. */
    Entity entityOf(Claimant claimant) {
        return claimant == null || claimant.id() == null ? null : entities.get(claimant.id());
    }
}
