package org.triangulate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Attribution;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;

/**
 * Article text as HTML with its evidence marked: a whole document with every piece of evidence in it, or one piece
 * in the context of its paragraph. Pieces may overlap (an attribution inside another); the text is cut at every
 * boundary and each run carries the keys of all the pieces that cover it, so the markup stays well nested. Linear in
 * the text plus the pieces' boundaries.
 */
final class EvidenceMarks {
    /** How far a context reaches on each side of a piece, at most. */
    private static final int CONTEXT = 320;

    private EvidenceMarks() {}

    /**
     * The document's original text with each piece of evidence as {@code <span class="ev STANCE" data-ev="KEYS">},
     * and an empty anchor {@code id="ev-KEY"} where each piece starts.
     */
    static void document(StringBuilder out, AnnotatedDocument d, List<DossierIndex.Piece> pieces) {
        String text = d.text();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (DossierIndex.Piece p : pieces) {
            cuts.add(Math.min(p.extent().start(), text.length()));
            cuts.add(Math.min(p.extent().end(), text.length()));
        }
        // Pieces come sorted by start; those still open are kept in a short list.
        List<DossierIndex.Piece> open = new ArrayList<>();
        int next = 0;
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int start = from;
            open.removeIf(p -> p.extent().end() <= start);
            while (next < pieces.size() && pieces.get(next).extent().start() <= start) {
                DossierIndex.Piece p = pieces.get(next++);
                if (p.extent().end() <= start) continue;
                open.add(p);
                out.append("<a class=\"anchor\" id=\"ev-").append(Html.esc(p.key())).append("\"></a>");
            }
            if (open.isEmpty()) {
                Html.esc(out, text, start, to);
                continue;
            }
            out.append("<span class=\"ev ").append(open.get(0).attribution().stance().label()).append("\" data-ev=\"");
            for (int i = 0; i < open.size(); i++) out.append(i == 0 ? "" : " ").append(Html.esc(open.get(i).key()));
            out.append("\">");
            Html.esc(out, text, start, to);
            out.append("</span>");
        }
    }

    /**
     * One piece in context: its paragraph (or the sentences around it, cut near {@value #CONTEXT} characters away),
     * the passage marked, and within it the words that name the claimant and the cue.
     */
    static void context(StringBuilder out, AnnotatedDocument d, Attribution a) {
        String text = d.text();
        Span extent = a.extent();
        int start = Math.min(extent.start(), text.length());
        int end = Math.min(extent.end(), text.length());
        int from = contextStart(d, start);
        int to = contextEnd(d, end);
        // An ellipsis where the context was cut inside a paragraph, not at its edge.
        if (from > 0 && text.charAt(from - 1) != '\n') out.append("… ");
        Html.esc(out, text, from, start);
        out.append("<mark class=\"passage ").append(a.stance().label()).append("\">");
        int i = start;
        while (i < end) {
            String role = role(a, i);
            int j = i + 1;
            while (j < end && role.equals(role(a, j))) j++;
            if (role.isEmpty()) {
                Html.esc(out, text, i, j);
            } else {
                out.append("<span class=\"").append(role).append("\">");
                Html.esc(out, text, i, j);
                out.append("</span>");
            }
            i = j;
        }
        out.append("</mark>");
        Html.esc(out, text, end, to);
        if (to < text.length() && text.charAt(to) != '\n') out.append(" …");
    }

    private static String role(Attribution a, int i) {
        if (a.source() != null && a.source().start() <= i && i < a.source().end()) return "who";
        if (a.cue() != null && a.cue().start() <= i && i < a.cue().end()) return "cue";
        return "";
    }

    /** The start of the paragraph, or of the sentence before the piece's, whichever is nearer, within the limit. */
    private static int contextStart(AnnotatedDocument d, int start) {
        String text = d.text();
        int limit = Math.max(0, start - CONTEXT);
        int paragraph = text.lastIndexOf('\n', start - 1) + 1;
        int from = Math.max(paragraph, limit);
        int sentence = sentenceAt(d.sentences(), start);
        if (sentence > 0) from = Math.max(from, Math.min(start, d.sentences().get(sentence - 1).span().start()));
        while (from > limit && from < start && !Character.isWhitespace(text.charAt(from - 1))) from--;
        return from;
    }

    private static int contextEnd(AnnotatedDocument d, int end) {
        String text = d.text();
        int limit = Math.min(text.length(), end + CONTEXT);
        int paragraph = text.indexOf('\n', end);
        int to = paragraph < 0 ? limit : Math.min(paragraph, limit);
        int sentence = sentenceAt(d.sentences(), Math.max(0, end - 1));
        if (sentence >= 0 && sentence + 1 < d.sentences().size()) {
            to = Math.min(to, Math.max(end, d.sentences().get(sentence + 1).span().end()));
        }
        while (to < limit && to > end && !Character.isWhitespace(text.charAt(to))) to++;
        return to;
    }

    /** The index of the sentence holding {@code offset}, or -1; sentences are in text order. */
    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
