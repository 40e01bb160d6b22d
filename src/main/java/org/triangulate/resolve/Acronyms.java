package org.triangulate.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms and the initials of the names they may stand for. "NATO" is the initials of "North Atlantic Treaty
 * Organization"; a name translated word for word from another language ("X Agency of Country") is matched to the
 * acronym of its usual English form ("Country X Agency") by moving the "of" phrase to the front, and by letting the
 * words agencies and institutions are commonly translated by stand for each other.
 */
final class Acronyms {
    /**
     * Words that translations of institutional names swap: "telegraph agency" is the word-for-word translation of
     * what English calls a news agency; "defence" and "defense"; "ministry" and "department".
     */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("telegraph", "news"), Map.entry("press", "news"), Map.entry("information", "news"),
            Map.entry("defence", "defense"), Map.entry("department", "ministry"), Map.entry("army", "forces"),
            Map.entry("military", "forces"), Map.entry("organisation", "organization"),
            Map.entry("centre", "center"));

    private Acronyms() {}

    /** Whether a surface form is written as an acronym: 2 to 8 capitals, dots and an ampersand allowed ("U.N.", "AT&T"). */
    static boolean isAcronym(String surface) {
        String letters = letters(surface);
        if (letters.length() < 2 || letters.length() > 8) return false;
        int upper = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) return false;
            else if (c != '.' && c != '&') return false;
        }
        return upper >= 2;
    }

    /** The letters of an acronym, upper case: "U.N." is "UN". */
    static String letters(String surface) {
        return surface.replaceAll("[^\\p{L}]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The initials of a name as written: its content words' first letters ("Armed Forces of Ukraine" is "AFU"). */
    static String initials(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!Names.FUNCTION_WORDS.contains(w) && !w.isEmpty()) out.append(Character.toUpperCase(w.charAt(0)));
        }
        return out.toString();
    }

    /**
     * The initials the name's English forms may have, beyond {@link #initials}: with a closing "of X" phrase moved to
     * the front ("Central Bank of Country" as "Country Central Bank"), and with commonly swapped institutional words
     * replaced ({@link #SYNONYMS}).
     */
    static Set<String> translatedInitials(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        List<List<String>> orders = new ArrayList<>();
        orders.add(words);
        int of = words.lastIndexOf("of");
        if (of > 0 && of < words.size() - 1) {
            List<String> moved = new ArrayList<>(words.subList(of + 1, words.size()));
            moved.addAll(words.subList(0, of));
            orders.add(moved);
        }
        for (List<String> order : orders) {
            out.add(initials(order));
            out.add(initials(order.stream().map(w -> SYNONYMS.getOrDefault(w, w)).toList()));
        }
        out.remove(initials(words));
        return out;
    }
}
