package org.triangulate.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Span;

/**
 * The lexicon of page furniture: words and patterns any news site's page chrome matches, each with the reason a
 * removal reports. A paragraph is judged alone here; rules that need the rest of the page (repeats, captions with
 * credits, the trailing run of headlines, site footers) live in {@link PageLayout}, {@link Captions} and
 * {@link SiteFooter}.
 */
final class Furniture {

    static final String NAVIGATION = "navigation";
    static final String SECTION_LABEL = "section label";
    static final String RELATED = "related headlines";
    static final String SHARE = "share bar";
    static final String ADVERTISEMENT = "advertisement";
    static final String COOKIES = "cookie banner";
    static final String NEWSLETTER = "newsletter prompt";
    static final String PHOTO_CREDIT = "photo credit";
    static final String PHOTO_CAPTION = "photo caption";
    static final String REPEATED = "repeated headline";
    static final String REPEATED_PARAGRAPH = "repeated paragraph";
    static final String FOOTER = "site footer";
    static final String SITE_NAME = "site name";
    static final String UPDATE = "update note";
    static final String BYLINE = "byline";
    static final String DATE = "publication date";
    static final String MARKUP = "markdown markup";

    /** Headings that introduce a list of links to other stories. */
    private static final Set<String> LIST_INTROS = Set.of(
            "related", "related stories", "related articles", "related news", "related content", "related coverage",
            "related posts", "related topics", "related links", "read also", "also read", "see also", "more stories",
            "more news", "more articles", "more on this story", "more on this topic", "more from this section",
            "latest", "latest news", "latest stories", "latest articles", "latest headlines", "most read",
            "most popular", "most viewed", "most shared", "trending", "trending now", "trending stories",
            "top stories", "recommended", "recommended for you", "recommended stories", "you may also like",
            "you might also like", "you may be interested in", "don't miss", "editor's picks", "editors' picks",
            "popular", "popular now", "what to read next", "up next", "more to explore", "further reading",
            "read next", "more like this", "related reading", "in other news", "more headlines");

    /** Whole-paragraph phrases and their reasons, compared after {@link #key(String)}. */
    private static final Map<String, String> PHRASES = phraseTable();

    private static Map<String, String> phraseTable() {
        Map<String, String> table = new HashMap<>();
        LIST_INTROS.forEach(p -> table.put(p, RELATED));
        phrases(table, NAVIGATION, "skip to content", "skip to main content", "skip to navigation",
                "skip to main navigation", "skip to footer", "jump to content", "jump to main content", "menu",
                "main menu", "open menu", "close menu", "toggle navigation", "toggle menu", "navigation", "search",
                "open search", "close", "sign in", "log in", "login", "log out", "sign out", "register", "my account",
                "subscribe", "subscribe now", "home", "back to top", "back to home", "go to top", "scroll to top",
                "next article", "previous article", "next story", "previous story", "sections", "all sections",
                "you are here");
        phrases(table, RELATED, "read more", "more", "no stories found", "no articles found", "no results found",
                "no related stories", "load more", "show more", "view all", "see all", "see more", "view more");
        phrases(table, SHARE, "share", "share this", "share this article", "share this story", "share this page",
                "share article", "share story", "share on facebook", "share on twitter", "share on x",
                "share on whatsapp", "share on linkedin", "share via email", "share by email", "copy link",
                "copy the link", "link copied", "tweet", "print", "print this article", "email", "e-mail", "comments",
                "comment", "leave a comment", "view comments", "show comments", "follow us", "listen to this article");
        phrases(table, ADVERTISEMENT, "advertisement", "advertisements", "advertising", "advert", "ad", "ads",
                "sponsored", "sponsored content", "paid content", "paid post", "promoted", "promoted content",
                "partner content", "story continues below advertisement", "article continues below advertisement",
                "article continues below", "story continues below", "continue reading below",
                "scroll to continue with content", "content continues below", "skip advert", "skip ad",
                "report this ad");
        phrases(table, COOKIES, "accept", "accept all", "accept cookies", "accept all cookies", "reject all",
                "manage cookies", "cookie settings", "cookie preferences", "cookie policy");
        phrases(table, NEWSLETTER, "newsletter", "newsletters", "sign up", "sign up now", "sign up for our newsletter",
                "subscribe to our newsletter", "sign up to our newsletter", "get our newsletter", "get the newsletter",
                "join our newsletter");
        phrases(table, FOOTER, "privacy", "privacy policy", "privacy notice", "terms", "terms of use",
                "terms of service", "terms and conditions", "contact", "contact us", "about", "about us", "imprint",
                "impressum", "accessibility", "sitemap", "site map", "careers", "advertise", "advertise with us",
                "all rights reserved", "rss", "feedback", "help", "faq");
        return Map.copyOf(table);
    }

