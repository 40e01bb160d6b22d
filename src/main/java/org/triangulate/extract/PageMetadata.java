package org.triangulate.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triangulate.model.Metadata;

/**
 * What an HTML page's markup says about it: the title ({@code og:title}, {@code <title>}, the first {@code h1}), the
 * outlet ({@code og:site_name}, the JSON-LD publisher's name, {@code application-name}), the publication date
 * ({@code article:published_time}, JSON-LD {@code datePublished}, the first {@code <time datetime>}), the canonical
 * URL and the language. Malformed JSON-LD is skipped.
 */
final class PageMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    /** A title's trailing " | Site Name" or " - Site Name". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]+$");

    private PageMetadata() {
    }

    static Metadata of(Document page) {
        List<JsonNode> linkedData = linkedData(page);
        String outlet = first(meta(page, "og:site_name"), linkedText(linkedData, "publisher", "name"),
                meta(page, "application-name"));
        String title = first(meta(page, "og:title"), meta(page, "twitter:title"), documentTitle(page, outlet),
                text(page.selectFirst("h1")));
        LocalDate published = date(first(meta(page, "article:published_time"), linkedText(linkedData, "datePublished"),
                meta(page, "date"), attr(page.selectFirst("time[datetime]"), "datetime")));
        String url = first(meta(page, "og:url"), attr(page.selectFirst("link[rel=canonical]"), "href"));
        String lang = attr(page.selectFirst("html[lang]"), "lang");
        String language = lang == null ? null : lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return new Metadata(published, outlet, url, title, language);
    }

    private static String meta(Document page, String key) {
        Element e = page.selectFirst("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    /** The {@code <title>}, without a trailing " | Outlet" when it names the outlet. */
    private static String documentTitle(Document page, String outlet) {
        String title = blankToNull(page.title());
        if (title == null || outlet == null) return title;
        Matcher m = TITLE_SUFFIX.matcher(title);
        if (m.find() && LineClassifier.letters(m.group()).equals(LineClassifier.letters(outlet))) {
            return title.substring(0, m.start()).strip();
        }
        return title;
    }

    private static List<JsonNode> linkedData(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=\"application/ld+json\"]")) {
            try {
                collect(JSON.readTree(script.data()), nodes);
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common on real pages; the page's other metadata still counts.
            }
        }
        return nodes;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) return;
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    /** The first text at {@code path} in any JSON-LD object; a publisher may be an object or a list of them. */
    private static String linkedText(List<JsonNode> nodes, String... path) {
        for (JsonNode node : nodes) {
            JsonNode at = node;
            for (String key : path) {
                at = at == null ? null : at.isArray() && !at.isEmpty() ? at.get(0).get(key) : at.get(key);
            }
            if (at != null && at.isTextual() && !at.asText().isBlank()) return at.asText().strip();
        }
        return null;
    }

    private static LocalDate date(String value) {
        if (value == null) return null;
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null; // a malformed date is no date
        }
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) return v;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
