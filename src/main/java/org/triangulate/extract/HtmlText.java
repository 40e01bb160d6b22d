package org.triangulate.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.triangulate.model.Metadata;

/**
 * Renders an HTML page to the text a reader sees, one block a line, without the page's chrome: scripts and styles,
 * {@code nav}, {@code aside}, {@code footer}, the site {@code header}, forms, and elements whose role, class or id
 * names navigation, share bars, related lists, cookie banners, adverts and the like. What is left is still read by
 * the plain-text rules; this is not a main-content extractor.
 */
final class HtmlText {

    /** The rendered text and what the page's markup says about it. */
    record Page(String text, Metadata metadata) {
    }

    /** Never part of an article's text. */
    private static final String ALWAYS_DROPPED = "script, style, noscript, template, svg, iframe, object, embed, "
            + "canvas, button, input, select, textarea, link, meta";
    /** Page chrome, dropped unless it holds the article (some sites wrap the whole page in a form). */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "form", "dialog", "menu");
    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
            "menubar", "toolbar");
    /** Class and id words of page chrome, matched as whole words of "share-bar", "site_nav", "relatedLinks". */
    private static final Set<String> CHROME_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "skip", "skiplink",
            "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "related", "relatedlinks",
            "recommended", "recommendations", "recirculation", "cookie", "cookies", "consent", "gdpr", "newsletter",
            "subscribe", "subscription", "paywall", "promo", "promos", "advert", "adverts", "advertisement", "ad",
            "ads", "adslot", "sponsor", "sponsored", "sidebar", "popup", "modal", "masthead", "footer",
            "toolbar", "trending", "outbrain", "taboola");
    private static final Set<String> COMMENT_WORDS = Set.of(
            "comment", "comments", "commentlist", "respond", "replies", "disqus");
    /** Never dropped for a class, id or role word: they hold the page or the article itself. */
    private static final Set<String> CONTAINERS = Set.of("html", "head", "body", "main", "article");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "ul", "caption", "legend", "option");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> ARTICLE_TAGS = Set.of("article", "main");
    private static final int PROSE_PARAGRAPH = 80;

    private HtmlText() {
    }

    /** Renders {@code html}; never throws for malformed markup. */
    static Page read(String html, String source) {
        Document page = Jsoup.parse(html, source.startsWith("http") ? source : "");
        Metadata metadata = PageMetadata.of(page);
        Element body = page.body();
        body.select(ALWAYS_DROPPED).remove();
        dropChrome(body);
        return new Page(render(body), metadata);
    }

    /** What an element holds: characters of text, characters of prose paragraphs, the headline, the main part. */
    private record Extent(int text, int prose, boolean headline, boolean main) {
    }

    private static void dropChrome(Element body) {
        List<Element> all = body.getAllElements();
        Map<Element, Extent> extents = extents(all);
        Extent page = extents.get(body);
        Map<Element, Boolean> inArticle = new IdentityHashMap<>();
        List<Element> chrome = new ArrayList<>();
        for (Element e : all) {
            Element parent = e.parent();
            boolean inside = parent != null && parent != body
                    && (inArticle.getOrDefault(parent, false) || ARTICLE_TAGS.contains(parent.normalName()));
            inArticle.put(e, inside);
            if (e == body) continue;
            Extent extent = extents.get(e);
            if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || isComments(e, extent)
                    || isChrome(e, extent, inside) && !holdsArticle(extent, page)) {
                chrome.add(e);
            }
        }
        chrome.forEach(Element::remove);
    }

    /**
     * Each element's extent, children before parents, in linear time. A prose paragraph is a {@code p} of
     * {@value #PROSE_PARAGRAPH} characters or more.
     */
    private static Map<Element, Extent> extents(List<Element> preOrder) {
        Map<Element, Extent> out = new IdentityHashMap<>();
        for (int i = preOrder.size() - 1; i >= 0; i--) {
            Element e = preOrder.get(i);
            int text = 0;
            int prose = 0;
            boolean headline = e.normalName().equals("h1");
            boolean main = ARTICLE_TAGS.contains(e.normalName()) || "main".equals(e.attr("role"));
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    text += t.getWholeText().length();
                } else if (child instanceof Element c && out.containsKey(c)) {
                    Extent x = out.get(c);
                    text += x.text();
                    prose += x.prose();
                    headline |= x.headline();
                    main |= x.main();
                }
            }
            if (e.normalName().equals("p") && text >= PROSE_PARAGRAPH) prose = text;
            out.put(e, new Extent(text, prose, headline, main));
        }
        return out;
    }

    private static boolean isChrome(Element e, Extent extent, boolean inArticle) {
        String tag = e.normalName();
        if (CHROME_TAGS.contains(tag)) return true;
        // The site's masthead is chrome; an article's own header holds its headline and byline.
        if (tag.equals("header")) return !inArticle;
        if (CONTAINERS.contains(tag)) return false;
        if (CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) return true;
        // A class word can be loose ("has-sidebar" on a wrapper); the headline's block is never chrome.
        return hasWord(e, CHROME_WORDS) && !extent.headline();
    }

    /** Readers' comments: often more prose than the article, so no share of prose may save them. */
    private static boolean isComments(Element e, Extent extent) {
        return !CONTAINERS.contains(e.normalName()) && hasWord(e, COMMENT_WORDS) && !extent.headline()
                && !extent.main();
    }

    private static boolean hasWord(Element e, Set<String> words) {
        for (String word : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (words.contains(word)) return true;
        }
        return false;
    }

    /**
     * Dropping this would drop the article: it holds the main element, most of the page's text, or a large share of
     * its prose ("content-with-sidebar" wrapping the story).
     */
    private static boolean holdsArticle(Extent e, Extent page) {
        return e.main() || e.text() * 2 > page.text() || e.prose() * 5 > page.prose() * 2;
    }

    private static String render(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(out, text.getWholeText(), isPreformatted(text));
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        trimTrailingSpace(out);
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        endLine(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName())) {
                        endLine(out);
                    } else if (CELLS.contains(e.normalName()) && out.length() > 0 && out.charAt(out.length() - 1) != ' '
                            && out.charAt(out.length() - 1) != '\n') {
                        out.append(' ');
                    }
                }
            }
        }, root);
        trimTrailingSpace(out);
        while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') out.setLength(out.length() - 1);
        return out.toString();
    }

    private static boolean isPreformatted(TextNode text) {
        for (Node n = text.parentNode(); n != null; n = n.parentNode()) {
            if (n instanceof Element e && (e.normalName().equals("pre") || e.normalName().equals("textarea"))) {
                return true;
            }
        }
        return false;
    }

    private static void appendText(StringBuilder out, String text, boolean preformatted) {
        if (preformatted) {
            out.append(text.replace("\r\n", "\n").replace('\r', '\n'));
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (LineClassifier.isSpace(c)) {
                char last = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
                if (last != ' ' && last != '\n') out.append(' ');
            } else {
                out.append(c);
            }
        }
    }

    private static void endLine(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
    }
}
