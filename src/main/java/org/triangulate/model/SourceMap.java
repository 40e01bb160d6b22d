package org.triangulate.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the characters of a rendered text come from in the markup it was rendered from: for an HTML page, offsets of
 * the page's text (what {@link SourceDocument#text()} holds after extraction) back into the decoded markup that
 * ingest read (the text of the document given to extraction). For text and Markdown the two are the same text and
 * the map is {@link #IDENTITY}.
 *
 * <p>The map is a sorted list of runs, each a stretch of rendered text and the stretch of markup it came from. In
 * an exact run the two have the same length and map character by character (a collapsed run of white space maps to
 * its first character). A character reference ({@code &amp;}, {@code &#8217;}) is a run of its own, one or two
 * rendered characters for the whole reference: its boundaries map exactly, its inside does not. Characters the
 * renderer adds (line breaks between blocks, a space between table cells) come from no markup and lie between runs.
 *
 * <p>Immutable and thread-safe; a lookup is a binary search over the runs.
 */
public final class SourceMap {

    /** The map of a text onto itself. */
    public static final SourceMap IDENTITY = new SourceMap(null, 0);

    /** Four ints a run: rendered start, rendered length, source start, source length; sorted by rendered start. */
    private final int[] runs;
    private final int count;

    private SourceMap(int[] runs, int count) {
        this.runs = runs;
        this.count = count;
    }

    /** Whether this is the identity (text or Markdown, read as it is). */
    public boolean isIdentity() {
        return runs == null;
    }

    /** The number of runs; 0 for the identity. */
    public int runCount() {
        return count;
    }

    /**
     * The markup span {@code rendered} came from: from the source of its first mapped character to the end of the
     * source of its last. Empty when no character of it comes from the markup (only added line breaks).
     */
    public Optional<Span> toSource(Span rendered) {
        if (runs == null) return Optional.of(rendered);
        if (rendered.start() == rendered.end()) return Optional.empty();
        int first = runAtOrAfter(rendered.start());
        int last = runAtOrBefore(rendered.end() - 1);
        if (first < 0 || last < 0 || first > last) return Optional.empty();
        int start = sourceStart(first, Math.max(rendered.start(), rStart(first)));
        int end = sourceEnd(last, Math.min(rendered.end(), rEnd(last)));
        return Optional.of(new Span(start, Math.max(start, end)));
    }

    /**
     * Whether the markup span of {@code rendered} ({@link #toSource}) holds the very characters of the rendered span:
     * true for the identity; for markup, when only exact runs cover it, each following on from the last in both texts
     * (no tag, character reference, collapsed white space or added line break inside).
     */
    public boolean isVerbatim(Span rendered) {
        if (runs == null) return true;
        if (rendered.start() == rendered.end()) return false;
        int first = runAtOrAfter(rendered.start());
        int last = runAtOrBefore(rendered.end() - 1);
        if (first < 0 || last < first || rStart(first) > rendered.start() || rEnd(last) < rendered.end()) return false;
        for (int r = first; r <= last; r++) {
            if (!exact(r)) return false;
            if (r > first && (rStart(r) != rEnd(r - 1) || runs[4 * r + 2] != runs[4 * (r - 1) + 2] + runs[4 * (r - 1) + 3])) {
                return false;
            }
        }
        return true;
    }

    private int rStart(int run) {
        return runs[4 * run];
    }

    private int rEnd(int run) {
        return runs[4 * run] + runs[4 * run + 1];
    }

    private boolean exact(int run) {
        return runs[4 * run + 1] == runs[4 * run + 3];
    }

    /** The source offset of rendered offset {@code at} inside {@code run}. */
    private int sourceStart(int run, int at) {
        return runs[4 * run + 2] + (exact(run) ? at - rStart(run) : 0);
    }

    /** The source offset just after rendered offset {@code end - 1} inside {@code run}. */
    private int sourceEnd(int run, int end) {
        int srcEnd = runs[4 * run + 2] + runs[4 * run + 3];
        return exact(run) ? srcEnd - (rEnd(run) - end) : srcEnd;
    }

    /** The first run that ends after {@code at}, or -1. */
    private int runAtOrAfter(int at) {
        int lo = 0;
        int hi = count - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (rEnd(mid) > at) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    /** The last run that starts at or before {@code at}, or -1. */
    private int runAtOrBefore(int at) {
        int lo = 0;
        int hi = count - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (rStart(mid) <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceMap m && count == m.count && (runs == null ? m.runs == null
                : m.runs != null && Arrays.equals(runs, 0, 4 * count, m.runs, 0, 4 * count));
    }

    @Override
    public int hashCode() {
        return runs == null ? 0 : Arrays.hashCode(Arrays.copyOf(runs, 4 * count));
    }

    @Override
    public String toString() {
        return runs == null ? "SourceMap[identity]" : "SourceMap[" + count + " runs]";
    }

    /**
     * Builds a map in rendered order. Not thread-safe. Adjacent exact pieces merge into one run, so a page's map has
     * about one run per text node, character reference and collapsed space.
     */
    public static final class Builder {
        private int[] runs = new int[64];
        private int count;

        /** Rendered {@code [renderedStart, +renderedLength)} came from source {@code [sourceStart, +sourceLength)}. */
        public Builder add(int renderedStart, int renderedLength, int sourceStart, int sourceLength) {
            if (renderedLength <= 0) return this;
            if (count > 0) {
                int p = 4 * (count - 1);
                if (renderedStart < runs[p] + runs[p + 1]) {
                    throw new IllegalArgumentException("renderedStart must not go back: " + renderedStart);
                }
                boolean bothExact = runs[p + 1] == runs[p + 3] && renderedLength == sourceLength;
                if (bothExact && renderedStart == runs[p] + runs[p + 1] && sourceStart == runs[p + 2] + runs[p + 3]) {
                    runs[p + 1] += renderedLength;
                    runs[p + 3] += sourceLength;
                    return this;
                }
            }
            if (4 * count + 4 > runs.length) runs = Arrays.copyOf(runs, runs.length * 2);
            int p = 4 * count++;
            runs[p] = renderedStart;
            runs[p + 1] = renderedLength;
            runs[p + 2] = sourceStart;
            runs[p + 3] = sourceLength;
            return this;
        }

        /** Forgets what was mapped at or after {@code renderedLength} (the renderer took characters back). */
        public Builder truncate(int renderedLength) {
            while (count > 0) {
                int p = 4 * (count - 1);
                if (runs[p] >= renderedLength) {
                    count--;
                } else {
                    if (runs[p] + runs[p + 1] > renderedLength) {
                        int cut = runs[p] + runs[p + 1] - renderedLength;
                        boolean wasExact = runs[p + 1] == runs[p + 3];
                        runs[p + 1] -= cut;
                        if (wasExact) runs[p + 3] -= cut;
                    }
                    break;
                }
            }
            return this;
        }

        public SourceMap build() {
            return new SourceMap(Arrays.copyOf(runs, 4 * count), count);
        }
    }
}
