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
 * that country, when exactly one country is named. Unknown otherwise: an outlet, or "Western officials".
 */
final class Affiliations {
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Entity> byReference = new HashMap<>();
    private final AliasList aliases;
    private final Map<String, Claimant> cache = new HashMap<>();

    Affiliations(List<Entity> entities, AliasList aliases) {
        this.aliases = aliases;
        for (Entity e : entities) {
            byId.put(e.id(), e);
            if (e.reference() != null) byReference.put(e.reference(), e);
        }
    }

    /** The country a claimant speaks for, or null. */
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
        return id == null ? null : country(id);
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
