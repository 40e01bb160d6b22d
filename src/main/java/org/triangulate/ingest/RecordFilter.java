package org.triangulate.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which records of a collection to read: the records of a WARC file, the lines of a JSONL file, the items of a
 * feed. Files and URLs the user names are always read.
 *
 * @param hosts keep records whose URL's host is one of these or a subdomain of one ({@code example.org} keeps
 *     {@code www.example.org}); empty keeps every host
 * @param from keep records dated on or after this day (a WARC record's capture date, a line's or item's publication
 *     date); null for no lower bound. A record without a date is kept
 * @param to keep records dated on or before this day; null for no upper bound
 * @param languages keep records in one of these languages (primary subtags: {@code en}, {@code fr}); empty keeps
 *     every language. A record whose language is not declared is kept
 */
public record RecordFilter(Set<String> hosts, LocalDate from, LocalDate to, Set<String> languages) {
    /** Keeps everything. */
    public static final RecordFilter NONE = new RecordFilter(Set.of(), null, null, Set.of());

    public RecordFilter {
        if (hosts == null) throw new IllegalArgumentException("hosts must not be null");
        if (languages == null) throw new IllegalArgumentException("languages must not be null");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
        }
        hosts = hosts.stream().map(h -> stripDot(h.strip().toLowerCase(Locale.ROOT))).collect(Collectors.toUnmodifiableSet());
        languages = languages.stream().map(RecordFilter::primaryLanguage).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a record with this URL (null when unknown) is kept. */
    public boolean keepsUrl(String url) {
        if (hosts.isEmpty()) return true;
        String host = hostOf(url);
        if (host == null) return false;
        for (String h : hosts) {
            if (host.equals(h) || host.endsWith("." + h)) return true;
        }
        return false;
    }

    /** Whether a record of this date (null when unknown) is kept. */
    public boolean keepsDate(LocalDate date) {
        if (date == null) return true;
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Whether a record in this language (a tag such as {@code en-GB}; null when undeclared) is kept. */
    public boolean keepsLanguage(String language) {
        if (languages.isEmpty() || language == null || language.isBlank()) return true;
        return languages.contains(primaryLanguage(language));
    }

    /** Whether a language filter is set, so that a record's language is worth finding out. */
    boolean filtersLanguage() {
        return !languages.isEmpty();
    }

    /** {@code en} for {@code en-GB}, {@code EN_us} or the three-letter {@code eng}. */
    static String primaryLanguage(String tag) {
        String s = tag.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < s.length() && Character.isLetter(s.charAt(cut))) cut++;
        s = s.substring(0, cut);
        return s.length() == 3 ? Languages.twoLetter(s) : s;
    }

    /** The URL's host, lower-cased; null when it has none or is not a URL. */
    static String hostOf(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : stripDot(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String stripDot(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** Three-letter ISO 639 codes (as in Common Crawl's WARC-Identified-Content-Language) to two-letter ones. */
    private static final class Languages {
        private static final java.util.Map<String, String> BY_ISO3 = byIso3();

        static String twoLetter(String iso3) {
            return BY_ISO3.getOrDefault(iso3, iso3);
        }

        private static java.util.Map<String, String> byIso3() {
            java.util.Map<String, String> map = new java.util.HashMap<>();
            for (String two : Locale.getISOLanguages()) {
                try {
                    map.putIfAbsent(Locale.forLanguageTag(two).getISO3Language(), two);
                } catch (java.util.MissingResourceException e) {
                    // A language without a three-letter code cannot be named by one.
                }
            }
            return java.util.Map.copyOf(map);
        }
    }
}
