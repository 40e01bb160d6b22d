package org.triangulate.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.EntityType;
import org.triangulate.model.Mention;
import org.triangulate.model.Sentence;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Mentions beyond the tagger's, in one document: names an alias list knows, found whole where the tagger split them
 * ("Republic of X" inside a longer official name), and acronyms defined in parentheses beside their expansion, in
 * either order ("Harbour Authority (KHA)", "KHA (Harbour Authority)"). Thread-safe.
 */
final class MentionFinder {
    private static final Pattern PARENTHESIS = Pattern.compile("\\(\\s*([^()\\n]{2,80}?)\\s*\\)");
    private static final Pattern WORD = Pattern.compile("'s\\b|[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*\\.?|[^\\s\\p{L}\\p{N}]");
    private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*");
    private static final Set<AliasList.Kind> WHOLE_NAMES = Set.of(AliasList.Kind.NAME, AliasList.Kind.OFFICIAL,
            AliasList.Kind.ALT, AliasList.Kind.USER, AliasList.Kind.TRANSLATION);

    /** An acronym and the name it is defined as, both in one document. */
    record Definition(Span expansion, Span acronym) {}

    /** A document's mentions, tagged and found, in text order, and its acronym definitions. */
    record Found(List<Mention> mentions, List<Definition> definitions) {}

    private final Map<String, List<List<String>>> namesByFirstWord = new HashMap<>();
    private final Map<List<String>, EntityType> typeOfName = new HashMap<>();

    MentionFinder(AliasList aliases) {
        for (AliasList.Alias a : aliases.aliases()) {
            if (!WHOLE_NAMES.contains(a.kind())) continue;
            List<String> words = words(a.name());
            if (words.size() < 2) continue;
            namesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
            typeOfName.putIfAbsent(words, a.type() == null ? EntityType.ORGANIZATION : a.type());
        }
        namesByFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt(l2 -> -l2.size())));
    }

    /** The words of a name as the tokenizer splits them: a possessive and punctuation on their own. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Names.normalize(name));
        while (m.find()) out.add(Names.ascii(m.group()));
        return out;
    }

    Found find(AnnotatedDocument doc) {
        List<Mention> mentions = new ArrayList<>(doc.mentions());
        addKnownNames(doc, mentions);
        List<Definition> definitions = new ArrayList<>();
        addDefinitions(doc, mentions, definitions);
        mentions.sort(Comparator.comparing(Mention::span));
        return new Found(mentions, definitions);
    }

    /** Names of the alias list, longest first, where a capitalized token starts them; they replace what they cover. */
    private void addKnownNames(AnnotatedDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (first.word().isEmpty() || !Character.isUpperCase(first.word().charAt(0))) continue;
            List<List<String>> candidates = namesByFirstWord.get(tokenWord(first));
            if (candidates == null) continue;
            for (List<String> name : candidates) {
                if (!matches(tokens, i, name)) continue;
                Span span = new Span(first.span().start(), tokens.get(i + name.size() - 1).span().end());
                boolean inside = mentions.stream().anyMatch(m -> m.span().contains(span) && !m.span().equals(span));
                if (!inside) {
                    mentions.removeIf(m -> span.contains(m.span()));
                    mentions.add(new Mention(span, span.of(doc.text()), typeOfName.get(name), sentenceAt(doc, span)));
                }
                i += name.size() - 1;
                break;
            }
        }
    }

    private static boolean matches(List<Token> tokens, int from, List<String> name) {
        if (from + name.size() > tokens.size()) return false;
        for (int j = 0; j < name.size(); j++) {
            if (!tokenWord(tokens.get(from + j)).equals(name.get(j))) return false;
        }
        return true;
    }

    private static String tokenWord(Token t) {
        return Names.ascii(Names.normalize(t.word()));
    }

    /** "Name (ACR)" and "ACR (Name)": the acronym and its expansion, each made a mention if the tagger missed it. */
    private static void addDefinitions(AnnotatedDocument doc, List<Mention> mentions, List<Definition> out) {
        String text = doc.text();
        Matcher m = PARENTHESIS.matcher(text);
        while (m.find()) {
            Span inner = new Span(m.start(1), m.end(1));
            String content = m.group(1);
            if (Acronyms.isAcronym(content)) {
                Span expansion = expansionBefore(doc, mentions, m.start());
                if (expansion == null) continue;
                EntityType type = typeAt(mentions, expansion);
                ensure(doc, mentions, inner, type);
                out.add(new Definition(expansion, inner));
            } else {
                Span acronym = acronymBefore(text, m.start());
                if (acronym == null || !nameLike(content)) continue;
                ensure(doc, mentions, inner, EntityType.ORGANIZATION);
                out.add(new Definition(inner, acronym));
                ensure(doc, mentions, acronym, typeAt(mentions, inner));
            }
        }
    }

    /** The tagged mention that ends just before the parenthesis, or a run of capitalized words there. */
    private static Span expansionBefore(AnnotatedDocument doc, List<Mention> mentions, int paren) {
        String text = doc.text();
        int end = paren;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        for (Mention mention : mentions) {
            if (mention.span().end() == end && mention.text().contains(" ")) return mention.span();
        }
        // A run of capitalized words, function words allowed inside it: "Office for Harbour Safety".
        List<Token> before = doc.tokensIn(new Span(Math.max(0, end - 120), end));
        int start = -1;
        int capitalized = 0;
        for (int i = before.size() - 1; i >= 0; i--) {
            String w = before.get(i).word();
            if (CAPITALIZED.matcher(w).matches()) {
                start = before.get(i).span().start();
                capitalized++;
            } else if (!Names.FUNCTION_WORDS.contains(Names.normalize(w)) || start < 0) {
                break;
            }
        }
        return capitalized >= 2 ? new Span(start, end) : null;
    }

    private static Span acronymBefore(String text, int paren) {
        int end = paren;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') start--;
        if (start == end) return null;
        return Acronyms.isAcronym(text.substring(start, end)) ? new Span(start, end) : null;
    }

    /** At least two capitalized words and nothing lower case but function words. */
    private static boolean nameLike(String content) {
        int capitalized = 0;
        for (String w : content.split("\\s+")) {
            if (CAPITALIZED.matcher(w).matches()) capitalized++;
            else if (!Names.FUNCTION_WORDS.contains(Names.normalize(w))) return false;
        }
        return capitalized >= 2;
    }

    private static EntityType typeAt(List<Mention> mentions, Span span) {
        for (Mention m : mentions) {
            if (m.span().equals(span)) return m.type();
        }
        return EntityType.ORGANIZATION;
    }

    private static void ensure(AnnotatedDocument doc, List<Mention> mentions, Span span, EntityType type) {
        for (Mention m : mentions) {
            if (m.span().equals(span)) return;
        }
        mentions.removeIf(m -> span.contains(m.span()));
        mentions.add(new Mention(span, span.of(doc.text()), type, sentenceAt(doc, span)));
    }

    /** The index of the sentence that holds a span, or 0 when the document has no sentences. */
    static int sentenceAt(AnnotatedDocument doc, Span span) {
        List<Sentence> sentences = doc.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (s.end() <= span.start()) lo = mid + 1;
            else if (s.start() > span.start()) hi = mid - 1;
            else return sentences.get(mid).index();
        }
        return sentences.isEmpty() ? 0 : sentences.get(Math.max(0, Math.min(lo, sentences.size() - 1))).index();
    }
}
