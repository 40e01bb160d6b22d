package org.triangulate.resolve;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys under which names are compared: an exact key (case, accents, apostrophes, a leading "the", honorifics and a
 * possessive aside), a spelling skeleton for names that passed through another alphabet, and a consonant key that
 * blocks candidates for the skeleton comparison. Thread-safe.
 */
final class Names {
    // Titles written before a person's name; a mention that starts with one is a person whatever the tagger said.
    // Ranks come in runs: "Lt Col Vesnyak", "Brig Gen Arno Pell".
    static final Pattern HONORIFIC = Pattern.compile("^(?:(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|gen|col|"
            + "capt|lt|maj|brig|adm|cdr|cmdr|sgt|cpl|pte|pvt|rev|fr|sen|rep|gov)\\.?\\s+)+");
    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her",
            "them", "us", "his", "its", "their", "our");
    /** Words an acronym or a bag of words skips. */
    static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "on", "in", "to", "at", "'s", "s",
            "de", "du", "des", "la", "le", "del", "der", "und", "a", "an", "&");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern POSSESSIVE = Pattern.compile("'s?$");
    private static final Pattern INNER_MARKS = Pattern.compile("['\\-.]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern C_NOT_H = Pattern.compile("c(?!h)");
    private static final Pattern GLIDE_END = Pattern.compile("(?:i[ij]|ie|ei)$");
    private static final Pattern GLIDE_INNER = Pattern.compile("ij(?=[^aeiou])");
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));

    private Names() {}

    /** Case, compatibility forms, typographic apostrophes and runs of spaces folded. */
    static String normalize(String name) {
        if (plain(name)) return name.toLowerCase(Locale.ROOT).strip();
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
                .toLowerCase(Locale.ROOT).strip();
        return SPACES.matcher(s).replaceAll(" ");
    }

    /** ASCII letters, digits and punctuation, single spaces between words: nothing for NFKC or the space rule to do. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 126 || c < ' ' || c == ' ' && (i == 0 || s.charAt(i - 1) == ' ')) return false;
        }
        return true;
    }

    /** The exact matching key of a name: case, accents, apostrophes, a leading "the", a title and a possessive aside. */
    static String key(String name) {
        String s = HONORIFIC.matcher(normalize(name)).replaceFirst("");
        s = POSSESSIVE.matcher(LEADING_THE.matcher(s).replaceFirst("")).replaceFirst("");
        return ascii(s).strip();
    }

    /**
     * A name in Latin letters without accents, through ICU for anything beyond ASCII: Cyrillic by the BGN/PCGN
     * romanization English-language news follows ("Ельцин" is "Yel'tsin"), other scripts by {@code Any-Latin}.
     */
    static String ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) return TO_LATIN.get().transliterate(CARONS.matcher(s).replaceAll(Names::digraph));
        }
        return s;
    }

    /** Letters with a caron that English writes as a digraph: Žabova is Zhabova, Tameš Tamesh, Čenkov Chenkov. */
    private static final Pattern CARONS = Pattern.compile("[žščŽŠČ]");

    private static String digraph(java.util.regex.MatchResult m) {
        return switch (m.group()) {
            case "ž" -> "zh";
            case "š" -> "sh";
            case "č" -> "ch";
            case "Ž" -> "Zh";
            case "Š" -> "Sh";
            default -> "Ch";
        };
    }

    static boolean titled(String name) {
        return HONORIFIC.matcher(normalize(name)).find();
    }

    /** The words of a key, apostrophes and hyphens dropped within them ("el'tsin" is "eltsin"). */
    static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        for (String w : key.split(" ")) {
            String word = INNER_MARKS.matcher(w).replaceAll("");
            if (!word.isEmpty()) out.add(word);
        }
        return out;
    }

    /**
     * How a word sounds, roughly, whichever transliteration wrote it: Valery, Valerie and Valeriy share
     * {@code valeri}; Tchaikovsky and Chaikovsky {@code chaikovski}; Yeltsin and El'tsin {@code eltsin}; Qaddafi and
     * Kadhafi {@code kadafi}; Rachmaninoff and Rachmaninov alike. Digraphs fold first (tch, zh, kh, dh, ph, q, w, x,
     * ts), then y and the i-glides, then doubled letters, then a final -off.
     */
    static String skeleton(String word) {
        String s = NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (s.startsWith("ye") || s.startsWith("je")) s = "e" + s.substring(2);
        // German, Polish and Czech write j where English writes y: Jaroslaw, Jurij, Jowanowicz.
        if (s.length() > 1 && s.charAt(0) == 'j' && "auo".indexOf(s.charAt(1)) >= 0) s = "y" + s.substring(1);
        // German and Dutch write ae, oe, ue for a, o, u with an umlaut, which English drops: Mueller, Müller, Muller.
        s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u");
        s = s.replace("tsch", "ch").replace("tch", "ch").replace("sch", "sh").replace("dzh", "j").replace("zh", "j")
                .replace("kh", "k").replace("gh", "g").replace("dh", "d").replace("th", "t").replace("ph", "f")
                .replace("ck", "k").replace('q', 'k').replace('w', 'v').replace("x", "ks");
        // Serbian, Croatian and Czech write c for the ts of a Cyrillic ц, and German tz: Danica and Danitsa, Cvetan
        // and Tsvetan, Vetsalova and Vetzalova.
        s = s.replace("ts", "c").replace("tz", "c");
        // South Slavic -ić and -ič end a name as -ic or -ich in English: Ostrić, Ostric, Ostrich. Not in short words,
        // where -ich and -ick are other names (Rich, Rick).
        if (s.length() >= 6 && s.endsWith("ich")) s = s.substring(0, s.length() - 1);
        s = C_NOT_H.matcher(s).replaceAll("k").replace('y', 'i');
        s = GLIDE_INNER.matcher(GLIDE_END.matcher(s).replaceFirst("i")).replaceAll("i");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) out.append(s.charAt(i));
        }
        if (out.length() > 3 && out.toString().endsWith("of")) out.setCharAt(out.length() - 1, 'v'); // -off, -ov
        return out.toString();
    }

    /**
     * The consonants of a skeleton, with letters that transliterations swap folded together (g/h/k, s/z, d/t, b/p,
     * v/f).
     * Two skeletons one vowel or one such consonant apart share it, so it blocks candidates for {@link #close}.
     */
    static String consonants(String skeleton) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < skeleton.length(); i++) {
            char c = fold(skeleton.charAt(i));
            if ("aeiou".indexOf(c) < 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) out.append(c);
        }
        return out.toString();
    }

    private static char fold(char c) {
        return switch (c) {
            case 'g', 'h' -> 'k';
            case 'z' -> 's';
            case 'd' -> 't';
            case 'b' -> 'p';
            case 'v' -> 'f';
            default -> c;
        };
    }

    /**
     * Whether two skeletons are one spelling variant: equal, or, when both have at least {@code minLength} letters,
     * one substitution apart where the two letters are vowels transliterations swap (e/i, e/o, a/o) or consonants
     * that fold together (g/k, s/z, d/t, b/p, v/f). Short names must match exactly, so Kim and Kin stay apart;
     * Austria and Australia differ by more than one letter.
     */
    static boolean close(String a, String b, int minLength) {
        if (a.equals(b)) return true;
        if (a.length() != b.length() || a.length() < minLength) return false;
        int diff = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (diff >= 0) return false;
                diff = i;
            }
        }
        return swapped(a.charAt(diff), b.charAt(diff));
    }

    /**
     * Vowels that transliterations swap (e and i; e and o for a Cyrillic ё; a and o), consonants that fold, or the
     * letters a Cyrillic х and г come out as (h and k: Khrastel and Hrastel; h and g: Hrytsenko and Grytsenko).
     */
    private static boolean swapped(char x, char y) {
        String pair = x < y ? "" + x + y : "" + y + x;
        return pair.equals("ei") || pair.equals("eo") || pair.equals("ao") || pair.equals("hk") || pair.equals("gh")
                || fold(x) == fold(y);
    }

    /** Last words of a company's name: a tagger that took "Tarrow Foods" for a person was wrong. */
    private static final Set<String> CORPORATE = Set.of("inc", "ltd", "llc", "plc", "corp", "corporation", "co",
            "gmbh", "ag", "sa", "nv", "bv", "holdings", "group", "industries", "pharmaceuticals", "pharma",
            "chemicals", "foods", "motors", "airlines", "airways", "energy", "technologies", "systems", "shipping",
            "logistics", "media", "labs", "laboratories", "partners", "bank", "insurance", "mining", "steel",
            "telecom", "enterprises", "brewery", "breweries", "seaways", "ferries", "lines", "railways", "railway",
            "petroleum", "oil", "electric", "engineering", "construction", "investments", "securities", "textiles",
            "mills", "farms");

    /** Whether a name ends in a word that only a company's name ends in ("Tarrow Foods", "Halvane Ltd"). */
    static boolean corporate(String name) {
        List<String> w = words(key(name));
        return w.size() >= 2 && CORPORATE.contains(w.get(w.size() - 1).replace(".", ""));
    }

    /**
     * The place names a demonym may come from, by the commonest English endings: "Lusmeran" from "Lusmera" or
     * "Lusmere", "Estravian" from "Estravia", "Tarrese" from "Tarr", "Kolbi" from "Kolb". Lowercase keys.
     */
    static List<String> demonymStems(String word) {
        List<String> out = new ArrayList<>();
        if (word.endsWith("ian")) {
            out.add(word.substring(0, word.length() - 1));
            out.add(word.substring(0, word.length() - 3));
            out.add(word.substring(0, word.length() - 3) + "y");
            out.add(word.substring(0, word.length() - 3) + "e");
        }
        if (word.endsWith("an")) {
            out.add(word.substring(0, word.length() - 1));
            out.add(word.substring(0, word.length() - 2));
            out.add(word.substring(0, word.length() - 2) + "e");
        }
        if (word.endsWith("n")) out.add(word.substring(0, word.length() - 1));
        if (word.endsWith("ese")) out.add(word.substring(0, word.length() - 3));
        if (word.endsWith("i")) out.add(word.substring(0, word.length() - 1));
        out.removeIf(s -> s.length() < 4);
        return out;
    }
}