    /** Words of a share bar ("Facebook Twitter WhatsApp Email", "Share on X | Copy link"). */
    private static final Set<String> SHARE_WORDS = Set.of(
            "share", "facebook", "twitter", "x", "whatsapp", "email", "e-mail", "mail", "linkedin", "reddit",
            "telegram", "pinterest", "print", "copy", "link", "tweet", "messenger", "flipboard", "sms", "viber", "vk",
            "threads", "bluesky", "tumblr", "mastodon", "pocket", "on", "this", "article", "story", "via", "url");
    private static final Set<String> SHARE_NOISE = Set.of("on", "this", "article", "story", "via", "url", "link");

    /** Section names of a navigation menu written as one line of words ("Home News World Politics"). */
    private static final Set<String> SECTION_WORDS = Set.of(
            "home", "news", "world", "politics", "business", "economy", "markets", "money", "finance", "tech",
            "technology", "science", "health", "sport", "sports", "football", "opinion", "opinions", "comment",
            "culture", "arts", "entertainment", "lifestyle", "life", "style", "travel", "food", "video", "videos",
            "photos", "podcasts", "podcast", "newsletters", "weather", "local", "national", "international",
            "europe", "asia", "africa", "americas", "latest", "live", "more", "menu", "search", "subscribe",
            "environment", "climate", "education", "media", "books", "music", "film", "tv", "fashion", "games",
            "puzzles", "crossword", "obituaries", "property", "jobs", "events", "analysis", "features", "magazine",
            "&", "and");

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·›»>/]\\s*|\\t+|\\s{2,}");
    private static final Pattern INTRO_WITH_HEADLINE = Pattern.compile(
            "^(?:read (?:also|more|next)|also read|see also|related(?: stories| story| articles?| coverage)?|"
                    + "more on this(?: story)?|watch|listen|recommended)\\s*[:|»›>–—-]\\s*(.+)$", I);
    /** An audio player's label: "Listen to this story · 5 min", "Listen · 4:30". */
    private static final Pattern LISTEN = Pattern.compile(
            "^listen(?: to (?:this|the) (?:story|article|episode|report))?(?:\\s*[·•|–—-]\\s*\\d+(?::\\d\\d)?"
                    + "\\s*(?:min|mins|minutes?)?)?$", I);
    /** "More from Tradewind", "More in Business": a heading over links to the site's other stories. */
    private static final Pattern MORE_FROM = Pattern.compile("^more (?:from|in|on|by) [\\p{L}\\d '’&.-]{1,40}$", I);
    /** "Our Standards: The Trust Principles.", "Arcline editorial standards: how we report": a link to a policy. */
    private static final Pattern STANDARDS = Pattern.compile(
            "^(?:(?:read )?our |[\\p{L}'’&.-]+ )?(?:editorial )?(?:standards|principles|ethics)\\s*[:|–—-].*", I);
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            "^(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\\b.*|^by (?:continuing|using) (?:to use )?"
                    + "(?:this|our) (?:web)?site\\b.*", I);
    private static final Pattern NEWSLETTER_PROMPT = Pattern.compile(
            "^(?:sign up|subscribe|register|get)\\b.{0,60}\\b(?:newsletter|alerts|inbox)\\b.*", I);
    private static final Pattern FOLLOW_US = Pattern.compile("^follow (?:us|@\\S+) on\\b.*", I);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:©|\\(c\\)|copyright\\b).*|.*\\ball rights reserved\\b.*", I);
    private static final Pattern CREDITS = Pattern.compile(
            "^\\(?\\s*(?:additional )?(?:reporting|writing|editing|edited|compiled|translated)(?: and \\w+)?"
                    + " by\\b.*", I);
    private static final Pattern UPDATE_LINE = Pattern.compile(
            "^[(\\[]?(?:last )?(?:updated?|edited|corrected)\\b(?: on| at)?\\s*[:–—-]?\\s*.*"
                    + "(?:\\d|\\bago\\b).*", I);
    /** "(Updated on 26 April 10:50 a.m.)", "[Updated: 3 hours ago]": a paragraph's first or last words. */
    private static final Pattern UPDATE_NOTE = Pattern.compile(
            "(?:^|(?<=\\s))[(\\[](?:last )?(?:updated?|edited|corrected)\\b[^()\\[\\]\\n]{0,80}?(?:\\d|\\bago\\b)"
                    + "[^()\\[\\]\\n]{0,40}[)\\]](?=[ \\t]*\\r?$)"
                    + "|^[ \\t]*[(\\[](?:last )?(?:updated?|edited|corrected)\\b[^()\\[\\]\\n]{0,80}?(?:\\d|\\bago\\b)"
                    + "[^()\\[\\]\\n]{0,40}[)\\]]", I | Pattern.MULTILINE);

    private static final Pattern PHOTO_LABEL = Pattern.compile(
            "^(?:file )?(?:photo|photograph|photos|picture|pic|image|images|video|illustration|graphic|"
                    + "(?:cover|main|top|header|lead|featured) image)(?:\\s+credits?)?\\s*[:/|].*"
                    + "|^(?:image |photo |picture )?(?:credits?|source)\\s*:.*", I);
    /** "Photo by ...", "Courtesy of ...": only short lines, since a sentence may start "Images by satellite ...". */
    private static final Pattern PHOTO_BY = Pattern.compile(
            "^(?:file )?(?:photo|photograph|photos|picture|pictures|image|images|video)(?:\\s+credits?)?\\s+"
                    + "(?:by|courtesy|source)\\b.*|^courtesy(?: of)?\\b.*", I);
    private static final Pattern CREDIT_SUFFIX = Pattern.compile(
            "(?:^|[\\s.])(?:photo|photograph|picture|image|credit|photo credit|image credit|chart|graphic|map|"
                    + "illustration|infographic)s?\\s*:"
                    + "\\s*[^.!?]{1,80}$", I);
    /** Photo agencies: a caption ending "... / Getty Images", "(AFP)", "Photo: Reuters/File". */
    private static final Pattern AGENCY_SUFFIX = Pattern.compile(
            "(?:^|[(/|©:]|\\bvia\\b)\\s*(?:Getty Images|Getty|AFP|Reuters|AP Photo|AP|Associated Press|EPA-EFE|EPA|"
                    + "EFE|Shutterstock|Alamy|PA Images|PA Wire|PA|Xinhua|Anadolu Agency|Anadolu|Bloomberg|NurPhoto|"
                    + "SOPA Images|Sipa USA|Sipa|Yonhap|TASS|Sputnik|Kyodo|ANSA|dpa|iStock|Unsplash|"
                    + "Wikimedia Commons|Flickr)(?:\\s*(?:/|via)\\s*[\\p{L} .'’-]{1,40})?\\)?$");
    /** A caption's closing credit: "... / Jane Roe", or "... on Monday. Agency/Jane Roe" after its last sentence. */
    private static final Pattern SLASH_CREDIT = Pattern.compile(
            "(?:\\s/\\s*|(?<=[.!?]\\s)\\p{Lu}[\\p{L}'’.-]*/)"
                    + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4}$");

    private Furniture() {
    }

    private static void phrases(Map<String, String> table, String reason, String... phrases) {
        for (String p : phrases) table.put(p, reason);
    }

    /** The lexicon key of a line: normalized, without leading bullets or trailing arrows and colons. */
    static String key(String line) {
        String k = LineClassifier.normalize(line);
        int start = 0;
        while (start < k.length() && (LEADING_MARKS.indexOf(k.charAt(start)) >= 0 || isRegexSpace(k.charAt(start)))) {
            start++;
        }
        int end = k.length();
        while (end > start && (TRAILING_MARKS.indexOf(k.charAt(end - 1)) >= 0 || isRegexSpace(k.charAt(end - 1)))) {
            end--;
        }
        return k.substring(start, end);
    }

    private static final String LEADING_MARKS = "-–—•·*>»›|";
    private static final String TRAILING_MARKS = ":.!»›>→…|–—-";

    /** What {@code \\s} matches in a Java regex without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Why this paragraph, on its own, is page furniture; empty when it may be article text. */
    static Optional<String> reasonFor(String paragraph) {
        String line = LineClassifier.collapse(paragraph);
        if (line.isEmpty()) return Optional.empty();
        if (isShareBar(line)) return Optional.of(SHARE);
        // Menus are told by their separators, which collapsing would lose ("News   World   Sport").
        if (isMenu(paragraph.strip())) return Optional.of(NAVIGATION);
        String phrase = PHRASES.get(key(line));
        if (phrase != null) return Optional.of(phrase);
        int words = LineClassifier.wordCount(line);
        if (words > 60) return Optional.empty();
        boolean sentence = LineClassifier.isSentence(line);
        Matcher intro = INTRO_WITH_HEADLINE.matcher(line);
        if (intro.matches() && !LineClassifier.isSentence(intro.group(1))) return Optional.of(RELATED);
        if (words <= 8 && LISTEN.matcher(line).matches()) return Optional.of(SHARE);
        if (words <= 7 && MORE_FROM.matcher(key(line)).matches()) return Optional.of(RELATED);
        if (COOKIE_NOTICE.matcher(line).matches()) return Optional.of(COOKIES);
        if (words <= 20 && NEWSLETTER_PROMPT.matcher(line).matches()) return Optional.of(NEWSLETTER);
        if (words <= 12 && FOLLOW_US.matcher(line).matches()) return Optional.of(SHARE);
        if (words <= 30 && COPYRIGHT.matcher(line).matches()) return Optional.of(FOOTER);
        if (words <= 12 && STANDARDS.matcher(line).matches()) return Optional.of(FOOTER);
        if (words <= 25 && CREDITS.matcher(line).matches()) return Optional.of(BYLINE);
        if (words <= 15 && !sentence && UPDATE_LINE.matcher(line).matches()) return Optional.of(UPDATE);
        if (words <= 40 && PHOTO_LABEL.matcher(line).matches()) return Optional.of(PHOTO_CREDIT);
        if ((words <= 8 || !sentence && words <= 20) && PHOTO_BY.matcher(line).matches()) {
            return Optional.of(PHOTO_CREDIT);
        }
        if (words <= 40 && (endsWithCredit(line, CREDIT_SUFFIX) || endsWithCredit(line, AGENCY_SUFFIX)
                && inlineAgencyCredit(line) < 0)) {
            return Optional.of(PHOTO_CREDIT);
        }
        if (!sentence && words <= 30 && SLASH_CREDIT.matcher(line).find()) return Optional.of(PHOTO_CREDIT);
        if (LineClassifier.isByline(line)) return Optional.of(BYLINE);
        if (DateLine.isDateLine(line)) return Optional.of(DATE);
        return Optional.empty();
    }

    /** A caption ending in a credit; a long paragraph ending in "(Reuters)" is a wire story's text, kept. */
    private static boolean endsWithCredit(String line, Pattern credit) {
        Matcher m = credit.matcher(line);
        return m.find() && LineClassifier.wordCount(line.substring(0, m.start())) <= 25;
    }

    /**
     * Where a bare agency credit starts, spaces before it included, when it closes a paragraph of article text
     * ("... officials said. (AFP)"): the sentence stays and only the credit goes. -1 when there is none.
     */
    static int inlineAgencyCredit(String paragraph) {
        Matcher m = AGENCY_SUFFIX.matcher(paragraph);
        if (!m.find() || paragraph.charAt(m.start()) != '(') return -1;
        if (!LineClassifier.isRealParagraph(paragraph.substring(0, m.start()))) return -1;
        int start = m.start();
        while (start > 0 && LineClassifier.isSpace(paragraph.charAt(start - 1))) start--;
        return start;
    }

    /** A heading that introduces a list of links to other stories ("Related Stories", "Most read"). */
    static boolean isListIntro(String paragraph) {
        String key = key(paragraph);
        return LIST_INTROS.contains(key) || MORE_FROM.matcher(key).matches();
    }

    /** Items of a navigation line ("Home | World | Business"), lower case; empty when the line is not one. */
    static List<String> menuItems(String line) {
        String[] items = MENU_SEPARATOR.split(line.strip());
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty()) continue;
            if (LineClassifier.wordCount(t) > 4 || !LineClassifier.startsCapitalized(t)
                    || LineClassifier.isSentence(t)) {
                return List.of();
            }
            out.add(LineClassifier.normalize(t));
        }
        return out.size() >= 3 ? out : List.of();
    }

    private static boolean isMenu(String line) {
        if (!menuItems(line).isEmpty()) return true;
        String[] tokens = line.toLowerCase(Locale.ROOT).split("\\s+");
        if (tokens.length < 3) return false;
        for (String t : tokens) {
            if (!SECTION_WORDS.contains(t)) return false;
        }
        return true;
    }

    private static boolean isShareBar(String line) {
        String[] tokens = line.toLowerCase(Locale.ROOT).split("[\\s|•·/,:]+");
        int platforms = 0;
        for (String t : tokens) {
            if (t.isEmpty()) continue;
            if (!SHARE_WORDS.contains(t)) return false;
            if (!SHARE_NOISE.contains(t)) platforms++;
        }
        return platforms >= 2;
    }

    /** Inline update notes at the start or end of a line, as spans of {@code text}. */
    static List<Span> updateNotes(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = UPDATE_NOTE.matcher(text);
        while (m.find()) {
            int start = m.start();
            // Take the spaces before a note with it, so the paragraph does not end in a space.
            while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) start--;
            out.add(new Span(start, m.end()));
        }
        return out;
    }
}
