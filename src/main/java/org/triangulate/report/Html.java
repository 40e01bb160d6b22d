package org.triangulate.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one escaping function of the HTML pages, and the few checks on what may become a link. Every string that comes
 * from a report (article text, titles, names, outlets, URLs, ids) goes through {@link #esc} before it is written into
 * a page, in text and in double-quoted attributes alike.
 */
final class Html {
    private Html() {}

    /** {@code s} with {@code & < > " '} replaced by character references; null gives the empty string. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String ref = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (ref == null) {
                if (out != null) out.append(s.charAt(i));
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            out.append(ref);
        }
        return out == null ? s : out.toString();
    }

    /** Appends {@code s}, escaped, to {@code out}, without an intermediate string. */
    static void esc(StringBuilder out, CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /**
     * An id made safe for element ids, fragments, URL path segments and whitespace-separated attribute lists: letters,
     * digits, {@code -} and {@code _} kept, anything else replaced by {@code _}. Pipeline ids ({@code c12}, {@code e4},
     * {@code d3}) pass unchanged.
     */
    static String idPart(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '_');
        }
        return out.toString();
    }

    /** {@code url} when it is an absolute http(s) URL, else null: a {@code javascript:} link never becomes a link. */
    static String webUrl(String url) {
        if (url == null) return null;
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
