package org.triangulate.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.model.Claimant;
import org.triangulate.model.Entity;
import org.triangulate.resolve.AliasList;
import org.triangulate.resolve.Roles;

/**
 * Whom a claimant speaks for: a country is itself; a capital speaks for its country; a person, body or group whose name
 * or title holds a country or its demonym ("the Freedonian foreign ministry", "Freedonia's president") speaks for that
 * country, when exactly one country is named (a place the built-in list does not know counts as a country when the
 * reports name it by one word and by its demonym: "Montrassian officials"). Else a person whose title names one
 * organization of the batch ("director of the Harbour Authority", "KHA's chief executive") speaks for it, and a group
 * speaks for the one organization its words name ("Renewal Front officials", "observers from Clear Count") or the one
 * whose head noun they hold, when it is a public body's ("the electoral commission", "a commission spokeswoman", "the
 * union"). Unknown otherwise: an outlet, or "Western officials".
 */
final class Affiliations {
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Entity> byReference = new HashMap<>();
    private final AliasList aliases;
    private final Map<String, Claimant> cache = new HashMap<>();

    /** The names an organization of the batch goes by (its name, "the KHA"), each with its entity. */
    private final Map<String, Entity> organizations = new HashMap<>();

    /**
     * The head nouns of the batch's public bodies, lower-cased ("commission", "union"), each with the bodies it heads.
     * Not a business's ("group", "company"): "a criminal group" is not the Health Group.
     */
    private final Map<String, java.util.Set<Entity>> heads = new HashMap<>();

    /**
     * The names of the batch's own countries, which the built-in list does not know (a place of one word that the
     * reports also name by its demonym: "Montrasse", "Montrassian"), each with its entity; null for a name two places
     * share.
     */
    private final Map<String, Entity> places = new HashMap<>();

    Affiliations(List<Entity> entities, AliasList aliases) {
        this.aliases = aliases;
        for (Entity e : entities) {
            byId.put(e.id(), e);
            if (e.reference() != null) byReference.put(e.reference(), e);
            // One word: a body the tagger took for a place keeps its longer name ("Clear Count Caldrenia").
            boolean country = e.type() == org.triangulate.model.EntityType.LOCATION && e.reference() == null
                    && e.capitalOf() == null && !e.name().contains(" ")
                    && e.merges().stream().anyMatch(m -> m.reason() == Entity.Reason.DEMONYM);
            if (country) {
                for (String name : e.aliases()) {
                    String n = name.replace('’', '\'').replaceAll("'s$", "");
                    places.put(n, places.containsKey(n) && places.get(n) != e ? null : e);
                }
            }
            if (e.type() != org.triangulate.model.EntityType.ORGANIZATION) continue;
            organizations.put(e.name(), e);
            String head = head(e.name());
            if (head != null && Roles.PUBLIC_BODY_WORDS.contains(head)) {
                heads.computeIfAbsent(head, k -> new java.util.HashSet<>()).add(e);
            }
            for (Entity.EntityMention m : e.mentions()) {
                String name = m.text().replaceFirst("^(?i)the\\s+", "");
                if (name.length() >= 3 && !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
                    organizations.put(name, e);
                }
            }
        }
    }

    /** The country, or else the organization, a claimant speaks for; null when none is known. */
    Claimant of(Claimant c) {
        if (c.kind() == Claimant.Kind.OUTLET) return null;
        String key = c.id() + "|" + c.name();
        if (cache.containsKey(key)) return cache.get(key);
        Claimant found = find(c);
        cache.put(key, found);
        return found;
    }

    private Claimant find(Claimant c) {
        Entity e = c.id() == null ? null : byId.get(c.id());
        if (e != null && e.reference() != null && e.reference().startsWith("country:")) return claimant(e);
        if (e != null && e.capitalOf() != null) return country(e.capitalOf());
        // "Relatives in Brisund", "analysts in Seoul": where a group is, not whom it speaks for.
        String name = c.kind() == Claimant.Kind.GROUP ? c.name().replaceFirst("\\s+in\\s+\\p{Lu}.*$", "") : c.name();
        StringBuilder words = new StringBuilder(name);
        if (e != null) e.roles().forEach(r -> words.append(" | ").append(r));
        String id = null;
        for (String part : words.toString().split(" \\| ")) {
            String[] w = part.replace('’', '\'').replaceAll("'s\\b", "").split("[\\s,]+");
            for (int i = 0; i < w.length; i++) {
                for (int j = Math.min(w.length, i + 4); j > i; j--) {
                    AliasList.Alias a = aliases.find(String.join(" ", java.util.Arrays.copyOfRange(w, i, j)))
                            .filter(x -> x.id().startsWith("country:") && x.kind() != AliasList.Kind.CODE)
                            .orElse(null);
                    if (a == null) continue;
                    if (id != null && !id.equals(a.id())) return null; // two countries: a joint statement
                    id = a.id();
                    i = j - 1;
                    break;
                }
            }
        }
        if (id != null) return country(id);
        Entity place = batchPlace(words.toString());
        if (place != null) return claimant(place);
        if (c.kind() == Claimant.Kind.GROUP) return body(c.name());
        return e == null || e.type() != org.triangulate.model.EntityType.PERSON ? null : organization(e);
    }

