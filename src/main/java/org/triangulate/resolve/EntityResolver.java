package org.triangulate.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Entity;
import org.triangulate.model.Entity.EntityMention;
import org.triangulate.model.Entity.Reason;
import org.triangulate.model.EntityType;
import org.triangulate.model.Mention;
import org.triangulate.model.Span;

/**
 * Groups mentions into entities, within and across documents.
 *
 * <p>Mentions written alike share a name node; nodes join, strongest evidence first: an alias list, an acronym
 * defined in the text, a demonym, a place name with its administrative unit, the same words in another order, an
 * acronym matching initials (also of a reordered, translated name), a spelling variant, and last a lone surname for
 * the one full name it belongs to. Every join is recorded with its reason and score. Guards keep apart what differs:
 * two entries of an alias list never join, a person's join needs compatible given names, and short names join only
 * when written alike.
 *
 * <p>Candidates come from blocking keys (initials, sorted words, spelling skeletons), never from all pairs, so the
 * time grows with the number of mentions. Stateless apart from its alias list; thread-safe.
 */
public final class EntityResolver {
    private static final Pattern PLACE_UNIT = Pattern.compile(
            "^(.+) (oblast|region|province|governorate|krai|kray|prefecture|county|district|raion|rayon|canton"
                    + "|voivodeship|municipality)$");
    private static final char LOCAL = '\u0000';

    private final AliasList aliases;
    private final MentionFinder finder;

    /** A resolver with the built-in alias list. */
    public EntityResolver() {
        this(AliasList.builtIn());
    }

