package org.triangulate.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.triangulate.model.SourceMap;
import org.triangulate.model.Span;

/**
 * Renders a page's body to the text a reader sees, one block a line, white space collapsed outside {@code pre}; it
 * records where each character came from in the markup, and which stretches lie outside the article.
 *
 * <p>One instance renders one page; not thread-safe. Cost: one iterative pass over the tree, linear in the text.
 */
final class Rendering {

    /** The text, its spans outside the article, and where its characters came from. */
    record Result(String text, List<Span> outside, SourceMap sourceMap) {
    }

    private final String markup;
    private final Map<Element, Boolean> decisions;
    private final StringBuilder out = new StringBuilder();
    private final SourceMap.Builder map = new SourceMap.Builder();
    private final List<Span> outside = new ArrayList<>();
    /** Whether the current subtree is in the article, innermost decision on top. */
    private final Deque<Element> decided = new ArrayDeque<>();
    private int outsideStart = -1;
    private int preDepth;

    private Rendering(String markup, Map<Element, Boolean> decisions) {
        this.markup = markup;
        this.decisions = decisions;
    }

    /**
     * Renders {@code root}. {@code markup} is the string it was parsed from with positions tracked; {@code decisions}
     * say which subtrees are in the article (true) or out (false), the innermost deciding.
     */
    static Result render(Element root, String markup, Map<Element, Boolean> decisions) {
        Rendering r = new Rendering(markup, decisions);
        NodeTraversor.traverse(r.visitor(), root);
        r.trimTrailingSpace();
        while (r.out.length() > 0 && r.out.charAt(r.out.length() - 1) == '\n') r.out.setLength(r.out.length() - 1);
        r.map.truncate(r.out.length());
        r.closeOutside();
        return new Result(r.out.toString(), List.copyOf(r.outside), r.map.build());
    }

    private NodeVisitor visitor() {
        return new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(text);
                } else if (node instanceof Element e) {
                    if (decisions.containsKey(e)) decided.push(e);
                    String name = e.normalName();
                    if (name.equals("pre") || name.equals("textarea")) preDepth++;
                    if (name.equals("br")) {
                        trimTrailingSpace();
                        out.append('\n');
                    } else if (HtmlText.isBlock(e)) {
                        endLine();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                String name = e.normalName();
                if (HtmlText.isBlock(e)) {
                    endLine();
                } else if ((name.equals("td") || name.equals("th")) && out.length() > 0 && last() != ' '
                        && last() != '\n') {
                    out.append(' ');
                }
                if (name.equals("pre") || name.equals("textarea")) preDepth--;
                if (decided.peek() == e) decided.pop();
            }
        };
    }

    private boolean inArticle() {
        Element e = decided.peek();
        return e == null || decisions.get(e);
    }

    private char last() {
        return out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
    }

    private void appendText(TextNode node) {
        String text = node.getWholeText();
        if (text.isEmpty()) return;
        Aligned aligned = align(node, text);
        boolean in = inArticle();
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            if (preDepth > 0) {
                if (c == '\r' && j + 1 < text.length() && text.charAt(j + 1) == '\n') continue;
                c = c == '\r' ? '\n' : c;
            } else if (LineClassifier.isSpace(c)) {
                char last = last();
                if (last == ' ' || last == '\n') continue;
                c = ' ';
            }
            if (!in && c != '\n' && c != ' ') markOutside(out.length());
            else if (in && c != '\n' && c != ' ') closeOutside();
            if (aligned != null) map.add(out.length(), 1, aligned.start(j), aligned.length(j));
            out.append(c);
        }
    }

    private void markOutside(int at) {
        if (outsideStart < 0) outsideStart = at;
    }

    /** Ends the current stretch outside the article at the last character that is not white space. */
    private void closeOutside() {
        if (outsideStart < 0) return;
        int end = out.length();
        while (end > outsideStart && Character.isWhitespace(out.charAt(end - 1))) end--;
        if (end > outsideStart) outside.add(new Span(outsideStart, end));
        outsideStart = -1;
    }

    private void endLine() {
        trimTrailingSpace();
        if (out.length() > 0 && last() != '\n') out.append('\n');
    }

    private void trimTrailingSpace() {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
        map.truncate(out.length());
    }

    /**
     * Where each character of a text node's decoded text starts in the markup, and how long its source is: one
     * character for one, a whole character reference for the first character it decodes to (0 for a second).
     */
    private record Aligned(int base, int[] starts, int[] lengths) {
        int start(int j) {
            return starts == null ? base + j : starts[j];
        }

        int length(int j) {
            return lengths == null ? 1 : lengths[j];
        }
    }

    /** The alignment of {@code text} with its markup; null when the parser kept no position for it. */
    private Aligned align(TextNode node, String text) {
        Range range = node.sourceRange();
        if (!range.isTracked()) return null;
        int from = range.start().pos();
        int to = range.end().pos();
        if (from < 0 || to > markup.length() || from > to) return null;
        if (to - from == text.length() && markup.regionMatches(from, text, 0, text.length())) {
            return new Aligned(from, null, null);
        }
        int[] starts = new int[text.length()];
        int[] lengths = new int[text.length()];
        int i = from;
        int j = 0;
        while (j < text.length() && i < to) {
            char raw = markup.charAt(i);
            if (raw == '&') {
                int end = referenceEnd(i, to);
                String decoded = end > i + 1 ? Parser.unescapeEntities(markup.substring(i, end), false) : "&";
                if (end > i + 1 && !decoded.equals(markup.substring(i, end)) && text.startsWith(decoded, j)) {
                    starts[j] = i;
                    lengths[j] = end - i;
                    for (int k = 1; k < decoded.length(); k++) starts[j + k] = end;
                    j += decoded.length();
                    i = end;
                    continue;
                }
            }
            if (raw != text.charAt(j)) break;
            starts[j] = i++;
            lengths[j++] = 1;
        }
        // The rest could not be aligned: it maps, as a whole, to the rest of the node's markup.
        for (int k = j; k < text.length(); k++) {
            starts[k] = k == j ? i : to;
            lengths[k] = k == j ? to - i : 0;
        }
        return new Aligned(from, starts, lengths);
    }

    /** The end of the character reference at {@code amp}: its name or number, and a ';' if there is one. */
    private int referenceEnd(int amp, int limit) {
        int k = amp + 1;
        int max = Math.min(limit, amp + 40);
        while (k < max && (Character.isLetterOrDigit(markup.charAt(k)) || markup.charAt(k) == '#')) k++;
        if (k < limit && markup.charAt(k) == ';') k++;
        return k;
    }
}
