package org.triangulate.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.SourceMap;
import org.triangulate.model.Span;

/**
 * Writes a span's offsets into the JSON dossier, whose contract wants {@code start}/{@code end} to index the document
 * as read from its file. The model's spans index a document's text as extracted: for text and Markdown the file's
 * text, written as they are. For HTML it is the text rendered from the markup, so {@code start}/{@code end} become the
 * markup span it came from ({@link SourceMap#toSource}) and the rendered offsets stay as {@code renderedStart}/{@code
 * renderedEnd}. {@code start}/{@code end} are null when the span comes from no markup (only line breaks the renderer
 * added). The markup shows the very characters of the rendered span only when no tag, character reference or
 * collapsed white space lies inside it ({@link SourceMap#isVerbatim}); only then is its {@code text} given, and
 * otherwise its words are {@code renderedText}.
 *
 * <p>Immutable once built; a lookup is a hash and a binary search.
 */
final class JsonSpans {
    private final Map<String, SourceMap> maps = new HashMap<>();

    JsonSpans(List<AnnotatedDocument> documents) {
        for (AnnotatedDocument d : documents) maps.put(d.id(), d.article().sourceMap());
    }

    /** Puts the offsets of {@code span}, a span of document {@code doc}'s extracted text, on {@code n}. */
    ObjectNode offsets(ObjectNode n, String doc, Span span) {
        SourceMap map = maps.get(doc);
        if (map == null) throw new IllegalArgumentException("doc is not a document of the dossier: " + doc);
        if (map.isIdentity()) return n.put("start", span.start()).put("end", span.end());
        Optional<Span> source = map.toSource(span);
        if (source.isPresent()) {
            n.put("start", source.get().start()).put("end", source.get().end());
        } else {
            n.putNull("start").putNull("end");
        }
        return n.put("renderedStart", span.start()).put("renderedEnd", span.end());
    }

    /**
     * Puts the offsets of {@code span} and {@code text}, what it says in the extracted text, on {@code n}. The
     * contract's {@code text} is what the file holds at {@code start}/{@code end}; where the markup there reads
     * differently (a tag or character reference inside), the words go in {@code renderedText} instead, and the span is
     * located by its offsets alone.
     */
    ObjectNode put(ObjectNode n, String doc, Span span, String text) {
        offsets(n, doc, span);
        return maps.get(doc).isVerbatim(span) ? n.put("text", text) : n.put("renderedText", text);
    }
}
