package org.triangulate.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One actor, place or thing, with every mention of it across the batch, and why its names were joined.
 *
 * @param id stable within a dossier ({@code e1}, {@code e2}, ...)
 * @param name the canonical name: an alias list's name for it, else the fullest form the reports use
 * @param type its kind
 * @param mentions every mention, in document order
 * @param merges how each name came to join the entity, strongest evidence first
 * @param roles titles and roles the reports give it ("chief of the harbour authority"), as written
 * @param reference the id of the alias-list entry it matched ({@code country:FR}), or null
 * @param capitalOf for a capital city, the alias-list id of its country: a capital that speaks ("the capital said")
 *     speaks for its government; else null
 */
public record Entity(String id, String name, EntityType type, List<EntityMention> mentions, List<Merge> merges,
        List<String> roles, String reference, String capitalOf) {
    /** A mention of an entity in one document. */
    public record EntityMention(String doc, Span span, String text) {
        public EntityMention {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Why two names were taken for one entity. */
    public enum Reason {
        /** The same name, written alike up to case, accents, apostrophes, a title or a possessive. */
        SAME_NAME,
        /** An acronym defined beside its expansion in one report: "Harbour Authority (KHA)". */
        DEFINED_IN_TEXT,
        /** A name list says so: the built-in list of countries or the user's alias file. */
        ALIAS_LIST,
        /** A demonym for its country ("Austrian" for Austria). */
        DEMONYM,
        /** A place name with and without its administrative unit ("Lviv Oblast", "Lviv region", "Lviv"). */
        PLACE_UNIT,
        /** A lone surname (or a family name written first) for the one full name it belongs to. */
        SURNAME,
        /** An acronym whose letters are the initials of the name. */
        ACRONYM,
        /** An acronym that matches the name's usual English form once its words are reordered or translated. */
        TRANSLATED_ACRONYM,
        /** The same words in another order ("Ministry of Defence", "Defence Ministry"). */
        WORD_ORDER,
        /** Spellings of one name through different transliterations ("Tchaikovsky", "Chaikovsky"). */
        SPELLING_VARIANT,
        /** A body's name without the words after its first ("Tarrow" for "Tarrow Foods"). */
        SHORT_NAME,
        /**
         * A body's name cut down around its head, as reports shorten it on second mention: "the Front" for "Renewal
         * Front", "the Union" for "Dockworkers' Union of Lusmere", "Clear Count" for "Clear Count Caldrenia".
         */
        HEAD_NAME;

        /** The label the reports print: {@code same-name}, {@code spelling-variant}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One join: {@code name} was taken for the same entity as {@code joined}.
     *
     * @param score how sure the join is, 0..1
     */
    public record Merge(String name, String joined, Reason reason, double score) {
        public Merge {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(joined, "joined");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        merges = List.copyOf(merges);
        roles = List.copyOf(roles);
    }

    /** An entity whose mentions all share one name. */
    public Entity(String id, String name, EntityType type, List<EntityMention> mentions) {
        this(id, name, type, mentions, List.of(), List.of(), null, null);
    }

    /** The distinct surface forms, in order of first appearance. */
    public List<String> aliases() {
        return mentions.stream().map(EntityMention::text).distinct().toList();
    }
}
