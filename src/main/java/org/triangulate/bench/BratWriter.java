package org.triangulate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.model.Span;

/**
 * Writes attributions as a BRAT standoff file ({@code .ann}), in PolNeAR's scheme, so predictions can be opened in
 * brat beside the text they annotate, or diffed with a gold file.
 *
 * <p>Each attribution becomes text-bound lines for its {@code Source}, {@code Cue} and {@code Content} (those it
 * has) and for its {@code Attribution} trigger (the cue's span; the source's where there is no cue; else the
 * content's first piece), and an event line tying them: {@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}.
 * Spans are cut at line breaks and trimmed of surrounding whitespace (a BRAT piece may not cross a line, and its
 * quoted text is the pieces joined by single spaces); an annotation equal to an earlier one (same type, same
 * pieces) is not repeated but shared. An attribution whose content is all whitespace is left out.
 * {@link BratAnnotations#parse} reads the output back.
 *
 * <p>Threading: stateless. Cost: linear in the spans' length.
 */
public final class BratWriter {
    private BratWriter() {}

    /** The {@code .ann} text for the attributions of one document. */
    public static String toString(String text, List<AttributionSpans> attributions) {
        StringBuilder out = new StringBuilder();
        try {
            write(text, attributions, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * Writes the {@code .ann} lines for the attributions of one document.
     *
     * @param text the document's text, which every span indexes
     * @return how many attributions were written
     * @throws IllegalArgumentException when a span reaches past the end of {@code text}
     */
    public static int write(String text, List<AttributionSpans> attributions, Appendable out) throws IOException {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        if (attributions == null) throw new IllegalArgumentException("attributions must not be null");
        Map<String, String> ids = new LinkedHashMap<>();
        int events = 0;
        for (AttributionSpans a : attributions) {
            List<Span> content = pieces(text, a.content());
            if (content.isEmpty()) continue;
            List<Span> source = pieces(text, a.source());
            List<Span> cue = pieces(text, a.cue());
            List<Span> trigger = !cue.isEmpty() ? cue : !source.isEmpty() ? source : content.subList(0, 1);
            StringBuilder event = new StringBuilder();
            event.append("E").append(++events).append('\t')
                    .append("Attribution:").append(textBound(text, "Attribution", trigger, ids, out))
                    .append(" Content:").append(textBound(text, "Content", content, ids, out));
            if (!cue.isEmpty()) event.append(" Cue:").append(textBound(text, "Cue", cue, ids, out));
            if (!source.isEmpty()) event.append(" Source:").append(textBound(text, "Source", source, ids, out));
            out.append(event).append('\n');
        }
        return events;
    }

    /** The id of the text-bound annotation for these pieces, writing its line first if it is new. */
    private static String textBound(String text, String type, List<Span> pieces, Map<String, String> ids,
                                    Appendable out) throws IOException {
        StringBuilder offsets = new StringBuilder();
        StringBuilder quoted = new StringBuilder();
        for (Span s : pieces) {
            if (offsets.length() > 0) {
                offsets.append(';');
                quoted.append(' ');
            }
            offsets.append(s.start()).append(' ').append(s.end());
            quoted.append(s.of(text));
        }
        String key = type + " " + offsets;
        String id = ids.get(key);
        if (id == null) {
            id = "T" + (ids.size() + 1);
            ids.put(key, id);
            out.append(id).append('\t').append(key).append('\t').append(quoted).append('\n');
        }
        return id;
    }

    /** The spans cut at line breaks and trimmed of whitespace, empty pieces dropped, in text order. */
    static List<Span> pieces(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " is past the end of a text of length "
                        + text.length());
            }
            int start = s.start();
            for (int i = s.start(); i <= s.end(); i++) {
                if (i == s.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                    int a = start;
                    int b = i;
                    while (a < b && SpanScores.isSpace(text.charAt(a))) a++;
                    while (b > a && SpanScores.isSpace(text.charAt(b - 1))) b--;
                    if (a < b) out.add(new Span(a, b));
                    start = i + 1;
                }
            }
        }
        out.sort(null);
        return out;
    }
}
