package org.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * A document with its page furniture taken out: the spans of its original text that are the article.
 *
 * @param document the document as read
 * @param title the headline, where the page or the manifest shows one
 * @param outlet the outlet that published it, where the page or the manifest shows it
 * @param body the kept spans of {@code document.text()}, in order, not overlapping; usually one per paragraph
 * @param furniture the removed spans, each with the reason it was removed; a removal may also lie inside a body
 *     span (an inline "(Updated ...)" note, Markdown markup), and is then left out of that paragraph
 * @param softBreaks positions of line breaks inside a paragraph (hard-wrapped text), to be read as spaces
 * @param sourceMap where {@code document.text()} comes from in the markup extraction read: for HTML, the page's
 *     rendered text back to the decoded markup, so a cited span can be shown in the original page; for text and
 *     Markdown the identity
 */
public record Article(SourceDocument document, String title, String outlet, List<Span> body,
                      List<Removal> furniture, List<Integer> softBreaks, SourceMap sourceMap) {

    /** An article whose text is its source's text ({@link SourceMap#IDENTITY}). */
    public Article(SourceDocument document, String title, String outlet, List<Span> body, List<Removal> furniture,
                   List<Integer> softBreaks) {
        this(document, title, outlet, body, furniture, softBreaks, SourceMap.IDENTITY);
    }

    /** A span taken out of the text, and why. */
    public record Removal(Span span, String reason) {
        public Removal {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Article {
        Objects.requireNonNull(document, "document");
        sourceMap = sourceMap == null ? SourceMap.IDENTITY : sourceMap;
        body = List.copyOf(body);
        furniture = furniture.stream().sorted(java.util.Comparator.comparing(Removal::span)).toList();
        softBreaks = softBreaks.stream().sorted().toList();
        int last = 0;
        for (Span s : body) {
            if (s.start() < last || s.end() > document.text().length()) {
                throw new IllegalArgumentException("body spans must be ordered, disjoint and inside the text: " + body);
            }
            last = s.end();
        }
    }

    /** This article, its text mapped back to markup by {@code map}. */
    public Article withSourceMap(SourceMap map) {
        return new Article(document, title, outlet, body, furniture, softBreaks, map);
    }

    /**
     * The markup span a span of {@code document.text()} comes from (see {@link SourceMap#toSource}); empty when none
     * of its characters comes from the markup.
     */
    public java.util.Optional<Span> sourceSpan(Span span) {
        return sourceMap.toSource(span);
    }

    public String id() {
        return document.id();
    }

    /** The outlet to show: the manifest's, else the one the page shows; null when neither says. */
    public String publisher() {
        String given = document.metadata().outlet();
        return given != null ? given : outlet;
    }

    /**
     * Whether a name is the outlet's own, or the outlet's name without its last word ("BNR" of "BNR News",
     * "Saltline" of "Saltline Wire"), a leading "the" aside; false when the outlet is unknown.
     */
    public static boolean namesOutlet(String name, String outlet) {
        if (name == null || outlet == null || outlet.isBlank()) return false;
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        String o = outlet.strip().toLowerCase(java.util.Locale.ROOT);
        if (o.startsWith("the ")) o = o.substring(4);
        if (n.startsWith("the ")) n = n.substring(4);
        return n.equals(o) || o.startsWith(n + " ") && o.indexOf(' ', n.length() + 1) < 0;
    }

    /** The headline to show: the manifest's, else the one the page shows; null when neither says. */
    public String headline() {
        String given = document.metadata().title();
        return given != null ? given : title;
    }

    /**
     * The cleaned article text: the body spans, one paragraph a line, without the removals inside them and with
     * soft line breaks read as spaces. Linear in the text's length.
     */
    public String cleanedText() {
        String text = document.text();
        StringBuilder out = new StringBuilder(text.length());
        int removal = 0;
        int soft = 0;
        for (Span s : body) {
            if (out.length() > 0) out.append('\n');
            for (int i = s.start(); i < s.end(); i++) {
                // Both lists are sorted; skip the entries that end before this character.
                while (removal < furniture.size() && furniture.get(removal).span().end() <= i) removal++;
                while (soft < softBreaks.size() && softBreaks.get(soft) < i) soft++;
                if (removal < furniture.size() && furniture.get(removal).span().start() <= i) continue;
                out.append(soft < softBreaks.size() && softBreaks.get(soft) == i ? ' ' : text.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * The original text with everything outside the body blanked to spaces and soft line breaks turned into spaces.
     * It has the original's length, so offsets into it are offsets into the original.
     */
    public String annotationText() {
        String text = document.text();
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c == '\n' ? '\n' : ' ';
        }
        for (Span s : body) {
            for (int i = s.start(); i < s.end(); i++) {
                char c = text.charAt(i);
                // A byte-order mark or other format character would become a token of its own.
                out[i] = Character.getType(c) == Character.FORMAT ? ' ' : c;
            }
        }
        for (Removal r : furniture) {
            for (int i = r.span().start(); i < r.span().end(); i++) {
                if (out[i] != '\n') out[i] = ' ';
            }
        }
        for (int i : softBreaks) {
            out[i] = ' ';
        }
        return new String(out);
    }
}
