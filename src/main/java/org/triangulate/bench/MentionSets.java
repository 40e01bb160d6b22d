package org.triangulate.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Article;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Mention;
import org.triangulate.model.Metadata;
import org.triangulate.model.SourceDocument;
import org.triangulate.model.Span;
import org.triangulate.model.Token;

/**
 * Generated mention sets for measuring entity resolution: short documents that each name a few people,
 * organizations and countries the way reports do. People have invented names built from syllables, written in full,
 * by surname, and sometimes in another transliteration; organizations are written in full, by an acronym defined in
 * parentheses, or with their words reordered; countries by name or demonym. Every mention knows the entity it stands
 * for, so the resolution can be scored (B-cubed). Deterministic for a seed.
 */
public final class MentionSets {
    private static final String[] GIVEN = {"Anna", "Boris", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiro",
        "Ines", "Jonas", "Katya", "Luis", "Mei", "Nadia", "Omar", "Pavel", "Rosa", "Sergei", "Tariq", "Ursula",
        "Viktor", "Wen", "Yusuf", "Zofia", "Amadou", "Bianca", "Chen", "Darya", "Emil", "Fatima", "Goran", "Hana",
        "Ivan", "Jana", "Kofi", "Lena", "Marek", "Nikolai", "Olga", "Priya"};
    private static final String[] ONSETS = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr",
        "kr", "st", "tr", "sh", "ch"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u"};
    private static final String[] ENDINGS = {"ov", "enko", "ski", "son", "ez", "ani", "berg", "escu", "ic", "ova",
        "ler", "ari"};
    private static final String[] BODIES = {"Ministry of Fisheries", "Port Authority", "Rail Workers Union",
        "Central Bank", "Press Agency", "Border Guard Service", "Forestry Commission", "Water Board",
        "Statistics Office", "Health Inspectorate"};
    private static final Pattern TOKEN = Pattern.compile("['’]s\\b|[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*|\\S");

    /** The documents, and for each document's mentions in order, the id of the entity each stands for. */
    public record Generated(List<AnnotatedDocument> documents, List<List<String>> truth) {
        public int mentions() {
            return truth.stream().mapToInt(List::size).sum();
        }
    }

    /** A country as the generator writes it: its name and demonym. */
    public record Country(String name, String demonym) {}

    private final Random random;
    private final List<Country> countries;
    private final List<String> surnames;

    /**
     * @param seed makes the sets reproducible
     * @param countries countries to name, each with a demonym
     * @param people about how many distinct people the sets draw from (one surname for about eight of them)
     */
    public MentionSets(long seed, List<Country> countries, int people) {
        if (countries.isEmpty()) throw new IllegalArgumentException("countries must not be empty");
        this.random = new Random(seed);
        this.countries = countries.stream().filter(c -> !c.name().matches(".*[(),].*")).toList();
        this.surnames = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (surnames.size() < Math.max(20, people / 8)) { // a surname for about eight people
            String s = surname();
            if (seen.add(s)) surnames.add(s);
        }
    }

