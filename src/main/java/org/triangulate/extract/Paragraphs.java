package org.triangulate.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into paragraphs. Usually each non-blank line is one. In hard-wrapped text (lines broken at some
 * width up to {@value #MAX_WRAP_WIDTH} columns, because the next word would not fit) the lines of a block are joined,
 * and the line breaks between them become soft breaks.
 */
final class Paragraphs {

    /** A paragraph: {@code start..end} trimmed of white space, and the line breaks inside it. */
    record Paragraph(int start, int end, List<Integer> softBreaks) {
        Paragraph {
            softBreaks = List.copyOf(softBreaks);
        }
    }

    static final int MAX_WRAP_WIDTH = 100;
    /** Narrower than this, short lines (lists of headlines) would pass for wrapped text. */
    private static final int MIN_WRAP_WIDTH = 50;
    /** How far short of the widest line a wrapped line may stop: the widest seen may be under the real width. */
    private static final int WRAP_SLACK = 3;

    /** One line of the text: where it starts, where its text starts and ends, and where its '\n' is (or -1). */
    private record Line(int start, int textStart, int textEnd, int newline) {
        boolean blank() {
            return textStart == textEnd;
        }

        int width() {
            return textEnd - start;
        }
    }

    private Paragraphs() {
    }

    /**
     * The paragraphs of {@code view}: the text with markup already blanked to spaces, so that blank-looking lines
     * separate paragraphs and trimming skips markup.
     */
    static List<Paragraph> split(String view) {
        List<Line> lines = lines(view);
        int width = lines.stream().filter(l -> !l.blank()).mapToInt(Line::width).max().orElse(0);
        boolean wrapped = isHardWrapped(view, lines, width);
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line first = lines.get(i);
            if (first.blank()) continue;
            List<Integer> breaks = new ArrayList<>();
            Line last = first;
            while (wrapped && i + 1 < lines.size() && joins(view, last, lines.get(i + 1), width)) {
                breaks.add(last.newline());
                last = lines.get(++i);
            }
            out.add(new Paragraph(first.textStart(), last.textEnd(), breaks));
        }
        return out;
    }

    private static List<Line> lines(String view) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start <= view.length()) {
            int newline = view.indexOf('\n', start);
            int end = newline < 0 ? view.length() : newline;
            int from = start;
            int to = end;
            while (from < to && LineClassifier.isSpace(view.charAt(from))) from++;
            while (to > from && LineClassifier.isSpace(view.charAt(to - 1))) to--;
            out.add(new Line(start, from, to, newline));
            if (newline < 0) break;
            start = newline + 1;
        }
        return out;
    }

    /**
     * Wrapped text: no line wider than a terminal, several lines that end only because the next word did not fit,
     * and most of those break inside a sentence. One sentence a line, with lines of similar length, is not wrapped.
     */
    private static boolean isHardWrapped(String view, List<Line> lines, int width) {
        if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return false;
        int pairs = 0;
        int joined = 0;
        int midSentence = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            if (a.blank() || b.blank()) continue;
            pairs++;
            if (!fits(view, a, b, width)) continue;
            joined++;
            if (!LineClassifier.isSentence(text(view, a)) || Character.isLowerCase(text(view, b).charAt(0))) {
                midSentence++;
            }
        }
        return joined >= 2 && joined * 3 >= pairs && midSentence * 2 >= joined;
    }

    /** Line {@code a} ends where it does because the first word of {@code b} would not fit after it. */
    private static boolean fits(String view, Line a, Line b, int width) {
        if (a.blank() || b.blank() || a.newline() < 0) return false;
        String next = text(view, b);
        return !startsListItem(next) && a.width() + 1 + firstWordLength(next) > width - WRAP_SLACK;
    }

    private static boolean joins(String view, Line a, Line b, int width) {
        if (!fits(view, a, b, width)) return false;
        String first = text(view, a);
        String next = text(view, b);
        // A headline after a finished sentence starts something new, however long the line above it.
        if (LineClassifier.isSentence(first) && LineClassifier.isHeadlineLike(next)) return false;
        return Furniture.reasonFor(next).isEmpty() && Furniture.reasonFor(first).isEmpty();
    }

    private static String text(String view, Line line) {
        return view.substring(line.textStart(), line.textEnd());
    }

    private static int firstWordLength(String s) {
        int i = 0;
        while (i < s.length() && !LineClassifier.isSpace(s.charAt(i))) i++;
        return i;
    }

    private static boolean startsListItem(String s) {
        return s.matches("^(?:[-*+•–—]|\\d{1,3}[.)])\\s.*");
    }
}
