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
import org.jsoup.parser.Parser;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceMap;
import org.triangulate.model.Span;

/**
 * Renders an HTML page to the text a reader sees, one block a line, without the page's chrome: scripts and styles,
 * {@code nav}, {@code aside}, {@code footer}, the site {@code header}, forms, and elements whose role, class or id
 * names navigation, share bars, related lists, cookie banners, adverts and the like. What is left is still read by
 * the plain-text rules; this is not a main-content extractor.
 */
final class HtmlText {

    /**
     * The rendered text, what the page's markup says about it, the spans of the text outside the article, and where
     * the text's characters come from in the markup.
     */
    record Page(String text, Metadata metadata, List<Span> outside, SourceMap sourceMap) {
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
    private static final Set<String> ARTICLE_TAGS = Set.of("article", "main");
    private static final int PROSE_PARAGRAPH = 80;

    private HtmlText() {
    }

    /** Renders {@code html}; never throws for malformed markup. */
    static Page read(String html, String source) {
        Document page = Jsoup.parse(html, source.startsWith("http") ? source : "",
                Parser.htmlParser().setTrackPosition(true));
        Metadata metadata = PageMetadata.of(page, source);
        Element body = page.body();
        body.select(ALWAYS_DROPPED).remove();
        dropChrome(body);
        MainContent.Choice choice = MainContent.choose(body, headline(body, metadata.title()));
        Rendering.Result rendered = Rendering.render(body, html, choice.decisions());
        return new Page(rendered.text(), metadata, rendered.outside(), rendered.sourceMap());
    }

    /**
     * The page's headline: of its first few {@code h1}s the first that reads as the title, else the first; or null.
     * Only a few are read, so that nested hostile headings stay linear.
     */
    private static Element headline(Element body, String title) {
        List<Element> h1s = body.getElementsByTag("h1");
        String key = title == null ? null : LineClassifier.normalize(title);
        for (int i = 0; key != null && i < Math.min(h1s.size(), 5); i++) {
            if (LineClassifier.normalize(h1s.get(i).text()).equals(key)) return h1s.get(i);
        }
        return h1s.isEmpty() ? null : h1s.get(0);
    }

    /** Whether {@code e} starts and ends a line of the rendered text. */
    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
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
                    || (isChrome(e, extent, inside) || isStyledHidden(e)) && !holdsArticle(extent, page)) {
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

    /** An inline style that hides the element: a copy of the metadata for machines, a closed menu. */
    private static boolean isStyledHidden(Element e) {
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /** Readers' comments: often more prose than the article, so no share of prose may save them. */
    private static boolean isComments(Element e, Extent extent) {
        return !CONTAINERS.contains(e.normalName()) && hasWord(e, COMMENT_WORDS) && !extent.headline()
                && !extent.main();
    }

    /**
     * Whether a word of {@code e}'s class or id, lower-cased and split at every character but ASCII letters and
     * digits, is one of {@code words}. Called for every element, so it splits by hand.
     */
    static boolean hasWord(Element e, Set<String> words) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) return false;
        return hasWord(e.className(), words) || hasWord(e.id(), words);
    }

    private static boolean hasWord(String names, Set<String> words) {
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                if (words.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) return true;
                start = -1;
            }
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
}
