package org.triangulate.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Mention;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Titles and roles written beside a person's name, as the report writes them: before it ("Harbour Minister Ada
 * Brenn", "the port's chief executive, Ada Brenn,") or in apposition after it ("Ada Brenn, head of the port
 * authority, said"). A role names its holder elsewhere: "the head of the port authority said" is Ada Brenn. Stateless.
 */
public final class Roles {
    /** Nouns that make a phrase a title or role. */
    public static final Set<String> ROLE_NOUNS = Set.of("president", "minister", "chief", "head", "leader", "commander",
            "general", "spokesman", "spokeswoman", "spokesperson", "secretary", "director", "chairman", "chairwoman",
            "chair", "ambassador", "envoy", "governor", "mayor", "king", "queen", "chancellor", "premier", "adviser",
            "advisor", "correspondent", "editor", "officer", "colonel", "captain", "admiral", "marshal", "deputy",
            "senator", "lawmaker", "ceo", "founder", "judge", "prosecutor", "diplomat", "negotiator", "coordinator",
            "manager", "inspector", "executive", "representative", "emperor", "prince", "princess", "pope", "sheikh",
            "emir", "dictator", "attorney", "lieutenant", "sergeant", "major", "superintendent", "commissioner",
            "treasurer", "speaker", "rapporteur", "blogger", "journalist", "analyst", "economist", "professor");
    /** Words in the names of bodies that are not businesses: "union", "ministry", "commission", ... */
    public static final Set<String> PUBLIC_BODY_WORDS = Set.of("union", "ministry", "authority", "agency",
            "association", "council", "commission", "committee", "office", "department", "court", "police", "party",
            "government", "parliament", "assembly", "society", "federation", "institute", "university", "school",
            "hospital", "league", "army", "navy", "service", "board", "foundation", "movement", "network", "club",
            "families", "church", "trust");
    /**
     * The words of a body's name up to its head noun: all of them, or those before an "of" ("Dockworkers' Union" of
     * "Dockworkers' Union of Lusmere"), or before a "for" after a body's word ("Brightwater Institute" of "Brightwater
     * Institute for Conflict Studies"; not "Families" of "Families for Safe Medicines").
     */
    public static List<String> headPhrase(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (w.equals("of")) return words.subList(0, i);
            if (w.equals("for") && i >= 2 && PUBLIC_BODY_WORDS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
                return words.subList(0, i);
            }
        }
        return words;
    }

    private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "(", ")", "\"", "“", "”", "—", "–", "said",
            "says", "who", "which", "that", "and", "but");
    private static final int MAX_WORDS = 12;

    private Roles() {}

    /** The roles written beside one person mention, as written; empty when there are none. */
    static List<String> of(AnnotatedDocument doc, Mention person) {
        List<Token> tokens = doc.tokens();
        int first = indexAt(tokens, person.span().start());
        if (first < 0) return List.of();
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).span().end() <= person.span().end()) last++;
        // A role is written in the name's sentence: not across a headline, a byline or a caption left out before it.
        Span sentence = doc.sentences().stream().map(Sentence::span).filter(x -> x.contains(person.span()))
                .findFirst().orElse(new Span(0, doc.text().length()));
        List<String> out = new ArrayList<>();
        // After: "Name, the head of X, ..." up to the closing comma.
        if (last + 2 < tokens.size() && tokens.get(last + 1).word().equals(",")) {
            int end = last + 2;
            while (end < tokens.size() && end - last <= MAX_WORDS && !tokens.get(end).word().equals(",")
                    && !stop(tokens.get(end)) && sentence.contains(tokens.get(end).span())) {
                end++;
            }
            if (end < tokens.size() && tokens.get(end).word().equals(",")) add(doc, tokens, last + 2, end, out);
        }
        // Before: "Title Name", or "a title, Name".
        int end = first;
        if (first > 1 && tokens.get(first - 1).word().equals(",")) end = first - 1;
        int start = end;
        while (start > 0 && end - start < MAX_WORDS && titleWord(tokens.get(start - 1), end == first)
                && sentence.contains(tokens.get(start - 1).span())) {
            start--;
        }
        add(doc, tokens, start, end, out);
        return out;
    }

    /** Whether a role noun stands right before the name ("minister Ada Brenn"): then the name is a person's. */
    static boolean titled(AnnotatedDocument doc, Mention m) {
        int first = indexAt(doc.tokens(), m.span().start());
        return first > 0 && m.text().contains(" ")
                && ROLE_NOUNS.contains(doc.tokens().get(first - 1).word().toLowerCase(Locale.ROOT));
    }

    private static void add(AnnotatedDocument doc, List<Token> tokens, int from, int to, List<String> out) {
        while (from < to && determiner(tokens.get(from))) from++;
        if (from >= to) return;
        boolean role = false;
        for (int i = from; i < to; i++) {
            role |= ROLE_NOUNS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT));
        }
        if (!role) return;
        String text = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end()).of(doc.text());
        text = text.replaceAll("\\s+", " ");
        if (Character.isLowerCase(text.charAt(0)) && Character.isUpperCase(tokens.get(from).word().charAt(0))) return;
        out.add(text);
    }

    /**
     * Whether a word before a name may belong to its title: capitalized words, role nouns, possessives, and (when a
     * comma sets the title apart) lower-case nouns, adjectives and "of".
     */
    private static boolean titleWord(Token t, boolean adjacent) {
        String w = t.word();
        if (stop(t) || w.isEmpty()) return false;
        String pos = t.pos();
        if (pos.startsWith("VB") || pos.equals("CD")) return false;
        if (Character.isUpperCase(w.charAt(0)) || ROLE_NOUNS.contains(w.toLowerCase(Locale.ROOT))) return true;
        if (pos.equals("POS") || w.equals("'s") || w.equals("’s")) return true;
        if (adjacent) return pos.startsWith("NN") || pos.startsWith("JJ");
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || w.equals("of");
    }

    private static boolean stop(Token t) {
        return STOPS.contains(t.word().toLowerCase(Locale.ROOT)) || t.pos().equals("IN") && !t.word().equals("of");
    }

    private static boolean determiner(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("of") || w.equals("its")
                || w.equals("his") || w.equals("her") || w.equals("their");
    }

    private static int indexAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = tokens.get(mid).span().start();
            if (start < offset) lo = mid + 1;
            else if (start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /**
     * Whether a description ("the head of the port authority", "the Freedonian president") fits a role: every
     * content word of the description is in the role (words cut to five letters, so "Freedonian" fits
     * "Freedonia's"), and one of them is a role noun.
     */
    public static boolean fits(List<String> description, String role) {
        Set<String> roleWords = new java.util.HashSet<>();
        for (String w : Names.normalize(role).split("[^\\p{L}\\p{N}]+")) roleWords.add(stem(w));
        boolean noun = false;
        boolean any = false;
        for (String w : description) {
            String word = w.toLowerCase(Locale.ROOT);
            if (Names.FUNCTION_WORDS.contains(word) || word.equals("the") || word.isBlank()) continue;
            if (!roleWords.contains(stem(word))) return false;
            any = true;
            noun |= ROLE_NOUNS.contains(word);
        }
        return any && noun;
    }

    private static String stem(String w) {
        return w.length() > 5 ? w.substring(0, 5) : w;
    }
}
