package org.triangulate.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Photo captions told by repetition, which no single line shows: a caption printed twice, the second time with
 * its credit appended ("Soldiers at the border" then "Soldiers at the border Jane Roe"), and a short line that the
 * page repeats under every picture.
 */
final class Captions {

    /** A short non-sentence line seen this often is a caption under pictures, not a headline. */
    static final int REPEATED_CAPTION = 3;

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?:photo|photograph|picture|image|credit|photo credit|image credit)s?\\s*(?:[:/]|by\\b).+", I);
    private static final Pattern PARENTHESIZED = Pattern.compile("^\\([^()]{1,80}\\)$");
    private static final Pattern AFTER_SEPARATOR = Pattern.compile("^[/|©]\\s*\\S.*");
    private static final Pattern NAME_WORD = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:/\\p{Lu}[\\p{L}\\p{M}'’.-]*)?");
    private static final Set<String> NAME_PARTICLES = Set.of(
            "de", "da", "di", "van", "von", "der", "al", "el", "bin", "la", "le", "for", "the", "via", "and", "/");

    private Captions() {
    }

    /**
     * Marks captions in {@code reason} (null where a paragraph is still undecided).
     *
     * @param shown each paragraph's text, collapsed
     * @param keep a normalized line never to take for a caption (the known headline), or null
     */
    static void mark(List<String> shown, String[] reason, String keep) {
        List<String> keys = shown.stream().map(LineClassifier::normalize).toList();
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) byKey.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
        for (int i = 0; i + 1 < shown.size(); i++) {
            markCreditPair(shown, keys, byKey, reason, i, i + 1);
            markCreditPair(shown, keys, byKey, reason, i + 1, i);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            if (reason[i] == null && LineClassifier.isShortLine(shown.get(i))) {
                counts.merge(keys.get(i), 1, Integer::sum);
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            String key = keys.get(i);
            if (reason[i] == null && counts.getOrDefault(key, 0) >= REPEATED_CAPTION && !key.equals(keep)) {
                reason[i] = Furniture.PHOTO_CAPTION;
            }
        }
    }

    /** {@code withCredit} repeats {@code caption}, next to it, with a credit appended. */
    private static void markCreditPair(List<String> shown, List<String> keys, Map<String, List<Integer>> byKey,
                                       String[] reason, int caption, int withCredit) {
        String a = shown.get(caption);
        String b = shown.get(withCredit);
        if (b.length() <= a.length() + 1 || !b.startsWith(a) || b.charAt(a.length()) != ' ') return;
        int words = LineClassifier.wordCount(a);
        if (words < 2 || words > 60 || !isCredit(b.substring(a.length() + 1))) return;
        reason[withCredit] = Furniture.PHOTO_CREDIT;
        // Each caption's lines are marked once; a page may print the pair many times.
        List<Integer> lines = byKey.remove(keys.get(caption));
        if (lines != null) lines.forEach(i -> reason[i] = Furniture.PHOTO_CAPTION);
        reason[caption] = Furniture.PHOTO_CAPTION;
    }

    /** "Photo: Jane Roe / Agency", "(Agency/Jane Roe)", "/ Agency", or just a name: "Jane Roe". */
    static boolean isCredit(String tail) {
        String t = LineClassifier.collapse(tail);
        int words = LineClassifier.wordCount(t);
        if (words == 0) return false;
        if (CREDIT_LABEL.matcher(t).matches()) return words <= 12;
        if (PARENTHESIZED.matcher(t).matches() || AFTER_SEPARATOR.matcher(t).matches()) return words <= 8;
        String[] tokens = t.split(" ");
        if (tokens.length > 6 || !NAME_WORD.matcher(tokens[0]).matches()
                || !NAME_WORD.matcher(tokens[tokens.length - 1]).matches()) {
            return false;
        }
        for (String token : tokens) {
            if (!NAME_WORD.matcher(token).matches() && !NAME_PARTICLES.contains(token)) return false;
        }
        return true;
    }
}
