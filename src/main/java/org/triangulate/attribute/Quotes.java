package org.triangulate.attribute;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.model.Span;

/**
 * Quotations in a text, in every style news uses: “curly”, "straight", «guillemets», ‘single curly’ and 'single
 * straight'. A quotation may run over several sentences but not past the end of its paragraph. An apostrophe inside
 * a word ("People’s", "don't") is not a quotation mark.
 */
final class Quotes {
    private Quotes() {}

    static boolean isQuoteMark(String word) {
        return switch (word) {
            case "“", "”", "\"", "«", "»", "‘", "’", "``", "''", "„" -> true;
            default -> false;
        };
    }

    /**
     * The quotations of {@code text}, marks included, in order. Characters blanked to spaces are never marks. Two
     * apostrophes or backticks ('' ``), as some newspapers and older text files write double quotes, count as one.
     */
    static List<Span> find(String original) {
        String text = original.replace("''", "\" ").replace("``", "\" ");
        List<Span> out = new ArrayList<>();
        int paragraphStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                findInParagraph(text, paragraphStart, i, out);
                paragraphStart = i + 1;
            }
        }
        return out;
    }

    private static void findInParagraph(String text, int start, int end, List<Span> out) {
        int open = -1;
        char closer = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                char expected = closerOf(text, i, start, end);
                if (expected != 0) {
                    open = i;
                    closer = expected;
                }
            } else if (c == closer && closes(text, i, end)) {
                out.add(new Span(open, i + 1));
                open = -1;
            }
        }
    }

    /** The mark that closes a quotation opened at {@code i}, or 0 when none opens there. */
    private static char closerOf(String text, int i, int start, int end) {
        char c = text.charAt(i);
        boolean afterSpace = i == start || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean beforeWord = i + 1 < end && !Character.isWhitespace(text.charAt(i + 1));
        return switch (c) {
            case '“', '„' -> '”';
            case '«' -> '»';
            case '"' -> afterSpace && beforeWord ? '"' : 0;
            case '‘' -> afterSpace && beforeWord ? '’' : 0;
            case '\'' -> afterSpace && beforeWord && i + 1 < end && Character.isLetter(text.charAt(i + 1)) ? '\'' : 0;
            default -> 0;
        };
    }

    /** A closing mark is not followed by a letter: "heroism,’ framing" closes, "People’s" does not. */
    private static boolean closes(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '”' || c == '»') return true;
        return i + 1 >= end || !Character.isLetter(text.charAt(i + 1));
    }
}