    /**
     * The one country of the batch's own ({@link #places}) that the words name, by name or demonym; null when they
     * name none, or two ("a joint statement").
     */
    private Entity batchPlace(String words) {
        Entity found = null;
        for (String part : words.split(" \\| ")) {
            for (String w : part.replace('’', '\'').replaceAll("'s\\b", "").split("[\\s,]+")) {
                if (!places.containsKey(w)) continue;
                Entity e = places.get(w);
                if (e == null || found != null && found != e) return null;
                found = e;
            }
        }
        return found;
    }

    /**
     * The one organization a group's words name ("Renewal Front officials"); else the one whose head noun they hold
     * ("the Thessany electoral commission"); else null.
     */
    private Claimant body(String words) {
        Entity found = named(words);
        if (found == NONE) return null;
        if (found != null) return claimant(found);
        String[] w = words.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').split("[^\\p{L}']+");
        for (int i = 0; i < w.length; i++) {
            boolean possessive = w[i].endsWith("'s");
            String word = possessive ? w[i].substring(0, w[i].length() - 2) : w[i];
            java.util.Set<Entity> headed = heads.get(word);
            // The body itself, its own ("the authority's bulletin") or its speaker ("a commission spokeswoman"),
            // not a modifier of something else ("shipping agents" are not Meridane Shipping).
            if (headed == null || !(possessive || i == w.length - 1 || speaker(w[i + 1]))) continue;
            if (headed.size() != 1 || found != null && found != headed.iterator().next()) return null;
            found = headed.iterator().next();
        }
        return found == null ? null : claimant(found);
    }

    /** Whether a noun names who speaks for a body: "spokeswoman", "officials", "sources". */
    private static boolean speaker(String noun) {
        String one = noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
        return Roles.ROLE_NOUNS.contains(one) || SPEAKERS.contains(one);
    }

    private static final java.util.Set<String> SPEAKERS = java.util.Set.of("official", "source", "member", "staff",
            "lawyer", "worker", "employee", "observer", "scientist", "researcher", "expert");

    /** What {@link #named} gives for words that name two organizations. */
    private static final Entity NONE = new Entity("", "", org.triangulate.model.EntityType.ORGANIZATION, List.of());

    /**
     * The organization the words name by one of its names, the longest name first ("Renewal Front" over "Front");
     * {@link #NONE} when they name two; null when none.
     */
    private Entity named(String words) {
        Entity found = null;
        int longest = 0;
        for (Map.Entry<String, Entity> o : organizations.entrySet()) {
            int length = o.getKey().length();
            if (length < longest || !java.util.regex.Pattern.compile(
                    "\\b" + java.util.regex.Pattern.quote(o.getKey()) + "\\b").matcher(words).find()) {
                continue;
            }
            if (length > longest || found == null) {
                found = o.getValue();
            } else if (found != o.getValue()) {
                found = NONE;
            }
            longest = length;
        }
        return found;
    }

    /**
     * The head noun of an organization's name, lower-cased: the last word of its {@link Roles#headPhrase} ("union" in
     * "Dockworkers' Union of Lusmere"); null for a name of one word, which is a name rather than a noun with modifiers.
     */
    private static String head(String name) {
        List<String> words = List.of(name.split("\\s+"));
        if (words.size() < 2) return null;
        List<String> head = Roles.headPhrase(words);
        String last = head.get(head.size() - 1).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
        return last.isEmpty() ? null : last;
    }

    /** The one organization of the batch a person's titles name, or null. */
    private Claimant organization(Entity person) {
        Entity found = null;
        for (String role : person.roles()) {
            Entity named = named(role);
            if (named == null) continue;
            if (named == NONE || found != null && found != named) return null;
            found = named;
        }
        return found == null ? null : claimant(found);
    }

    private Claimant country(String reference) {
        Entity country = byReference.get(reference);
        if (country != null) return claimant(country);
        return aliases.aliases().stream().filter(a -> a.id().equals(reference)).findFirst()
                .map(a -> new Claimant(reference, a.canonical(), Claimant.Kind.ENTITY)).orElse(null);
    }

    private static Claimant claimant(Entity e) {
        return new Claimant(e.id(), e.name(), Claimant.Kind.ENTITY);
    }
}
