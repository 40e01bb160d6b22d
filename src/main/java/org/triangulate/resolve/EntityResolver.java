package org.triangulate.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Entity;
import org.triangulate.model.Entity.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.Mention;

/**
 * Groups mentions into entities. Stateless and thread-safe; runs in time linear in the number of mentions (one hash
 * lookup each).
 */
public final class EntityResolver {
    // Titles written before a person's name; a mention that starts with one is a person whatever the tagger said.
    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
            "^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|gen|col|capt|lt|sgt|rev|fr|sen|rep|gov)\\.?\\s+");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her",
            "them", "us", "his", "its", "their", "our");

    public List<Entity> resolve(List<AnnotatedDocument> documents) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (AnnotatedDocument doc : documents) {
            for (Mention m : doc.mentions()) {
                String key = key(m.text());
                if (key.isEmpty() || PRONOUNS.contains(key)) continue;
                boolean titled = HONORIFIC.matcher(normalize(m.text())).find();
                groups.computeIfAbsent(key, k -> new Group()).add(doc.id(), m, titled ? EntityType.PERSON : m.type());
            }
        }
        mergeSurnames(groups);
        Map<String, Integer> docOrder = new HashMap<>();
        for (AnnotatedDocument doc : documents) docOrder.put(doc.id(), docOrder.size());
        Comparator<EntityMention> inOrder = Comparator.<EntityMention>comparingInt(m -> docOrder.get(m.doc()))
                .thenComparing(EntityMention::span);
        List<Entity> out = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.mentions.isEmpty()) continue;
            g.mentions.sort(inOrder);
            out.add(new Entity("e" + (out.size() + 1), g.name(), g.type(), g.mentions));
        }
        return out;
    }

    /** A lone surname joins the one multi-word person name in the batch that ends with it. */
    private static void mergeSurnames(Map<String, Group> groups) {
        Map<String, List<Group>> byLastWord = new HashMap<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            String[] words = e.getKey().split(" ");
            if (words.length > 1 && e.getValue().type() == EntityType.PERSON) {
                byLastWord.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(e.getValue());
            }
        }
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group single = e.getValue();
            if (e.getKey().contains(" ") || single.type() != EntityType.PERSON) continue;
            List<Group> full = byLastWord.getOrDefault(e.getKey(), List.of());
            if (full.size() == 1 && full.get(0) != single) {
                full.get(0).absorb(single);
            }
        }
    }

    /** The matching key of a name: case, accents, apostrophes, a leading "the" and a possessive don't count. */
    static String key(String name) {
        String s = HONORIFIC.matcher(normalize(name)).replaceFirst("");
        s = s.replaceFirst("^the ", "").replaceFirst("'s?$", "");
        return s.strip();
    }

    private static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** The mentions that share a key, and the types CoreNLP gave them. */
    private static final class Group {
        final List<EntityMention> mentions = new ArrayList<>();
        final Map<EntityType, Integer> types = new LinkedHashMap<>();

        void add(String doc, Mention m, EntityType type) {
            mentions.add(new EntityMention(doc, m.span(), m.text()));
            types.merge(type, 1, Integer::sum);
        }

        void absorb(Group other) {
            mentions.addAll(other.mentions);
            other.types.forEach((t, n) -> types.merge(t, n, Integer::sum));
            other.mentions.clear();
            other.types.clear();
        }

        EntityType type() {
            return types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(EntityType.MISC);
        }

        /** The fullest form written (titles don't count), without a possessive; the most frequent among equals. */
        String name() {
            Map<String, Integer> counts = new HashMap<>();
            for (EntityMention m : mentions) {
                counts.merge(m.text().strip().replaceFirst("['’]s?$", ""), 1, Integer::sum);
            }
            return counts.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> key(e.getKey()).split(" ").length)
                            .thenComparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElseThrow();
        }
    }
}
