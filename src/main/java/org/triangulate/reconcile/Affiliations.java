package org.triangulate.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.model.Claimant;
import org.triangulate.model.Entity;
import org.triangulate.resolve.AliasList;

/**
 * Whom a claimant speaks for: a country is itself; a capital speaks for its country; a person, body or group whose
 * name or title holds a country or its demonym ("the Freedonian foreign ministry", "Freedonia's president") speaks for
 * that country, when exactly one country is named. Else a person whose title names one organization of the batch
 * ("director of the Harbour Authority", "KHA's chief executive") speaks for it. Unknown otherwise: an outlet, or
 * "Western officials".
 */
final class Affiliations {
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Entity> byReference = new HashMap<>();
    private final AliasList aliases;
    private final Map<String, Claimant> cache = new HashMap<>();

    /** The names an organization of the batch goes by (its name, "the KHA"), each with its entity. */
    private final Map<String, Entity> organizations = new HashMap<>();

    Affiliations(List<Entity> entities, AliasList aliases) {
        this.aliases = aliases;
        for (Entity e : entities) {
            byId.put(e.id(), e);
            if (e.reference() != null) byReference.put(e.reference(), e);
            if (e.type() != org.triangulate.model.EntityType.ORGANIZATION) continue;
            organizations.put(e.name(), e);
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
        StringBuilder words = new StringBuilder(c.name());
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
        return id != null ? country(id) : e == null || e.type() != org.triangulate.model.EntityType.PERSON
                ? null : organization(e);
    }

    /** The one organization of the batch a person's titles name, or null. */
    private Claimant organization(Entity person) {
        Entity found = null;
        for (String role : person.roles()) {
            for (Map.Entry<String, Entity> o : organizations.entrySet()) {
                if (!java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(o.getKey()) + "\\b")
                        .matcher(role).find()) {
                    continue;
                }
                if (found != null && found != o.getValue()) return null;
                found = o.getValue();
            }
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
