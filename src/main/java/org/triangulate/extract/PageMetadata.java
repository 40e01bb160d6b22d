package org.triangulate.extract;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.triangulate.model.Metadata;

/**
 * What an HTML page's markup says about it, each field with where it came from ({@link Metadata#sources()}):
 * <ul>
 *   <li>title: {@code og:title}, {@code twitter:title}, JSON-LD {@code headline}, {@code <title>} (without a
 *   trailing " | Outlet"), the first {@code h1};</li>
 *   <li>outlet: {@code og:site_name}, the JSON-LD publisher's name, {@code application-name} (the host, last of
 *   all, is the caller's: see {@link #host});</li>
 *   <li>authors: JSON-LD {@code author}, {@code meta name=author} and its kin (not URLs or handles), microdata
 *   {@code itemprop=author}, {@code rel=author} links, a byline ("By Jane Roe and Lev Aston");</li>
 *   <li>published and modified dates: meta tags ({@code article:published_time}, {@code datePublished},
 *   {@code pubdate}, {@code dc.date}...), JSON-LD, microdata, the first {@code <time datetime>} (a malformed one is
 *   no date, and the next is not tried), the URL path ({@code /2025/03/14/}), a visible dateline in an element
 *   classed date, time, byline or published;</li>
 *   <li>URL ({@code og:url}, the canonical link, the page's own address), canonical URL, language
 *   ({@code <html lang>}, {@code content-language}, {@code og:locale}, JSON-LD {@code inLanguage}).</li>
 * </ul>
 * One traversal of the document collects what these need. Malformed JSON-LD is skipped; dates keep the day the
 * page writes, in its own time zone.
 */
