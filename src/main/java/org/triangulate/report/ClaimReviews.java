package org.triangulate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Claim;
import org.triangulate.model.Claimant;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Stance;

/**
 * The claims as schema.org {@code ClaimReview} JSON-LD: each claim reviewed with its status as the rating, the
 * claimants who assert it as the {@code Claim}'s authors, every report it appears in (with the passage, and who
 * asserts or denies it there), and its first appearance.
 */
final class ClaimReviews {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final DossierIndex index;

    ClaimReviews(DossierIndex index) {
        this.index = index;
    }

    ObjectNode all() {
        ObjectNode root = JSON.objectNode().put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        for (Claim c : index.dossier.claims()) graph.add(review(c));
        return root;
    }

    ObjectNode review(Claim c) {
        ObjectNode review = JSON.objectNode().put("@type", "ClaimReview").put("@id", "#claim-" + Html.idPart(c.id()))
                .put("identifier", c.id()).put("claimReviewed", c.summary());
        review.putObject("author").put("@type", "Organization").put("name", "Triangulate");
        ObjectNode rating = review.putObject("reviewRating").put("@type", "Rating")
                .put("alternateName", c.status().label()).put("ratingValue", c.confidence());
        if (!c.reasons().isEmpty()) rating.put("ratingExplanation", String.join(" ", c.reasons()));
        ObjectNode claim = review.putObject("itemReviewed").put("@type", "Claim").put("text", c.summary());
        ArrayNode authors = claim.putArray("author");
        authors(c).values().forEach(a -> authors.add(person(a)));
        ArrayNode appearances = claim.putArray("appearance");
        for (Attribution a : c.evidence()) appearances.add(appearance(a));
        AnnotatedDocument first = index.first(c);
        if (first != null) {
            for (Attribution a : c.evidence()) {
                if (a.doc().equals(first.id())) {
                    claim.set("firstAppearance", appearance(a));
                    break;
                }
            }
        }
        return review;
    }

    /** Who asserts the claim (or hedges it): its parties on that side when reconciled, else its evidence's claimants. */
    private static Map<String, Claimant> authors(Claim c) {
        Map<String, Claimant> out = new LinkedHashMap<>();
        for (Claim.Party p : c.parties()) {
            if (p.stance() != Stance.DENIES) out.putIfAbsent(p.claimant().kind() + ":" + p.claimant().name(), p.claimant());
        }
        if (out.isEmpty()) {
            for (Attribution a : c.evidence()) {
                if (a.stance() != Stance.DENIES) out.putIfAbsent(a.claimant().kind() + ":" + a.claimant().name(), a.claimant());
            }
        }
        return out;
    }

    private ObjectNode person(Claimant c) {
        Entity e = index.entityOf(c);
        String type = e != null && e.type() == EntityType.PERSON ? "Person" : "Organization";
        ObjectNode n = JSON.objectNode().put("@type", type).put("name", c.name());
        if (c.id() != null) n.put("identifier", c.id());
        return n;
    }

    private ObjectNode appearance(Attribution a) {
        ObjectNode n = JSON.objectNode().put("@type", "NewsArticle").put("identifier", a.doc());
        AnnotatedDocument d = index.document(a.doc());
        if (d != null) {
            var meta = d.article().document().metadata();
            if (meta.url() != null) n.put("url", meta.url());
            if (d.article().headline() != null) n.put("headline", d.article().headline());
            LocalDate published = meta.published();
            if (published != null) n.put("datePublished", published.toString());
            n.putObject("publisher").put("@type", "Organization").put("name", DossierIndex.outlet(d));
            n.put("text", a.extent().of(d.text()));
        }
        n.put("description", a.claimant().name() + " " + a.stance().label());
        return n;
    }
}
