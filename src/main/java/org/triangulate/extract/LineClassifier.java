package org.triangulate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of one paragraph's text, as a reader glancing at a page would judge it: a sentence, a headline, a short
 * label. Pure functions of the text; no lexicon of page furniture here (that is {@link Furniture}).
 */
final class LineClassifier {

    /** Words a headline leaves in lower case ("Victory in the North"); they do not count against title case. */
    private static final Set<String> MINOR_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
            "as", "vs", "vs.", "via", "over", "into", "onto", "amid", "after", "before", "about", "is", "are", "was",
            "its", "his", "her", "their", "than", "up", "off", "out", "per", "de", "la", "le", "del", "van", "von");

    /** Ends like a sentence: terminal punctuation, then any closing quotes or brackets. */
    private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"'”’»)\\]]*$");

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|posted by|written by|words by|story by|text by|report by)\\s+\\p{Lu}.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Longest "short line" in words: headlines, labels and captions are shorter than this. */
    static final int SHORT_LINE_WORDS = 20;
    private static final int SHORT_LINE_CHARS = 160;
    /** A paragraph this long is article text even without closing punctuation (a truncated last paragraph). */
    private static final int LONG_PARAGRAPH_WORDS = 25;

    private LineClassifier() {
    }

    static boolean isSpace(char c) {
        // A byte-order mark or zero-width space at a line's edge is not text either.
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** The text with runs of white space made one space, stripped; case and quotes kept. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** A key for comparing lines: collapsed, lower case, typographic quotes made straight. */
    static String normalize(CharSequence s) {
        return collapse(s).replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .toLowerCase(Locale.ROOT);
    }

    /** The words of a line: white-space separated tokens holding at least one letter or digit. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String token : collapse(s).split(" ")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) out.add(token);
        }
        return out;
    }

    /** {@code words(s).size()} without building the list: the runs of non-space characters with a letter or digit. */
    static int wordCount(CharSequence s) {
        int n = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && isSpace((char) cp)) {
                inToken = false;
                continue;
            }
            if (!inToken) {
                inToken = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(cp)) {
                n++;
                counted = true;
            }
        }
        return n;
    }

    static boolean isSentence(String s) {
        return TERMINAL.matcher(s.strip()).find();
    }

    /** A headline, label or caption: no closing punctuation, not ending in a colon, and short. */
    static boolean isShortLine(String s) {
        String t = s.strip();
        if (t.isEmpty() || isSentence(t) || t.endsWith(":") || t.length() > SHORT_LINE_CHARS) return false;
        int n = wordCount(t);
        return n >= 1 && n <= SHORT_LINE_WORDS;
    }

    /** Most words that are not minor words start with a capital or a digit ("Rebels Take Northern Town"). */
    static boolean isTitleCase(String s) {
        int significant = 0;
        int capitalized = 0;
        for (String w : words(s)) {
            String bare = stripPunctuation(w);
            if (bare.isEmpty() || MINOR_WORDS.contains(bare.toLowerCase(Locale.ROOT))) continue;
            significant++;
            int first = bare.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first)) capitalized++;
        }
        return significant > 0 && capitalized * 5 >= significant * 3;
    }

    static boolean isHeadlineLike(String s) {
        return isShortLine(s) && isTitleCase(s);
    }

    /** Article text for sure: a sentence of a few words, or a long paragraph. */
    static boolean isRealParagraph(String s) {
        int n = wordCount(s);
        return isSentence(s) ? n >= 4 : n >= LONG_PARAGRAPH_WORDS;
    }

    /** "By Jane Roe, Science Editor", "Posted by ..." on a line of its own. */
    static boolean isByline(String s) {
        return !isSentence(s) && wordCount(s) <= 15 && BYLINE.matcher(s.strip()).matches();
    }

    /** Starts with a capital letter, or with a digit or quote before one. */
    static boolean startsCapitalized(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) return Character.isUpperCase(c);
            if (Character.isDigit(c)) return true;
        }
        return false;
    }

    /** Only the letters and digits of a string, lower case: "Example News" and "examplenews" agree. */
    static String letters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String stripPunctuation(String w) {
        int from = 0;
        int to = w.length();
        while (from < to && !Character.isLetterOrDigit(w.charAt(from))) from++;
        while (to > from && !Character.isLetterOrDigit(w.charAt(to - 1))) to--;
        return w.substring(from, to);
    }
}
