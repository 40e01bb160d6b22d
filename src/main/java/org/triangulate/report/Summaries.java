package org.triangulate.report;

/** Short one-line forms of passages for summaries and tables. */
final class Summaries {
    static final int MAX = 160;

    private Summaries() {}

    /** The passage on one line, cut at a word boundary near {@link #MAX} characters. */
    static String of(String passage) {
        String s = passage.replaceAll("\\s+", " ").strip();
        if (s.length() <= MAX) return s;
        int cut = s.lastIndexOf(' ', MAX - 1);
        return s.substring(0, cut > MAX / 2 ? cut : MAX - 1) + "…";
    }
}
