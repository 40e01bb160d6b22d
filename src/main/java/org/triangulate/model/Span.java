package org.triangulate.model;

/**
 * A range of characters in a document's original text: {@code start} inclusive, {@code end} exclusive, both Java
 * {@code String} indices.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0) throw new IllegalArgumentException("start must be >= 0, was " + start);
        if (end < start) throw new IllegalArgumentException("end must be >= start, was " + start + ".." + end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span picks out of {@code text}. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " is past the end of a text of length " + text.length());
        }
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
