package org.triangulate.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of English text as the stance features compare them: lower-cased runs of letters and digits (an apostrophe
 * inside a word kept, so "isn't" stays one word), a possessive "'s" dropped, a plural "s" dropped from longer words.
 * A crude stemmer on purpose: it must give the same terms at training and at use, with nothing to load.
 */
final class Terms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    /** Function words, left out where terms are compared for topic; kept where stance cues are counted. */
    static final Set<String> STOP = Set.of(
            "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before",
            "being", "between", "both", "but", "by", "can", "did", "do", "doe", "doing", "down", "during", "each",
            "few", "for", "from", "further", "had", "ha", "have", "having", "he", "her", "here", "hers", "herself",
            "him", "himself", "his", "how", "i", "in", "into", "is", "it", "its", "itself", "just", "me", "more",
            "most", "my", "myself", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out",
            "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
            "very", "wa", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
            "with", "would", "you", "your", "yours", "new", "one", "two", "s", "t", "u");

    private Terms() {}

    /** The terms of a text, in order, function words included. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(normalize(m.group()));
        return out;
    }

    /** Whether a term says something about the topic: not a function word, not a lone digit. */
    static boolean content(String term) {
        return term.length() > 1 && !STOP.contains(term);
    }

    private static String normalize(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s")) {
            w = w.endsWith("ies") && w.length() > 4 ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        }
        return w;
    }
}
