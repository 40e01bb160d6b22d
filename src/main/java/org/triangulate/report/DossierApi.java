package org.triangulate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Claim;
import org.triangulate.model.Dossier;
import org.triangulate.model.Stance;

/**
 * The dossier as the JSON the web app's {@code /api} serves: the whole dossier as {@code report --format json}
 * writes it, and its parts (documents, claims, entities, timeline) one by one, the coverage of claims by outlets, and
 * the claims as schema.org {@code ClaimReview} JSON-LD. The JSON tree is built once; afterwards the methods only read
 * it, so one instance may serve many threads.
 */
public final class DossierApi {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final DossierIndex index;
    private final ObjectNode tree;
    private final Map<String, Map<String, JsonNode>> byId = new HashMap<>();

    public DossierApi(Dossier dossier) {
        this.index = new DossierIndex(dossier);
        this.tree = new JsonReport().tree(dossier);
        for (String part : List.of("documents", "claims", "entities")) {
            Map<String, JsonNode> ids = new HashMap<>();
            for (JsonNode n : tree.get(part)) ids.put(n.get("id").asText(), n);
            byId.put(part, ids);
        }
        for (JsonNode n : tree.get("claims")) {
            Claim c = index.claim(n.get("id").asText());
            AnnotatedDocument first = index.first(c);
            ObjectNode claim = (ObjectNode) n;
            claim.put("firstAppearance", first == null ? null : first.id());
            ArrayNode outlets = claim.putArray("outlets");
            index.outlets(c).forEach(outlets::add);
        }
    }

    /** What the API offers: each path with a line on what it gives. */
    public JsonNode endpoints() {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("/api/dossier", "the whole dossier, as report --format json writes it");
        n.put("/api/documents", "each document's id, outlet, title, date, URL and source");
        n.put("/api/documents/{id}", "one document with its text");
        n.put("/api/claims", "every claim with its evidence, status, outlets and first appearance");
        n.put("/api/claims/{id}", "one claim");
        n.put("/api/claims.jsonld", "the claims as schema.org ClaimReview JSON-LD");
        n.put("/api/entities", "every entity with its names, merges and mentions");
        n.put("/api/entities/{id}", "one entity");
        n.put("/api/timeline", "dated entries and unresolved dates");
        n.put("/api/coverage", "for each claim, each outlet's stances");
        return n;
    }

    public JsonNode dossier() {
        return tree;
    }

    /** The documents without their texts. */
    public JsonNode documents() {
        ArrayNode out = MAPPER.createArrayNode();
        Set<String> brief = Set.of("id", "source", "format", "outlet", "title", "published", "url", "language");
        for (JsonNode d : tree.get("documents")) {
            ObjectNode n = out.addObject();
            brief.forEach(field -> n.set(field, d.get(field)));
        }
        return out;
    }

    public Optional<JsonNode> document(String id) {
        return Optional.ofNullable(byId.get("documents").get(id));
    }

    public JsonNode claims() {
        return tree.get("claims");
    }

    public Optional<JsonNode> claim(String id) {
        return Optional.ofNullable(byId.get("claims").get(id));
    }

    public JsonNode entities() {
        return tree.get("entities");
    }

    public Optional<JsonNode> entity(String id) {
        return Optional.ofNullable(byId.get("entities").get(id));
    }

    public JsonNode timeline() {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("timeline", tree.get("timeline"));
        n.set("unresolvedDates", tree.get("unresolvedDates"));
        return n;
    }

    /** Outlets, and for each claim the stances each outlet that carries it takes ({@code asserts}, ...). */
    public JsonNode coverage() {
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode outlets = n.putArray("outlets");
        index.documentsByOutlet().keySet().forEach(outlets::add);
        ArrayNode claims = n.putArray("claims");
        for (Claim c : index.dossier.claims()) {
            ObjectNode row = claims.addObject().put("id", c.id()).put("status", c.status().label());
            ObjectNode cells = row.putObject("outlets");
            index.coverage(c).forEach((outlet, stances) -> {
                ArrayNode s = cells.putArray(outlet);
                for (Stance stance : Stance.values()) if (stances.contains(stance)) s.add(stance.label());
            });
        }
        return n;
    }

    /** The claims as schema.org ClaimReview JSON-LD. */
    public JsonNode claimReviews() {
        return new ClaimReviews(index).all();
    }

    /** A node as UTF-8 JSON. */
    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