final class PageMetadata {

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    /** A date in a URL path: /2025/03/14/, /2025-03-14/, /20250314/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})([/_-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?![0-9])");
    /** A title's trailing " | Site Name" or " - Site Name". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]+$");
    private static final Pattern BY = Pattern.compile("^(?:written\\s+|posted\\s+|reported\\s+)?by\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b|\\|)\\s*");
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:article:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publication_date", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dcterms.modified", "last-modified", "article.updated");
    private static final List<String> AUTHOR_META = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "dc.creator", "byl");
    private static final Set<String> DATELINE_WORDS = Set.of("date", "dateline", "time", "timestamp", "published",
            "posted", "pubdate", "byline", "meta");
    private static final Set<String> BYLINE_WORDS = Set.of("byline", "author", "authors", "writer");
    private static final int MAX_AUTHORS = 10;

    private PageMetadata() {
    }

    /** What the page says; {@code address} is where it was read from, used only when it is a URL. */
    static Metadata of(Document page, String address) {
        Collected c = new Collected();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) c.visit(e);
        }, page);
        LinkedData ld = LinkedData.of(c.ldScripts);
        Map<String, String> sources = new HashMap<>();

        String outlet = pick(sources, "outlet", "meta:og:site_name", c.meta("og:site_name"),
                "json-ld", ld.text("publisher", "name"), "meta:application-name", c.meta("application-name"));
        String title = pick(sources, "title", "meta:og:title", c.meta("og:title"), "meta:twitter:title",
                c.meta("twitter:title"), "json-ld", ld.text("headline"), "title", documentTitle(page, outlet),
                "h1", c.h1);
        String canonical = pick(sources, "canonicalUrl", "link:canonical", c.canonical);
        String url = pick(sources, "url", "meta:og:url", c.meta("og:url"), "link:canonical", c.canonical,
                "address", address != null && address.startsWith("http") ? address : null);
        String lang = pick(sources, "language", "html:lang", c.lang, "meta:content-language",
                c.meta("content-language"), "meta:og:locale", c.meta("og:locale"), "json-ld", ld.text("inLanguage"));
        String language = lang == null ? null : lang.split("[-_]")[0].toLowerCase(Locale.ROOT);

        LocalDate published = published(c, ld, url, sources);
        LocalDate modified = firstDate(sources, "modified", c, MODIFIED_META, "json-ld", ld.text("dateModified"),
                "microdata", c.itemprop.get("datemodified"));
        List<String> authors = authors(c, ld, sources);
        return new Metadata(published, outlet, url, title, language, authors, modified, canonical, sources);
    }

    /** The host of {@code url} without "www.", for an outlet nothing else names; null if there is none. */
    static String host(String url) {
        if (url == null || !url.startsWith("http")) return null;
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null; // not a URL after all
        }
    }

    private static LocalDate published(Collected c, LinkedData ld, String url, Map<String, String> sources) {
        LocalDate date = firstDate(sources, "published", c, PUBLISHED_META, "json-ld", ld.text("datePublished"),
                "microdata", c.itemprop.get("datepublished"), "time", c.firstTime);
        if (date != null) return date;
        if (url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                date = date(m.group(1) + "-" + m.group(3) + "-" + m.group(4));
                if (date != null) {
                    sources.put("published", "url");
                    return date;
                }
            }
        }
        for (String line : c.datelines) {
            Optional<LocalDate> d = DateLine.firstDate(line);
            if (d.isPresent()) {
                sources.put("published", "dateline");
                return d.get();
            }
        }
        return null;
    }

    /** The first date among the meta tags named, then the (source, value) pairs that follow. */
    private static LocalDate firstDate(Map<String, String> sources, String field, Collected c, List<String> metaNames,
                                       String... pairs) {
        for (String name : metaNames) {
            String value = c.meta(name);
            if (value != null && date(value) != null) {
                sources.put(field, "meta:" + name);
                return date(value);
            }
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) continue;
            LocalDate d = date(pairs[i + 1]);
            // The first <time> decides: a malformed one is no date, and the next is not tried.
            if (d != null || pairs[i].equals("time")) {
                if (d != null) sources.put(field, pairs[i]);
                return d;
            }
        }
        return null;
    }

    private static List<String> authors(Collected c, LinkedData ld, Map<String, String> sources) {
        List<String> names = ld.authors();
        String source = "json-ld";
        for (int i = 0; names.isEmpty() && i < AUTHOR_META.size(); i++) {
            String value = c.meta(AUTHOR_META.get(i));
            if (value != null && !value.contains("://") && !value.startsWith("@")) {
                names = split(value);
                source = "meta:" + AUTHOR_META.get(i);
            }
        }
        if (names.isEmpty() && !c.itempropAuthors.isEmpty()) {
            names = c.itempropAuthors;
            source = "microdata";
        }
        if (names.isEmpty() && !c.relAuthors.isEmpty()) {
            names = c.relAuthors;
            source = "rel=author";
        }
        for (int i = 0; names.isEmpty() && i < c.bylines.size(); i++) {
            names = split(BY.matcher(c.bylines.get(i)).replaceFirst(""));
            source = "byline";
        }
        names = names.stream().map(String::strip).filter(PageMetadata::isName).distinct().limit(MAX_AUTHORS).toList();
        if (!names.isEmpty()) sources.put("authors", source);
        return names;
    }

    private static List<String> split(String names) {
        return List.of(NAME_SEPARATOR.split(BY.matcher(names.strip()).replaceFirst("")));
    }

    /** A person's or desk's name: one to six words, no digits, no URL. */
    private static boolean isName(String s) {
        if (s.isEmpty() || s.contains("://") || s.chars().anyMatch(Character::isDigit)) return false;
        int words = s.split("\\s+").length;
        return words <= 6 && Character.isLetter(s.charAt(0));
    }

    /** Sets {@code field}'s source to the first of the (source, value) pairs with a value, and returns it. */
    private static String pick(Map<String, String> sources, String field, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                sources.put(field, pairs[i]);
                return pairs[i + 1].strip();
            }
        }
        return null;
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

    /** The calendar date a value starts with (ISO), or that it writes out ("March 14, 2025"); null if none. */
    static LocalDate date(String value) {
        if (value == null) return null;
        Matcher m = ISO_DATE.matcher(value);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null; // a malformed date is no date
            }
        }
        return value.length() > 200 ? null : DateLine.firstDate(value).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** What one traversal of the page gathers. */
    private static final class Collected {
        final Map<String, String> metas = new HashMap<>();
        final Map<String, String> itemprop = new HashMap<>();
        final List<String> ldScripts = new ArrayList<>();
        final List<String> itempropAuthors = new ArrayList<>();
        final List<String> relAuthors = new ArrayList<>();
        final List<String> bylines = new ArrayList<>();
        final List<String> datelines = new ArrayList<>();
        String canonical;
        String firstTime;
        String h1;
        String lang;
        /** Lookups that read a subtree's text, capped so that nested hostile markup stays linear. */
        int budget = 30;

        String meta(String name) {
            return metas.get(name);
        }

        void visit(Element e) {
            switch (e.normalName()) {
                case "html" -> lang = lang == null ? blankToNull(e.attr("lang")) : lang;
                case "meta" -> meta(e);
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) ldScripts.add(e.data());
                }
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                        canonical = blankToNull(e.attr("href"));
                    }
                }
                case "time" -> {
                    if (firstTime == null && e.hasAttr("datetime")) firstTime = blankToNull(e.attr("datetime"));
                }
                case "h1" -> h1 = h1 == null ? blankToNull(e.text()) : h1;
                case "a" -> {
                    if (e.attr("rel").equalsIgnoreCase("author") && relAuthors.size() < MAX_AUTHORS) {
                        String name = blankToNull(e.text());
                        if (name != null) relAuthors.add(name);
                    }
                }
                default -> {
                }
            }
            if (e.hasAttr("itemprop") && !e.normalName().equals("meta")) itemprop(e);
            if (e.hasAttr("class") || e.hasAttr("id")) classed(e);
        }

        private void meta(Element e) {
            String content = blankToNull(e.attr("content"));
            if (content == null) return;
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String name = e.attr(key).toLowerCase(Locale.ROOT).strip();
                if (!name.isEmpty()) metas.putIfAbsent(name, content);
            }
        }

        private void itemprop(Element e) {
            String prop = e.attr("itemprop").toLowerCase(Locale.ROOT);
            if ((prop.equals("datepublished") || prop.equals("datemodified")) && !itemprop.containsKey(prop)
                    && budget-- > 0) {
                String value = e.hasAttr("content") ? e.attr("content")
                        : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
                itemprop.putIfAbsent(prop, value);
            } else if (prop.equals("author") && itempropAuthors.size() < MAX_AUTHORS && budget-- > 0) {
                Element name = e.selectFirst("[itemprop=name]");
                String text = blankToNull(name != null ? name.hasAttr("content") ? name.attr("content") : name.text()
                        : e.text());
                if (text != null && text.length() < 100) itempropAuthors.add(text);
            }
        }

        /** A short element classed as a byline or a date: its text, for authors and a visible dateline. */
        private void classed(Element e) {
            boolean byline = HtmlText.hasWord(e, BYLINE_WORDS);
            boolean dateline = HtmlText.hasWord(e, DATELINE_WORDS);
            // A wrapper classed "post-meta" may hold the whole story: only small elements are read.
            if (!byline && !dateline || e.childNodeSize() > 8 || budget-- <= 0) return;
            String text = blankToNull(e.text());
            if (text == null || text.length() > 120) return;
            if (byline && BY.matcher(text).find()) bylines.add(text);
            if (dateline || byline) datelines.add(text);
        }
    }
}
