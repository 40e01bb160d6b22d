package org.triangulate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Article.Removal;
import org.triangulate.model.Span;

/**
 * The Markdown syntax in a text, as removals with reason {@value Furniture#MARKUP}: heading hashes, setext
 * underlines and rules, block-quote marks, list bullets, emphasis markers, link and image syntax ({@code [text](url)}
 * keeps {@code text}; an image goes whole), code fences and backticks, reference definitions, inline HTML tags and
 * backslash escapes. What is left, read with the removals blanked, is the text a reader sees.
 *
 * <p>Line by line, so a stray marker never reaches past its line. Not a full CommonMark parser: nested brackets
 * and multi-line emphasis are left as they are.
 */
final class MarkdownMarkup {

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(?:`{3,}|~{3,}).*$");
    private static final Pattern WHOLE_LINE = Pattern.compile(
            "^\\s{0,3}(?:=+|-+|(?:[-*_]\\s{0,3}){3,60}|\\[[^\\]]+\\]:\\s*\\S+.*|<!--.*-->)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(?:>\\s?){1,16}");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");
    /** A link target, with up to eight balanced parentheses inside ("(https://example.org/a_(b))"). */
    private static final String TARGET = "\\([^()\\n]*(?:\\([^()\\n]*\\)[^()\\n]*){0,8}\\)";
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\[\\]\\n]*\\]" + TARGET);
    private static final Pattern LINK = Pattern.compile("(\\[)[^\\[\\]\\n]*(\\]" + TARGET + ")");
    private static final Pattern REFERENCE_LINK = Pattern.compile("(\\[)[^\\[\\]\\n]+(\\]\\[[^\\[\\]\\n]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("(<)(?:https?|mailto|ftp):[^>\\s]+(>)");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>\\n]*)?/?>");
    private static final Pattern CODE = Pattern.compile("(`{1,16})[^`\\n]{1,1000}?(\\1)");
    private static final Pattern ESCAPE = Pattern.compile("(\\\\)[!-/:-@\\[-`{-~]");
    /**
     * Delimiter pairs around a word run; the placeholder {@code \0} stands for markup already cut. The run is
     * bounded so that a line of unpaired markers costs linear time, not quadratic.
     */
    private static final Pattern[] EMPHASIS = {
            Pattern.compile("(?<![\\w*])(\\*\\*)(?=[^\\s*])[^\\n]{1,400}?(?<=[^\\s*])(\\*\\*)(?![\\w*])"),
            Pattern.compile("(?<![\\w_])(__)(?=[^\\s_])[^\\n]{1,400}?(?<=[^\\s_])(__)(?![\\w_])"),
            Pattern.compile("(~~)(?=\\S)[^\\n]{1,400}?(?<=\\S)(~~)"),
            Pattern.compile("(?<![\\w*])(\\*)(?=[^\\s*])[^\\n]{0,400}?(?<=[^\\s*])(\\*)(?![\\w*])"),
            Pattern.compile("(?<![\\w_])(_)(?=[^\\s_])[^\\n]{0,400}?(?<=[^\\s_])(_)(?![\\w_])"),
    };
    private static final char CUT = '\0';

    private MarkdownMarkup() {
    }

    static List<Removal> removals(String text) {
        boolean[] cut = new boolean[text.length()];
        boolean[] literal = new boolean[text.length()];
        boolean inFence = false;
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (end > start && text.charAt(end - 1) == '\r') end--;
            String line = text.substring(start, end);
            if (FENCE.matcher(line).matches()) {
                mark(cut, start, end);
                inFence = !inFence;
            } else if (!inFence) {
                readLine(line, start, cut, literal);
            }
            if (newline < 0) break;
            start = newline + 1;
        }
        return spans(cut);
    }

    private static void readLine(String line, int offset, boolean[] cut, boolean[] literal) {
        if (WHOLE_LINE.matcher(line).matches() && !line.isBlank()) {
            mark(cut, offset, offset + line.length());
            return;
        }
        int from = cutPrefix(HEADING, line, 0, offset, cut);
        if (from > 0) {
            Matcher closing = CLOSING_HASHES.matcher(line);
            if (closing.find() && closing.start() >= from) mark(cut, offset + closing.start(), offset + line.length());
        }
        from = cutPrefix(QUOTE, line, from, offset, cut);
        from = cutPrefix(BULLET, line, from, offset, cut);

        for (Matcher m = CODE.matcher(line); m.find(); ) {
            if (m.start() < from) continue;
            cutGroups(m, offset, cut);
            for (int i = m.end(1); i < m.start(2); i++) literal[offset + i] = true;
        }
        for (Matcher m = ESCAPE.matcher(line); m.find(); ) {
            if (m.start() < from || literal[offset + m.start()]) continue;
            cutGroups(m, offset, cut);
            literal[offset + m.end() - 1] = true;
        }
        for (Matcher m = IMAGE.matcher(working(line, offset, cut)); m.find(); ) {
            if (!touches(m.start(), m.end(), offset, literal)) mark(cut, offset + m.start(), offset + m.end());
        }
        for (Pattern p : new Pattern[] {LINK, REFERENCE_LINK, AUTOLINK, HTML_TAG}) {
            inlinePairs(p, line, offset, cut, literal);
        }
        for (Pattern p : EMPHASIS) {
            inlinePairs(p, line, offset, cut, literal);
        }
    }

    /** Cuts the delimiters (groups 1 and 2, or the whole match) of each match not touching literal text. */
    private static void inlinePairs(Pattern p, String line, int offset, boolean[] cut, boolean[] literal) {
        for (Matcher m = p.matcher(working(line, offset, cut)); m.find(); ) {
            if (m.groupCount() < 2) {
                if (!touches(m.start(), m.end(), offset, literal)) mark(cut, offset + m.start(), offset + m.end());
            } else if (!touches(m.start(1), m.end(1), offset, literal)
                    && !touches(m.start(2), m.end(2), offset, literal)) {
                cutGroups(m, offset, cut);
            }
        }
    }

    /** The line with markup cut so far replaced by a placeholder, so that later patterns see through it. */
    private static String working(String line, int offset, boolean[] cut) {
        char[] out = line.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (cut[offset + i]) out[i] = CUT;
        }
        return new String(out);
    }

    private static int cutPrefix(Pattern p, String line, int from, int offset, boolean[] cut) {
        Matcher m = p.matcher(line).region(from, line.length());
        if (!m.lookingAt()) return from;
        mark(cut, offset + m.start(), offset + m.end());
        return m.end();
    }

    private static void cutGroups(Matcher m, int offset, boolean[] cut) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) mark(cut, offset + m.start(g), offset + m.end(g));
        }
    }

    private static boolean touches(int start, int end, int offset, boolean[] literal) {
        for (int i = start; i < end; i++) {
            if (literal[offset + i]) return true;
        }
        return false;
    }

    private static void mark(boolean[] cut, int start, int end) {
        for (int i = start; i < end; i++) cut[i] = true;
    }

    private static List<Removal> spans(boolean[] cut) {
        List<Removal> out = new ArrayList<>();
        for (int i = 0; i < cut.length; i++) {
            if (!cut[i]) continue;
            int j = i;
            while (j < cut.length && cut[j]) j++;
            out.add(new Removal(new Span(i, j), Furniture.MARKUP));
            i = j;
        }
        return out;
    }
}
