package org.triangulate.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's JSON-LD objects ({@code <script type="application/ld+json">}, {@code @graph} lists flattened), article
 * types first: NewsArticle, Article, BlogPosting, ReportageNewsArticle and the like before WebPage or Organization,
 * so that a page's own article wins over the site's description of itself. Malformed JSON is skipped.
 */
final class LinkedData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> nodes;

    private LinkedData(List<JsonNode> nodes) {
        this.nodes = nodes;
    }

    static LinkedData of(List<String> scripts) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (String script : scripts) {
            try {
                collect(JSON.readTree(script), articles, others);
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common on real pages; the page's other metadata still counts.
            }
        }
        articles.addAll(others);
        return new LinkedData(articles);
    }

    private static void collect(JsonNode node, List<JsonNode> articles, List<JsonNode> others) {
        if (node == null) return;
        if (node.isArray()) {
            node.forEach(n -> collect(n, articles, others));
        } else if (node.isObject()) {
            (isArticle(node) ? articles : others).add(node);
            collect(node.get("@graph"), articles, others);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        String types = type == null ? "" : type.toString();
        return types.contains("Article") || types.contains("BlogPosting") || types.contains("Report");
    }

    /** The first text at {@code path} in any object; a step may meet a list of objects and takes the first. */
    String text(String... path) {
        for (JsonNode node : nodes) {
            JsonNode at = node;
            for (String key : path) {
                at = at == null ? null : at.isArray() && !at.isEmpty() ? at.get(0).get(key) : at.get(key);
            }
            if (at != null && at.isTextual() && !at.asText().isBlank()) return at.asText().strip();
        }
        return null;
    }

    /** The authors' names of the first object that names any: a string, an object with a name, or a list. */
    List<String> authors() {
        for (JsonNode node : nodes) {
            List<String> names = new ArrayList<>();
            JsonNode author = node.get("author");
            if (author == null) author = node.get("creator");
            if (author == null) continue;
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                JsonNode name = a.isObject() ? a.get("name") : a;
                if (name != null && name.isTextual() && !name.asText().isBlank()) names.add(name.asText().strip());
            }
            if (!names.isEmpty()) return names;
        }
        return List.of();
    }
}
