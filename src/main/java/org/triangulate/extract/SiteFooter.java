package org.triangulate.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's own name where the page prints it: a line that is only a host name ("examplenews.com"), the line
 * naming the site just above it ("Example News", whose letters match the host's), and the holder in a copyright
 * line ("© 2025 Example News. All rights reserved."). These name the outlet, and are furniture.
 */
final class SiteFooter {

    /** Generic top-level domains a news site's host ends in; any two-letter country code is accepted too. */
    private static final Set<String> GENERIC_TLDS = Set.of(
            "com", "net", "org", "info", "biz", "news", "media", "press", "online", "today", "world", "live", "site",
            "xyz", "gov", "edu", "int", "mil", "blog", "global", "asia", "app", "dev", "tech", "ai", "example");
    private static final Pattern HOST = Pattern.compile(
            "^(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.){1,8}([a-z]{2,12}))/?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*"
                    + "(.+?)(?:\\s*[.,;|]|\\s+all rights reserved|$).*",
            Pattern.CASE_INSENSITIVE);
    /** Labels under a country code that say nothing of the site ("example.co.uk", "example.com.au"). */
    private static final Set<String> SECOND_LEVEL = Set.of("com", "net", "org", "co", "gov", "edu", "ac", "or", "ne");
    /** Sub-domain labels that name no site ("news.example.com", "en.example.org"). */
    private static final Set<String> GENERIC_LABELS = Set.of(
            "www", "news", "en", "m", "mobile", "amp", "edition", "online", "blog", "web", "home", "latest");
    /** How many lines above a host line the site's name may stand (a copyright line can come between). */
    private static final int NAME_REACH = 3;
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_HOST_LINE = 300;

    private SiteFooter() {
    }

    /** The host a line consists of, lower case; null when the line is anything else. */
    static String hostOf(String line) {
        if (line.length() > MAX_HOST_LINE) return null;
        Matcher m = HOST.matcher(LineClassifier.collapse(line));
        if (!m.matches()) return null;
        String tld = m.group(2).toLowerCase(Locale.ROOT);
        return tld.length() == 2 || GENERIC_TLDS.contains(tld) ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Marks host lines, and the site-name line above each, as {@link Furniture#FOOTER} in {@code reason}.
     *
     * @return the outlet the footer names, or null when the page names none
     */
    static String mark(List<String> shown, String[] reason) {
        String outlet = null;
        String host = null;
        for (int i = 0; i < shown.size(); i++) {
            String h = hostOf(shown.get(i));
            if (h == null) continue;
            reason[i] = Furniture.FOOTER;
            host = h;
            for (int j = i - 1; j >= Math.max(0, i - NAME_REACH); j--) {
                String line = shown.get(j);
                if (isSiteName(line, h)) {
                    reason[j] = Furniture.FOOTER;
                    outlet = line;
                    break;
                }
                if (!Furniture.FOOTER.equals(reason[j])) break;
            }
        }
        if (outlet != null) return outlet;
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (!Furniture.FOOTER.equals(reason[i])) continue;
            String holder = copyrightHolder(shown.get(i));
            if (holder != null) return holder;
        }
        return host;
    }

    /** "Example News" above "www.examplenews.com", "Daily Example" above "example.co.uk". */
    static boolean isSiteName(String line, String host) {
        if (LineClassifier.isSentence(line) || LineClassifier.wordCount(line) > MAX_NAME_WORDS) return false;
        String name = LineClassifier.letters(line);
        if (name.startsWith("the") && name.length() > 6) name = name.substring(3);
        if (name.length() < 3) return false;
        String[] labels = host.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            String label = labels[i].replace("-", "");
            if (label.length() < 3 || SECOND_LEVEL.contains(label) || GENERIC_LABELS.contains(label)) continue;
            if (name.contains(label) || label.contains(name)) return true;
        }
        return false;
    }

    /** "Example News" from "© 2025 Example News. All rights reserved."; null when there is no short name. */
    static String copyrightHolder(String line) {
        Matcher m = COPYRIGHT_HOLDER.matcher(LineClassifier.collapse(line));
        if (!m.matches()) return null;
        String holder = m.group(1).strip();
        int words = LineClassifier.wordCount(holder);
        if (words == 0 || words > MAX_NAME_WORDS || !LineClassifier.startsCapitalized(holder)
                || Character.isDigit(holder.charAt(0)) || holder.toLowerCase(Locale.ROOT).startsWith("all rights")) {
            return null;
        }
        return holder;
    }
}