    public EntityResolver(AliasList aliases) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
        this.finder = new MentionFinder(aliases);
    }

    public List<Entity> resolve(List<AnnotatedDocument> documents) {
        Run run = new Run(aliases);
        List<MentionFinder.Found> found = documents.stream().map(finder::find).toList();
        Set<String> defined = new HashSet<>();
        for (int d = 0; d < documents.size(); d++) {
            for (MentionFinder.Definition def : found.get(d).definitions()) {
                defined.add(def.acronym().of(documents.get(d).text()));
            }
        }
        for (int d = 0; d < documents.size(); d++) {
            AnnotatedDocument doc = documents.get(d);
            List<MentionFinder.Definition> definitions = found.get(d).definitions();
            Set<String> local = new HashSet<>();
            Set<Span> spans = new HashSet<>();
            for (MentionFinder.Definition def : definitions) {
                local.add(Names.key(def.acronym().of(doc.text())));
                spans.add(def.acronym());
                spans.add(def.expansion());
            }
            for (Mention m : withDefinedAcronyms(doc, found.get(d).mentions(), defined)) {
                boolean titled = m.type() != EntityType.PERSON && Roles.titled(doc, m);
                if (titled) m = new Mention(m.span(), m.text(), EntityType.PERSON, m.sentence());
                Node node = run.add(doc.id(), m, local, spans);
                if (node != null && m.type() == EntityType.PERSON) node.roles.addAll(Roles.of(doc, m));
            }
            for (MentionFinder.Definition def : definitions) {
                Node expansion = run.nodeAt(doc.id(), def.expansion());
                Node acronym = run.nodeAt(doc.id(), def.acronym());
                if (expansion != null && acronym != null && acronym != expansion) {
                    run.union(acronym, expansion, Reason.DEFINED_IN_TEXT, 1.0);
                    run.definitions.add(new Node[] {acronym, expansion});
                }
            }
        }
        run.anchor();
        run.demonyms();
        run.placeUnits();
        run.wordOrder();
        run.acronyms();
        run.personVariants();
        run.surnames();
        run.placesTakenForPeople();
        run.shortNames();
        run.headNames();
        run.sameNames();
        run.singleWordVariants();
        return run.entities(documents);
    }

    /** Defined acronyms the tagger missed elsewhere in a document, made mentions. */
    private static List<Mention> withDefinedAcronyms(AnnotatedDocument doc, List<Mention> mentions, Set<String> defined) {
        if (defined.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions);
        for (org.triangulate.model.Token t : doc.tokens()) {
            if (!defined.contains(t.word())) continue;
            boolean covered = mentions.stream().anyMatch(m -> m.span().overlaps(t.span()));
            if (!covered) {
                out.add(new Mention(t.span(), t.word(), EntityType.ORGANIZATION, MentionFinder.sentenceAt(doc, t.span())));
            }
        }
        return out;
    }

    /** The exact matching key of a name: case, accents, apostrophes, a leading "the" and a possessive don't count. */
    static String key(String name) {
        return Names.key(name);
    }

    /** Mentions written alike (in one document only, for a lone surname, which may mean different people). */
    private static final class Node {
        final int index;
        final String key;
        final List<String> words;
        final String doc; // the document of a lone surname's node, else null
        final List<EntityMention> mentions = new ArrayList<>();
        final Map<EntityType, Integer> types = new java.util.EnumMap<>(EntityType.class);
        final Map<String, Integer> texts = new LinkedHashMap<>();
        final Set<String> roles = new LinkedHashSet<>();
        AliasList.Alias anchor;
        String capitalOf;
        boolean demonym; // joined its place as the word for its people ("Lusmeran")
        boolean ambiguous; // a lone surname that more than one full name of its document has

        Node(int index, String key, String doc) {
            this.index = index;
            this.key = key;
            this.words = Names.words(key);
            this.doc = doc;
        }

        private EntityType type;

        /** The type most of its mentions have; fixed once every mention is added. */
        EntityType type() {
            if (type == null) {
                type = types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                        .orElse(EntityType.MISC);
            }
            return type;
        }

        String text() {
            return texts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(key);
        }

        boolean acronym() {
            return texts.keySet().stream().anyMatch(Acronyms::isAcronym);
        }

        boolean person() {
            return type() == EntityType.PERSON;
        }
    }

    /** One resolution: the nodes, a union-find over them, and the joins made. */
    private static final class Run {
        final AliasList aliases;
        final List<Node> nodes = new ArrayList<>();
        final Map<String, Node> byKey = new HashMap<>();
        final Map<Located, Node> bySpan = new HashMap<>();
        int[] parent = new int[1024];
        final List<Root> roots = new ArrayList<>(); // by node index; null once the node is no longer a root
        final List<Join> joins = new ArrayList<>();
        final List<Node[]> definitions = new ArrayList<>(); // {acronym, expansion}

        record Join(Node name, Node joined, Reason reason, double score) {}

        record Located(String doc, Span span) {}

        Run(AliasList aliases) {
            this.aliases = aliases;
        }

        /** What a set of joined nodes knows as a whole, kept at its root. */
        static final class Root {
            String anchor; // alias-list id
            final List<List<String>> fullNames = new ArrayList<>(); // multi-word person names
        }

        /**
         * Adds a mention to the node of its name. A lone surname, and an acronym its document defines, have a node of
         * their document's own: they may mean different people or bodies in different reports.
         */
        Node add(String doc, Mention m, Set<String> definedHere, Set<Span> wanted) {
            String key = Names.key(m.text());
            if (key.isEmpty() || Names.PRONOUNS.contains(key)) return null;
            EntityType type = Names.titled(m.text()) ? EntityType.PERSON
                    : m.type() == EntityType.PERSON && Names.corporate(m.text()) ? EntityType.ORGANIZATION : m.type();
            boolean lone = type == EntityType.PERSON && !key.contains(" ") || definedHere.contains(key);
            String nodeKey = lone ? doc + LOCAL + key : key;
            Node node = byKey.computeIfAbsent(nodeKey, k -> newNode(key, lone ? doc : null));
            node.mentions.add(new EntityMention(doc, m.span(), m.text()));
            node.types.merge(type, 1, Integer::sum);
            node.texts.merge(m.text().strip().replaceFirst("['’]s?$", ""), 1, Integer::sum);
            if (wanted.contains(m.span())) bySpan.put(new Located(doc, m.span()), node);
            return node;
        }

        private Node newNode(String key, String doc) {
            Node n = new Node(nodes.size(), key, doc);
            nodes.add(n);
            if (n.index == parent.length) parent = java.util.Arrays.copyOf(parent, parent.length * 2);
            parent[n.index] = n.index;
            roots.add(new Root());
            return n;
        }

        Node nodeAt(String doc, Span span) {
            return bySpan.get(new Located(doc, span));
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        Root root(Node n) {
            return roots.get(find(n.index));
        }

        boolean same(Node a, Node b) {
            return find(a.index) == find(b.index);
        }

        /**
         * Joins two nodes' sets unless a guard forbids it: two different alias-list entries, or (for joins by name
         * shape) two people whose given names disagree.
         */
        boolean union(Node name, Node joined, Reason reason, double score) {
            int a = find(name.index);
            int b = find(joined.index);
            if (a == b) return false;
            Root ra = roots.get(a);
            Root rb = roots.get(b);
            if (ra.anchor != null && rb.anchor != null && !ra.anchor.equals(rb.anchor)) return false;
            boolean listed = reason == Reason.ALIAS_LIST || reason == Reason.DEFINED_IN_TEXT;
            if (!listed && !compatiblePeople(ra, rb)) return false;
            parent[a] = b;
            if (rb.anchor == null) rb.anchor = ra.anchor;
            rb.fullNames.addAll(ra.fullNames);
            roots.set(a, null);
            joins.add(new Join(name, joined, reason, score));
            return true;
        }

        /** Every full name of one set agrees with every full name of the other on surname and given names. */
        private static boolean compatiblePeople(Root a, Root b) {
            for (List<String> x : a.fullNames) {
                for (List<String> y : b.fullNames) {
                    if (!samePerson(x, y)) return false;
                }
            }
            return true;
        }

        /** Alias lists first: nodes with one entry join; demonyms join their country. */
        void anchor() {
            for (Node n : nodes) {
                if (n.person() && n.words.size() > 1) root(n).fullNames.add(n.words);
            }
            Map<String, List<Node>> byEntry = new LinkedHashMap<>();
            for (Node n : nodes) {
                if (n.person()) continue;
                AliasList.Alias a = aliases.find(n.key).orElse(null);
                if (a == null && n.type() == EntityType.LOCATION) {
                    n.capitalOf = aliases.capital(n.key).map(AliasList.Alias::id).orElse(null);
                }
                if (a == null || a.kind() == AliasList.Kind.CODE && !(n.acronym() && n.type() == EntityType.LOCATION)) {
                    continue;
                }
                n.anchor = a;
                if (root(n).anchor == null) root(n).anchor = a.id();
                byEntry.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(n);
            }
            for (List<Node> named : byEntry.values()) {
                Node head = named.stream().filter(n -> n.anchor.kind() != AliasList.Kind.DEMONYM).findFirst()
                        .orElse(named.get(0));
                for (Node n : named) {
                    boolean demonym = n.anchor.kind() == AliasList.Kind.DEMONYM;
                    n.demonym = demonym;
                    if (n != head) union(n, head, demonym ? Reason.DEMONYM : Reason.ALIAS_LIST, 0.95);
                }
            }
        }

        /**
         * A word formed from the name of a place of the batch as its people are named ("Lusmeran" for Lusmere's,
         * "Estravian" for Estravia's, "Brisundians" for Brisund's people) is that place, whatever the tagger took it
         * for: places missing from the alias list have demonyms too. A demonym the tagger saw as such (MISC) also
         * makes a place of a one-word name the tagger took for a body or a person ("Brisund said"), with every other
         * node of that name.
         */
        void demonyms() {
            Map<String, Node> places = new HashMap<>();
            Map<String, List<Node>> others = new HashMap<>();
            for (Node n : nodes) {
                if (n.words.size() != 1 || n.key.length() < 4) continue;
                if (n.type() == EntityType.LOCATION && n.doc == null) {
                    places.put(n.key, n);
                } else if (n.type() != EntityType.MISC && !n.acronym()) {
                    others.computeIfAbsent(n.key, k -> new ArrayList<>()).add(n);
                }
            }
            for (Node n : List.copyOf(nodes)) {
                if (n.words.size() != 1 || n.anchor != null || places.containsKey(n.key)) continue;
                List<String> stems = new ArrayList<>(Names.demonymStems(n.key));
                if (n.key.endsWith("s")) stems.addAll(Names.demonymStems(n.key.substring(0, n.key.length() - 1)));
                Node place = null;
                for (String stem : stems) place = place != null ? place : places.get(stem);
                List<Node> mistaken = List.of();
                if (place == null && n.type() == EntityType.MISC) {
                    for (String stem : stems) {
                        if (others.containsKey(stem)) {
                            mistaken = others.get(stem);
                            break;
                        }
                    }
                    if (mistaken.isEmpty() || mistaken.stream().anyMatch(m -> !root(m).fullNames.isEmpty())) continue;
                    place = mistaken.get(0);
                }
                if (place == null) continue;
                for (Node m : mistaken) {
                    m.types.clear();
                    m.types.put(EntityType.LOCATION, m.mentions.size());
                    m.type = null;
                    if (m != place) union(m, place, Reason.SAME_NAME, 0.8);
                }
                if (!mistaken.isEmpty()) places.put(place.key, place);
                // The word for the people, wherever else the tagger took it for a person or a body.
                List<Node> same = new ArrayList<>(List.of(n));
                for (Node m : others.getOrDefault(n.key, List.of())) {
                    if (root(m).fullNames.isEmpty()) same.add(m);
                }
                for (Node m : same) {
                    m.types.clear();
                    m.types.put(EntityType.LOCATION, m.mentions.size());
                    m.type = null;
                    m.demonym = true;
                    union(m, place, Reason.DEMONYM, 0.8);
                }
            }
        }

        /**
         * A one-word name the tagger took for a person in one report and for a place in others ("Montrasse expelled
         * five diplomats"), with no full name of a person that holds it: the place.
         */
        void placesTakenForPeople() {
            for (Node n : List.copyOf(nodes)) {
                if (n.doc == null || !n.person() || n.words.size() != 1 || n.ambiguous) continue;
                if (!root(n).fullNames.isEmpty()) continue;
                Node place = byKey.get(n.key);
                if (place != null && place.doc == null && place.type() == EntityType.LOCATION) {
                    union(n, place, Reason.SAME_NAME, 0.8);
                }
            }
        }

        /** "X Oblast", "X region" and "X" name one place. */
        void placeUnits() {
            for (Node n : List.copyOf(nodes)) {
                if (n.person() || n.doc != null) continue;
                var m = PLACE_UNIT.matcher(n.key);
                if (!m.matches()) continue;
                Node base = byKey.get(m.group(1));
                if (base != null && !base.person()) union(n, base, Reason.PLACE_UNIT, 0.85);
            }
        }

        /** The same content words in another order: "Ministry of Defence" and "Defence Ministry". */
        void wordOrder() {
            Map<String, Node> byBag = new HashMap<>();
            for (Node n : nodes) {
                if (n.person() || n.doc != null || n.acronym()) continue;
                String bag = bag(n.key);
                if (bag == null) continue;
                Node other = byBag.putIfAbsent(bag, n);
                if (other != null) union(n, other, Reason.WORD_ORDER, 0.8);
            }
        }

        /**
         * The content words of a name as a sorted bag: a country's name or demonym as the country ("Korean" and
         * "Korea" alike), other words cut to five letters ("Strategic", "Strategy"); null under two content words.
         */
        private String bag(String key) {
            String[] words = key.split(" ");
            TreeSet<String> bag = new TreeSet<>();
            for (int i = 0; i < words.length; i++) {
                int end = i + 1;
                String token = null;
                for (int j = Math.min(words.length, i + 4); j > i && token == null; j--) {
                    AliasList.Alias a = aliases.find(String.join(" ", List.of(words).subList(i, j))).orElse(null);
                    if (a != null && a.kind() != AliasList.Kind.CODE) {
                        token = "#" + a.id();
                        end = j;
                    }
                }
                if (token == null) {
                    String w = Names.words(words[i]).isEmpty() ? "" : Names.words(words[i]).get(0);
                    if (w.isEmpty() || Names.FUNCTION_WORDS.contains(w)) continue;
                    token = w.length() > 5 ? w.substring(0, 5) : w;
                }
                bag.add(token);
                i = end - 1;
            }
            return bag.size() < 2 ? null : String.join(" ", bag);
        }

        /**
         * An acronym joins the one name whose initials it spells; failing that, the one name whose reordered or
         * translated form it spells.
         */
        void acronyms() {
            Map<String, List<Node>> byInitials = new HashMap<>();
            Map<String, List<Node>> byTranslated = new HashMap<>();
            for (Node n : nodes) {
                if (n.person() || n.words.size() < 2 || n.acronym()) continue;
                byInitials.computeIfAbsent(Acronyms.initials(n.words), k -> new ArrayList<>()).add(n);
                for (String t : Acronyms.translatedInitials(n.words)) {
                    byTranslated.computeIfAbsent(t, k -> new ArrayList<>()).add(n);
                }
            }
            for (Node[] def : definitions) {
                byInitials.computeIfAbsent(Acronyms.letters(def[0].text()), k -> new ArrayList<>()).add(def[1]);
            }
            for (Node n : nodes) {
                if (!n.acronym() || n.doc != null || n.person()) continue;
                String letters = Acronyms.letters(n.text());
                Node match = unique(n, byInitials.get(letters));
                if (match != null) {
                    union(n, match, Reason.ACRONYM, 0.85);
                } else if (letters.length() >= 3 && (match = unique(n, byTranslated.get(letters))) != null) {
                    union(n, match, Reason.TRANSLATED_ACRONYM, 0.7);
                }
            }
        }

        /** The one set among the candidates (the node's own aside), as one of its nodes; null if none or several. */
        private Node unique(Node n, List<Node> candidates) {
            if (candidates == null) return null;
            Node match = null;
            for (Node c : candidates) {
                if (same(c, n)) continue;
                if (match != null && !same(match, c)) return null;
                if (match == null) match = c;
            }
            return match;
        }

        /** Full names of people spelled through different transliterations: "Valery X" and "Valerie X". */
        void personVariants() {
            Map<String, List<Node>> blocks = new HashMap<>();
            for (Node n : nodes) {
                if (!n.person() || n.words.size() < 2) continue;
                String last = Names.skeleton(n.words.get(n.words.size() - 1));
                String firstLetter = Names.consonants(Names.skeleton(n.words.get(0)));
                blocks.computeIfAbsent(Names.consonants(last) + "|" + (firstLetter.isEmpty() ? "" : firstLetter.charAt(0)),
                        k -> new ArrayList<>()).add(n);
            }
            for (List<Node> block : blocks.values()) {
                for (int i = 1; i < block.size(); i++) {
                    for (int j = 0; j < i; j++) {
                        Node a = block.get(i);
                        Node b = block.get(j);
                        if (!same(a, b) && samePerson(a.words, b.words)) {
                            union(a, b, Reason.SPELLING_VARIANT, 0.8);
                            break;
                        }
                    }
                }
            }
        }

        /**
         * A lone surname (or a family name written first) joins the one full name of its document that has it;
         * failing that, the one such full name in the batch.
         */
        void surnames() {
            Map<String, Set<Node>> byDocWord = new HashMap<>();
            Map<String, Set<Node>> byWord = new HashMap<>();
            for (Node n : nodes) {
                if (!n.person() || n.words.size() < 2) continue;
                for (String w : List.of(n.words.get(0), n.words.get(n.words.size() - 1))) {
                    String s = Names.skeleton(w);
                    byWord.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(n);
                    for (EntityMention m : n.mentions) {
                        byDocWord.computeIfAbsent(m.doc() + LOCAL + s, k -> new LinkedHashSet<>()).add(n);
                    }
                }
            }
            for (Node n : List.copyOf(nodes)) {
                if (n.doc == null || !n.person()) continue;
                String s = Names.skeleton(n.key);
                Node match = unique(n, listOf(byDocWord.get(n.doc + LOCAL + s)));
                if (match != null) {
                    union(n, match, Reason.SURNAME, 0.9);
                } else if (byDocWord.get(n.doc + LOCAL + s) != null) {
                    n.ambiguous = true;
                } else if (byDocWord.get(n.doc + LOCAL + s) == null
                        && (match = unique(n, listOf(byWord.get(s)))) != null) {
                    union(n, match, Reason.SURNAME, 0.7);
                }
            }
        }

        /**
         * A one-word name that is the first word of one body's longer name, and of no person's ("Tarrow" and "Tarrow
         * Foods"): that body, as reports shorten it, though the tagger may have taken the word for a surname.
         */
        void shortNames() {
            Map<String, Set<Node>> bodies = new HashMap<>();
            Set<String> personWords = new HashSet<>();
            for (Node n : nodes) {
                if (n.words.size() < 2) continue;
                if (n.person()) {
                    personWords.addAll(n.words);
                } else if (n.type() == EntityType.ORGANIZATION) {
                    bodies.computeIfAbsent(n.words.get(0), k -> new LinkedHashSet<>()).add(n);
                }
            }
            for (Node n : List.copyOf(nodes)) {
                if (n.words.size() != 1 || n.anchor != null || n.acronym() || personWords.contains(n.key)) continue;
                if (n.type() != EntityType.PERSON && n.type() != EntityType.ORGANIZATION) continue;
                Set<Node> found = bodies.get(n.key);
                if (found == null) continue;
                Set<Integer> roots = new HashSet<>();
                for (Node b : found) roots.add(find(b.index));
                if (roots.size() != 1 || find(n.index) == roots.iterator().next()) continue;
                n.types.clear();
                n.types.put(EntityType.ORGANIZATION, n.mentions.size());
                n.type = null;
                union(n, found.iterator().next(), Reason.SHORT_NAME, 0.8);
            }
        }

        /**
         * A body's name shortened around its head word ({@link Reason#HEAD_NAME}): joined when exactly one body of the
         * batch shortens to it, so that "the Commission" stays apart where two commissions are named.
         */
        void headNames() {
            Map<String, List<Node>> bodies = new HashMap<>();
            for (Node n : nodes) {
                if (n.type() != EntityType.ORGANIZATION || n.words.size() < 2 || n.acronym()) continue;
                for (String s : shortenings(n.words)) bodies.computeIfAbsent(s, k -> new ArrayList<>()).add(n);
            }
            for (Node n : List.copyOf(nodes)) {
                if (n.type() != EntityType.ORGANIZATION || n.anchor != null || n.acronym()) continue;
                List<Node> found = bodies.get(String.join(" ", n.words));
                if (found == null) continue;
                Set<Integer> roots = new HashSet<>();
                for (Node b : found) roots.add(find(b.index));
                if (roots.size() != 1 || find(n.index) == roots.iterator().next()) continue;
                union(n, found.get(0), Reason.HEAD_NAME, 0.7);
            }
        }

        /**
         * The shorter names a body's name may go by: the words up to its head ("Dockworkers' Union" for "Dockworkers'
         * Union of Lusmere") and each tail of them ("Union"; "Front" for "Renewal Front"). Not its beginnings: "Harvard
         * University" is not "Harvard University Press".
         */
        static List<String> shortenings(List<String> words) {
            List<String> out = new ArrayList<>();
            List<String> head = Roles.headPhrase(words);
            if (head != words) out.add(String.join(" ", head));
            for (int i = 1; i < head.size(); i++) out.add(String.join(" ", head.subList(i, head.size())));
            return out;
        }

        private static List<Node> listOf(Set<Node> set) {
            return set == null ? null : List.copyOf(set);
        }

        /**
         * Lone surnames written alike in several documents, that no full name claimed: one person, named by surname
         * alone. A surname that joined a full name, or that two full names of its document share, stays where it is.
         */
        void sameNames() {
            Map<String, Node> first = new HashMap<>();
            for (Node n : nodes) {
                if (n.doc == null || !n.person() || n.ambiguous || !root(n).fullNames.isEmpty()) continue;
                Node head = first.putIfAbsent(n.key, n);
                if (head != null) union(n, head, Reason.SAME_NAME, 0.9);
            }
        }

        /**
         * One-word names spelled through different transliterations: "Qaddafi" and "Kadhafi". One node a spelling
         * takes part (lone surnames that joined a full name go with it; ambiguous ones stay out).
         */
        void singleWordVariants() {
            Map<String, Map<String, Node>> blocks = new HashMap<>();
            for (Node n : nodes) {
                if (n.words.size() != 1 || n.acronym() || n.ambiguous) continue;
                if (n.doc != null && !root(n).fullNames.isEmpty()) continue;
                String s = Names.skeleton(n.words.get(0));
                if (s.length() < 5) continue;
                blocks.computeIfAbsent(n.type() + "|" + Names.consonants(s), k -> new LinkedHashMap<>())
                        .putIfAbsent(n.key, n);
            }
            for (Map<String, Node> block : blocks.values()) {
                List<Node> spellings = List.copyOf(block.values());
                for (int i = 1; i < spellings.size(); i++) {
                    Node a = spellings.get(i);
                    for (int j = 0; j < i; j++) {
                        Node b = spellings.get(j);
                        if (!same(a, b) && Names.close(Names.skeleton(a.key), Names.skeleton(b.key), 5)) {
                            union(a, b, Reason.SPELLING_VARIANT, 0.75);
                            break;
                        }
                    }
                }
            }
        }

        List<Entity> entities(List<AnnotatedDocument> documents) {
            Map<String, Integer> docOrder = new HashMap<>();
            for (AnnotatedDocument doc : documents) docOrder.put(doc.id(), docOrder.size());
            Comparator<EntityMention> inOrder = Comparator.<EntityMention>comparingInt(m -> docOrder.get(m.doc()))
                    .thenComparing(EntityMention::span);
            Map<Integer, List<Node>> members = new LinkedHashMap<>();
            for (Node n : nodes) {
                if (!n.mentions.isEmpty()) members.computeIfAbsent(find(n.index), k -> new ArrayList<>()).add(n);
            }
            Map<Integer, List<Entity.Merge>> merges = new HashMap<>();
            for (Join j : joins) {
                List<Entity.Merge> list = merges.computeIfAbsent(find(j.name().index), k -> new ArrayList<>());
                Entity.Merge merge = new Entity.Merge(j.name().text(), j.joined().text(), j.reason(), j.score());
                if (!list.contains(merge) && !merge.name().equals(merge.joined())) list.add(merge);
            }
            List<Built> built = new ArrayList<>();
            for (Map.Entry<Integer, List<Node>> e : members.entrySet()) {
                List<EntityMention> mentions = new ArrayList<>();
                Map<EntityType, Integer> types = new HashMap<>();
                AliasList.Alias anchor = null;
                String capitalOf = null;
                Set<String> roles = new LinkedHashSet<>();
                for (Node n : e.getValue()) {
                    mentions.addAll(n.mentions);
                    n.types.forEach((t, c) -> types.merge(t, c, Integer::sum));
                    if (anchor == null && n.anchor != null) anchor = n.anchor;
                    if (capitalOf == null) capitalOf = n.capitalOf;
                    for (String role : n.roles) {
                        if (roles.stream().noneMatch(r -> r.equalsIgnoreCase(role))) roles.add(role);
                    }
                }
                mentions.sort(inOrder);
                List<Entity.Merge> joined = new ArrayList<>(merges.getOrDefault(e.getKey(), List.of()));
                joined.sort(Comparator.comparingDouble(Entity.Merge::score).reversed());
                EntityType type = anchor != null && anchor.type() != null ? anchor.type()
                        : types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                                .orElse(EntityType.MISC);
                String name = anchor != null ? anchor.canonical() : fullest(e.getValue());
                built.add(new Built(mentions.get(0), name, type, mentions, joined, List.copyOf(roles),
                        anchor == null ? null : anchor.id(), anchor == null ? capitalOf : null));
            }
            Comparator<EntityMention> byFirst = inOrder;
            built.sort((x, y) -> byFirst.compare(x.first(), y.first()));
            List<Entity> out = new ArrayList<>(built.size());
            for (Built b : built) {
                out.add(new Entity("e" + (out.size() + 1), b.name(), b.type(), b.mentions(), b.merges(), b.roles(),
                        b.reference(), b.capitalOf()));
            }
            return out;
        }

        private record Built(EntityMention first, String name, EntityType type, List<EntityMention> mentions,
                List<Entity.Merge> merges, List<String> roles, String reference, String capitalOf) {}

        /** The fullest form written that isn't an acronym, titles aside; the most frequent among equals. */
        private static String fullest(List<Node> members) {
            // A place is named by its name, not by the word for its people ("Kervania", not "Kervanian").
            List<Node> named = members.stream().filter(n -> !n.demonym).toList();
            Map<String, Integer> counts = new HashMap<>();
            for (Node n : named.isEmpty() ? members : named) n.texts.forEach((t, c) -> counts.merge(t, c, Integer::sum));
            return counts.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> Acronyms.isAcronym(e.getKey()) ? 0 : 1)
                            .thenComparingInt(e -> Names.key(e.getKey()).split(" ").length)
                            .thenComparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElseThrow();
        }
    }

    /**
     * Whether two multi-word person names may be one person: the surnames (last words) are one spelling, and so is
     * each given name, or one is the other's initial. Names of different lengths compare first and last words.
     */
    static boolean samePerson(List<String> a, List<String> b) {
        if (!Names.close(Names.skeleton(a.get(a.size() - 1)), Names.skeleton(b.get(b.size() - 1)), 5)) return false;
        if (a.size() == b.size()) {
            for (int i = 0; i < a.size() - 1; i++) {
                if (!givenNamesAgree(a.get(i), b.get(i))) return false;
            }
            return true;
        }
        return givenNamesAgree(a.get(0), b.get(0));
    }

    private static boolean givenNamesAgree(String x, String y) {
        if (x.length() == 1 || y.length() == 1) return x.charAt(0) == y.charAt(0);
        return Names.close(Names.skeleton(x), Names.skeleton(y), 4);
    }
}
