package org.triangulate.bench;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Attribution;
import org.triangulate.model.Span;

/**
 * One attribution as a benchmark sees it: the spans of its source, cue and content, each possibly discontinuous.
 * Gold attributions come from a BRAT event ({@link BratAnnotations#attributions()}), predicted ones from the
 * pipeline's {@link Attribution}s ({@link #predicted}).
 *
 * @param source the source's spans; empty when the text names no source
 * @param cue the cue's spans; empty when there is no cue
 * @param content the content's spans; empty only in a malformed gold file
 */
public record AttributionSpans(List<Span> source, List<Span> cue, List<Span> content) {
    public AttributionSpans {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }

    /** The spans of one part. */
    public List<Span> spans(SpanType type) {
        return switch (type) {
            case SOURCE -> source;
            case CUE -> cue;
            case CONTENT -> content;
        };
    }

    /**
     * The pipeline's attributions as predictions, in order. Those of form {@link Attribution.Form#OUTLET} are left
     * out: they are the outlet's own, unattributed voice, which attribution benchmarks do not annotate.
     */
    public static List<AttributionSpans> predicted(List<Attribution> attributions) {
        List<AttributionSpans> out = new ArrayList<>();
        for (Attribution a : attributions) {
            if (a.form() == Attribution.Form.OUTLET) continue;
            out.add(new AttributionSpans(a.source() == null ? List.of() : List.of(a.source()),
                    a.cue() == null ? List.of() : List.of(a.cue()), a.content()));
        }
        return out;
    }

    /** The span sets of one part, one per attribution that has that part. */
    public static List<List<Span>> spanSets(List<AttributionSpans> attributions, SpanType type) {
        List<List<Span>> out = new ArrayList<>();
        for (AttributionSpans a : attributions) {
            if (!a.spans(type).isEmpty()) out.add(a.spans(type));
        }
        return out;
    }
}
