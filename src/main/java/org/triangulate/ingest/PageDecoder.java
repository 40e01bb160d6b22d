package org.triangulate.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.SourceDocument.Format;

/**
 * Makes a document of a body that came with a {@code Content-Type} (from a web server or a WARC record): HTML,
 * XHTML, plain text and Markdown are read, a feed is told apart so that its items can be followed, anything else
 * (images, PDFs, scripts, style sheets, JSON) is turned down with the reason. Without a media type, or with a generic
 * one ({@code application/octet-stream}), the bytes decide. The charset is found as {@link TextDecoder} does, with
 * the header's charset after a byte-order mark and before a {@code <meta>} tag.
 */
final class PageDecoder {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\\s;\"']+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_LANG = Pattern.compile("<html\\b[^>]*?\\slang\\s*=\\s*[\"']?([A-Za-z]{2,3})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FEED_ROOT = Pattern.compile(
            "^(?:\u00EF\u00BB\u00BF)?(?:\\s|<\\?xml[^>]*>|<!--.*?-->|<\\?xml-stylesheet[^>]*>)*<(rss|feed|rdf:RDF)\\b", Pattern.DOTALL);
    private static final Pattern MARKUP_START = Pattern.compile("^(?:\u00EF\u00BB\u00BF)?\\s*<");

    /** What a body turned out to be. */
    sealed interface Result permits Page, Feed, Rejected {
    }

    /** A document: its format and text, and a warning when its charset was not what it said. */
    record Page(Format format, String text, Optional<String> warning) implements Result {
    }

    /** An RSS or Atom feed, to be read for its items. */
    record Feed() implements Result {
    }

    /** Not a document; {@code reason} says why, for the user. */
    record Rejected(String reason) implements Result {
    }

    private PageDecoder() {
    }

    static Result decode(byte[] body, String contentType) {
        String type = mediaType(contentType);
        if (body.length == 0) return new Rejected("the page is empty (0 bytes)");
        if (looksLikeFeed(body) && (type.isEmpty() || isXml(type) || type.equals("text/plain")
                || type.equals("application/octet-stream"))) {
            return new Feed();
        }
        Optional<Format> format = switch (type) {
            case "text/html", "application/xhtml+xml" -> Optional.of(Format.HTML);
            case "text/plain" -> Optional.of(Format.TEXT);
            case "text/markdown", "text/x-markdown" -> Optional.of(Format.MARKDOWN);
            case "", "application/octet-stream", "unknown/unknown" -> Optional.of(sniff(body));
            default -> Optional.empty();
        };
        if (format.isEmpty()) {
            return new Rejected("not a page of text (Content-Type: " + contentType.strip() + "); give HTML, plain "
                    + "text, Markdown or a feed");
        }
        Optional<String> binary = BinarySniffer.binaryKind(body);
        if (binary.isPresent()) {
            return new Rejected("not text, whatever its Content-Type " + (type.isEmpty() ? "(none)" : type)
                    + " says: it " + binary.get());
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(body, format.get(), charsetOf(contentType).orElse(null));
        return new Page(format.get(), decoded.text(), decoded.warning());
    }

    /** The base media type, lower-cased ({@code text/html}); empty when there is none. */
    static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semicolon = contentType.indexOf(';');
        String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of a {@code Content-Type}. */
    static Optional<String> charsetOf(String contentType) {
        if (contentType == null) return Optional.empty();
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The language an {@code <html lang>} in the first 4 KiB declares; empty when none does. */
    static Optional<String> declaredLanguage(byte[] body) {
        Matcher m = HTML_LANG.matcher(head(body));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether the body's root element is an RSS, Atom or RDF feed's. */
    static boolean looksLikeFeed(byte[] body) {
        return FEED_ROOT.matcher(head(body)).find();
    }

    private static boolean isXml(String type) {
        return type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml");
    }

    private static Format sniff(byte[] body) {
        return MARKUP_START.matcher(head(body)).find() ? Format.HTML : Format.TEXT;
    }

    /** The first 4 KiB, each byte one character: markup is ASCII whatever the charset. */
    private static String head(byte[] body) {
        return new String(body, 0, Math.min(body.length, TextDecoder.HTML_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    }
}