    private String surname() {
        StringBuilder b = new StringBuilder();
        int syllables = 1 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) b.append(pick(ONSETS)).append(pick(VOWELS));
        b.append(pick(ENDINGS));
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** {@code n} documents, each with a few people, organizations and countries. */
    public Generated generate(int n) {
        List<AnnotatedDocument> docs = new ArrayList<>(n);
        List<List<String>> truth = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Writer w = new Writer("m" + i);
            for (int p = 0; p < 3; p++) person(w);
            for (int o = 0; o < 2; o++) organization(w);
            Country c = countries.get(random.nextInt(countries.size()));
            w.mention(c.name(), EntityType.LOCATION, "country:" + c.name()).text(" said on Monday that ");
            w.mention(c.demonym(), EntityType.MISC, "country:" + c.name()).text(" officials agreed. ");
            docs.add(w.document());
            truth.add(w.truth);
        }
        return new Generated(docs, truth);
    }

    private void person(Writer w) {
        String given = pick(GIVEN);
        String surname = surnames.get(random.nextInt(surnames.size()));
        String id = "person:" + given + " " + surname;
        String written = random.nextInt(5) == 0 ? variant(surname) : surname;
        w.mention(given + " " + written, EntityType.PERSON, id).text(" spoke to reporters. ");
        if (random.nextBoolean()) w.mention(written, EntityType.PERSON, id).text(" added that it was late. ");
    }

    private void organization(Writer w) {
        Country c = countries.get(random.nextInt(countries.size()));
        String body = pick(BODIES);
        String id = "org:" + body + " of " + c.name();
        switch (random.nextInt(3)) {
            case 0 -> {
                String full = body + " of " + c.name();
                String acronym = initials(full);
                w.text("The ").mention(full, EntityType.ORGANIZATION, id).text(" (")
                        .mention(acronym, EntityType.ORGANIZATION, id).text(") met. Later the ")
                        .mention(acronym, EntityType.ORGANIZATION, id).text(" left. ");
            }
            case 1 -> w.text("The ").mention(c.demonym() + " " + body, EntityType.ORGANIZATION, id).text(" spoke. ");
            default -> w.text("The ").mention(body + " of " + c.name(), EntityType.ORGANIZATION, id).text(" spoke. ");
        }
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.equals("of") && !word.isEmpty()) b.append(Character.toUpperCase(word.charAt(0)));
        }
        return b.toString();
    }

    /** The surname as another transliteration might write it. */
    private String variant(String surname) {
        return switch (random.nextInt(4)) {
            case 0 -> surname.endsWith("ski") ? surname + "y" : surname.replaceFirst("ov$", "off");
            case 1 -> surname.replace("k", "c").replace("Cr", "Kr");
            case 2 -> surname.endsWith("i") ? surname.substring(0, surname.length() - 1) + "y" : surname + "e";
            default -> surname.replace("sh", "sch");
        };
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** Builds one document's text, tokens and mentions. */
    private static final class Writer {
        final String id;
        final StringBuilder text = new StringBuilder();
        final List<Mention> mentions = new ArrayList<>();
        final List<String> truth = new ArrayList<>();

        Writer(String id) {
            this.id = id;
        }

        Writer text(String s) {
            text.append(s);
            return this;
        }

        Writer mention(String name, EntityType type, String entity) {
            mentions.add(new Mention(new Span(text.length(), text.length() + name.length()), name, type, 0));
            truth.add(entity);
            text.append(name);
            return this;
        }

        AnnotatedDocument document() {
            String s = text.toString();
            List<Token> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(s);
            while (m.find()) tokens.add(new Token(new Span(m.start(), m.end()), m.group(), "NNP", m.group(), "O"));
            SourceDocument doc = new SourceDocument(id, id, SourceDocument.Format.TEXT, s, Metadata.EMPTY);
            Article article = new Article(doc, null, null, List.of(new Span(0, s.length())), List.of(), List.of());
            return new AnnotatedDocument(article, List.of(), tokens, mentions, List.of(), List.of());
        }
    }

    /**
     * B-cubed precision and recall of entities against the generated truth: per mention, the share of its entity's
     * mentions that stand for the same thing, and the share of that thing's mentions in its entity.
     */
    public static double[] bcubed(Generated generated, List<Entity> entities) {
        Map<String, String> truthOf = new HashMap<>();
        for (int d = 0; d < generated.documents().size(); d++) {
            AnnotatedDocument doc = generated.documents().get(d);
            for (int i = 0; i < doc.mentions().size(); i++) {
                truthOf.put(doc.id() + "@" + doc.mentions().get(i).span(), generated.truth().get(d).get(i));
            }
        }
        Map<String, Integer> truthSize = new HashMap<>();
        truthOf.values().forEach(t -> truthSize.merge(t, 1, Integer::sum));
        double precision = 0;
        double recall = 0;
        int n = 0;
        for (Entity e : entities) {
            Map<String, Integer> inEntity = new HashMap<>();
            int size = 0;
            for (Entity.EntityMention m : e.mentions()) {
                String t = truthOf.get(m.doc() + "@" + m.span());
                if (t == null) continue;
                inEntity.merge(t, 1, Integer::sum);
                size++;
            }
            for (Map.Entry<String, Integer> t : inEntity.entrySet()) {
                int k = t.getValue();
                precision += (double) k * k / size;
                recall += (double) k * k / truthSize.get(t.getKey());
                n += k;
            }
        }
        return new double[] {precision / n, recall / n};
    }
}
